import type { Tier } from "../types";

const TIER_WEIGHT: Record<Tier, number> = { S: 4, A: 3, B: 2, C: 1 };

/**
 * The my-week ranking rule: priority = tier weight × urgency × value weight.
 * - tier weight: S 4, A 3, B 2, C 1 (unscored 1);
 * - urgency: overdue (or due today) 2 + min(days overdue, 60) / 30, so 2-4; due later in the window
 *   1 + (window − days left) / window, so (1, 2);
 * - value weight: 1 + log10(1 + value / 10,000) / 2, so 0 yuan 1, 100k ≈ 1.5, 1M ≈ 2, 10M ≈ 2.5.
 * Rounded to 3 decimals so equal inputs give byte-equal output.
 */
export function rankItem(tier: Tier | null, daysOverdue: number, windowDays: number, value: number): number {
  const t = tier ? TIER_WEIGHT[tier] : 1;
  const urgency =
    daysOverdue >= 0
      ? 2 + Math.min(daysOverdue, 60) / 30
      : 1 + Math.max(0, windowDays + daysOverdue) / Math.max(1, windowDays);
  const v = 1 + Math.log10(1 + Math.max(0, value) / 10_000) / 2;
  return Math.round(t * urgency * v * 1000) / 1000;
}
