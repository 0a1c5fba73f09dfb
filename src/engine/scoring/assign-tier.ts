import { TIERS, type Tier } from "../types";
import type { TierThresholds } from "./scorecard-schema";

/** S 战略 from thresholds.S, A 重点 from A, B 普通 from B, else C 基础 (a total equal to a threshold reaches it). */
export function assignTier(total: number, thresholds: TierThresholds): Tier {
  return TIERS[tierIndex(total, thresholds)];
}

/** The tier as its index into TIERS (S, A, B, C): what book scoring stores, with no code looked up by name. */
export function tierIndex(total: number, thresholds: TierThresholds): number {
  if (total >= thresholds.S) return 0;
  if (total >= thresholds.A) return 1;
  if (total >= thresholds.B) return 2;
  return 3;
}
