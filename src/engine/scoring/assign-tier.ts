import type { Tier } from "../types";
import type { TierThresholds } from "./scorecard-schema";

/** S 战略 from thresholds.S, A 重点 from A, B 普通 from B, else C 基础 (a total equal to a threshold reaches it). */
export function assignTier(total: number, thresholds: TierThresholds): Tier {
  if (total >= thresholds.S) return "S";
  if (total >= thresholds.A) return "A";
  if (total >= thresholds.B) return "B";
  return "C";
}
