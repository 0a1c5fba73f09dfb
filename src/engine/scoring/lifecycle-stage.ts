import type { Lifecycle } from "../types";
import type { AccountMetrics } from "./compute-metrics";
import { monthsBetween } from "./day-numbers";

/** Stage boundaries in whole calendar months of cooperation: 3, 12 and 36. */
export const STAGE_MONTHS = { stable: 3, deep: 12, symbiotic: 36 } as const;

/** Months since cooperation began (first order or first won deal) and the stage they put the account in. */
export type LifecycleInfo = { stage: Lifecycle; months: number | null };

/**
 * 初步合作 initial < 3 months, 稳定合作 stable 3-12 months, 深度绑定 deep 1-3 years,
 * 价值共生 symbiotic > 3 years, counted in calendar months from the start of cooperation;
 * `prospect` before any order or won deal.
 */
export function lifecycleStage(metrics: AccountMetrics): LifecycleInfo {
  if (metrics.cooperationStartDay === null) return { stage: "prospect", months: null };
  const months = monthsBetween(metrics.cooperationStartDay, metrics.nowDay);
  const stage: Lifecycle =
    months < STAGE_MONTHS.stable
      ? "initial"
      : months < STAGE_MONTHS.deep
        ? "stable"
        : months < STAGE_MONTHS.symbiotic
          ? "deep"
          : "symbiotic";
  return { stage, months };
}
