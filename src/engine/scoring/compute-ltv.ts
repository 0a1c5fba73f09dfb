import type { AccountMetrics } from "./compute-metrics";
import { round2 } from "./round";

export type LtvAssumptions = {
  /** Chance the account is still buying next year (0-1). */
  retention: number;
  /** Yearly discount rate (0.1 = 10%). */
  discountRate: number;
  /** Horizon in whole years. */
  years: number;
  /** Used when no order states a margin (fraction of revenue). */
  fallbackMarginRate: number;
};

export const DEFAULT_LTV_ASSUMPTIONS: LtvAssumptions = {
  retention: 0.85,
  discountRate: 0.1,
  years: 5,
  fallbackMarginRate: 0.2,
};

export type Ltv = {
  /** Yuan, rounded to 2 decimals. */
  value: number;
  /** Trailing-year gross profit taken as each future year's margin, yuan. */
  annualMargin: number;
  marginSource: "orders" | "assumed";
  assumptions: LtvAssumptions;
  formula: string;
};

/**
 * Customer lifetime value (客户生命周期价值): the trailing-year gross margin repeated for `years`
 * years, year t (1-based) weighted by retention^(t-1) and discounted by (1 + discountRate)^t:
 * LTV = Σ_{t=1..years} margin x r^(t-1) / (1 + d)^t. The answer states every assumption it used.
 */
export function computeLtv(metrics: AccountMetrics, assumptions: Partial<LtvAssumptions> = {}): Ltv {
  const a: LtvAssumptions = { ...DEFAULT_LTV_ASSUMPTIONS, ...assumptions };
  const fromOrders = metrics.grossProfit12m !== null;
  const annualMargin = metrics.grossProfit12m ?? metrics.revenue12m * a.fallbackMarginRate;
  let value = 0;
  for (let t = 1; t <= a.years; t++) value += (annualMargin * a.retention ** (t - 1)) / (1 + a.discountRate) ** t;
  return {
    value: round2(value),
    annualMargin: round2(annualMargin),
    marginSource: fromOrders ? "orders" : "assumed",
    assumptions: a,
    formula: `sum over t=1..${a.years} of ${round2(annualMargin)} x ${a.retention}^(t-1) / ${1 + a.discountRate}^t`,
  };
}
