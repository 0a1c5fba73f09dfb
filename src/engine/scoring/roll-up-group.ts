import type { AccountMetrics } from "./compute-metrics";

/** One member of a group tree as the roll-up sees it: its own figures, beside the group's. */
export type GroupMemberInput = {
  accountId: string;
  name: string;
  parentId: string | null;
  metrics: AccountMetrics;
  /** The member's own latest score (null: not scored yet). */
  score: { total: number; tier: string; lifecycle: string; churnLevel: string } | null;
};

export type GroupMember = {
  accountId: string;
  name: string;
  parentId: string | null;
  revenue12m: number;
  revenuePrev12m: number;
  total: number | null;
  tier: string | null;
  lifecycle: string | null;
  churnLevel: string | null;
  /** Share (0-1, 4 decimals) of the group's trailing-year revenue. */
  revenueShare: number;
};

/** A group's roll-up: revenue summed, the score weighted by revenue, and each member's own line. */
export type GroupRollUp = {
  members: GroupMember[];
  revenue12m: number;
  revenuePrev12m: number;
  /** null when the group bought nothing the year before. */
  growth: number | null;
  /** Revenue-weighted mean of the members' totals (plain mean when no member has revenue); null if none scored. */
  total: number | null;
  /** Members by lifecycle code and by churn level, e.g. { dormant: 1, deep: 2 }. */
  lifecycles: Record<string, number>;
  churnLevels: Record<string, number>;
};

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * Rolls a group tree up (集团汇总): the members given are exactly the ones the caller may see, so nothing outside them
 * is counted. Members are listed by revenue, highest first, then by name. Pure; O(members).
 */
export function rollUpGroup(members: GroupMemberInput[]): GroupRollUp {
  let revenue = 0;
  let prior = 0;
  let weighted = 0;
  let weight = 0;
  let plain = 0;
  let scored = 0;
  const lifecycles: Record<string, number> = {};
  const churnLevels: Record<string, number> = {};
  for (const m of members) {
    revenue += m.metrics.revenue12m;
    prior += m.metrics.revenuePrev12m;
    if (m.score === null) continue;
    scored++;
    plain += m.score.total;
    weighted += m.score.total * m.metrics.revenue12m;
    weight += m.metrics.revenue12m;
    lifecycles[m.score.lifecycle] = (lifecycles[m.score.lifecycle] ?? 0) + 1;
    churnLevels[m.score.churnLevel] = (churnLevels[m.score.churnLevel] ?? 0) + 1;
  }
  const lines = members
    .map((m) => ({
      accountId: m.accountId,
      name: m.name,
      parentId: m.parentId,
      revenue12m: round(m.metrics.revenue12m, 2),
      revenuePrev12m: round(m.metrics.revenuePrev12m, 2),
      total: m.score?.total ?? null,
      tier: m.score?.tier ?? null,
      lifecycle: m.score?.lifecycle ?? null,
      churnLevel: m.score?.churnLevel ?? null,
      revenueShare: revenue > 0 ? round(m.metrics.revenue12m / revenue, 4) : 0,
    }))
    .sort((a, b) => b.revenue12m - a.revenue12m || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    members: lines,
    revenue12m: round(revenue, 2),
    revenuePrev12m: round(prior, 2),
    growth: prior > 0 ? round((revenue - prior) / prior, 4) : null,
    total: scored === 0 ? null : round(weight > 0 ? weighted / weight : plain / scored, 2),
    lifecycles,
    churnLevels,
  };
}
