import type { Strategy } from "../types";
import { round } from "./date-math";
import { dueIn, type PlanContext } from "./plan-context";
import { KEY_ROLES } from "./role-playbook";
import type { Facts } from "./types";

export type ObjectiveDraft = {
  code: string;
  metric: string;
  baseline: number;
  target: number;
  due: string;
  facts: Facts;
};

/** The objectives each strategy calls for, before the power map adds its own (see buildObjectives). */
const BY_STRATEGY: Record<Strategy, (ctx: PlanContext) => string[]> = {
  acquire: () => ["first_order", "dm_access", "role_coverage"],
  grow: (ctx) => [
    ctx.goal.metric === "share_of_wallet" ? "wallet_share" : "revenue_growth",
    "cross_sell",
    ctx.pm.analysis.gaps.length ? "role_coverage" : "relationship_depth",
  ],
  retain: () => ["revenue_retention", "relationship_depth", "business_reviews"],
  winback: (ctx) => [
    "root_cause",
    "revenue_recovery",
    ctx.pm.analysis.paths.length ? "dm_access" : "relationship_depth",
  ],
  watch: () => ["revenue_hold", "presence"],
};

/** Revenue the goal implies: its own target, or share × wallet. */
function goalRevenue(ctx: PlanContext): number {
  const { goal, metrics } = ctx;
  return goal.metric === "revenue" ? goal.target : round(goal.target * (metrics.wallet ?? 0), 0);
}

const DRAFTS: Record<string, (ctx: PlanContext) => Omit<ObjectiveDraft, "code">> = {
  first_order: (ctx) =>
    revenue(ctx, Math.max(goalRevenue(ctx), ctx.metrics.revenue12m), {
      openOpportunityIds: ctx.metrics.openOpportunityIds,
    }),
  revenue_growth: (ctx) => revenue(ctx, goalRevenue(ctx), {}),
  revenue_retention: (ctx) => revenue(ctx, Math.max(goalRevenue(ctx), ctx.metrics.revenue12m), {}),
  revenue_recovery: (ctx) =>
    revenue(ctx, Math.max(goalRevenue(ctx), ctx.metrics.revenuePrior12m), {
      revenuePrior12m: ctx.metrics.revenuePrior12m,
      lostSkus: ctx.metrics.lostSkus,
    }),
  revenue_hold: (ctx) => revenue(ctx, ctx.metrics.revenue12m, {}),
  wallet_share: (ctx) => ({
    metric: "share_of_wallet",
    baseline: ctx.goal.baseline,
    target: ctx.goal.target,
    due: ctx.horizonEnd,
    facts: { ...ctx.goal.facts },
  }),
  dm_access: (ctx) => {
    const dms = [...ctx.people.values()].filter((c) => c.role === "decision_maker").map((c) => c.id);
    const unmet = ctx.pm.analysis.unmetDecisionMakers;
    return {
      metric: "decision_makers_met",
      baseline: dms.length - unmet.length,
      target: Math.max(1, dms.length),
      due: dueIn(ctx, 90),
      facts: { decisionMakerIds: dms, unmetDecisionMakers: unmet },
    };
  },
  role_coverage: (ctx) => {
    const { coverage, gaps } = ctx.pm.analysis;
    return {
      metric: "role_coverage",
      baseline: coverage,
      target: coverage < 0.8 ? 0.8 : 1,
      due: dueIn(ctx, 180),
      facts: { gaps, knownContacts: ctx.pm.analysis.knownContacts },
    };
  },
  cross_sell: (ctx) => {
    const { skus12m, whitespace } = ctx.metrics;
    const add = Math.min(2, Math.max(1, whitespace.length));
    return {
      metric: "product_lines",
      baseline: skus12m.length,
      target: skus12m.length + add,
      due: dueIn(ctx, 180),
      facts: { skus12m, whitespace: whitespace.slice(0, 3).map((p) => p.sku) },
    };
  },
  relationship_depth: (ctx) => {
    const key = [...ctx.people.values()].filter((c) => c.role && KEY_ROLES.includes(c.role));
    const pool = key.length ? key : [...ctx.people.values()];
    const avg = pool.length ? round(pool.reduce((s, c) => s + (c.ourStrength ?? 0), 0) / pool.length, 1) : 0;
    return {
      metric: "key_role_strength",
      baseline: avg,
      target: Math.min(5, round(avg + 1, 1)),
      due: dueIn(ctx, 180),
      facts: { contactIds: pool.map((c) => c.id) },
    };
  },
  business_reviews: (ctx) => ({
    metric: "business_reviews",
    baseline: ctx.metrics.reviews12m,
    target: Math.max(1, Math.floor(ctx.horizonMonths / 3)),
    due: ctx.horizonEnd,
    facts: { reviews12m: ctx.metrics.reviews12m },
  }),
  root_cause: (ctx) => ({
    metric: "root_cause_reviews",
    baseline: 0,
    target: 1,
    due: dueIn(ctx, 30),
    facts: {
      lostOpportunityIds: ctx.metrics.lostOpportunityIds,
      revenue12m: ctx.metrics.revenue12m,
      revenuePrior12m: ctx.metrics.revenuePrior12m,
    },
  }),
  presence: (ctx) => ({
    metric: "touches_per_quarter",
    baseline: ctx.metrics.touches90d,
    target: Math.max(1, ctx.metrics.touches90d),
    due: dueIn(ctx, 90),
    facts: { touches90d: ctx.metrics.touches90d },
  }),
  competitor_displacement: (ctx) => {
    const rows = ctx.pm.analysis.competitorStronger;
    return {
      metric: "competitor_led_contacts",
      baseline: rows.length,
      target: Math.floor(rows.length / 2),
      due: dueIn(ctx, 180),
      facts: { contactIds: rows.map((r) => r.contactId) },
    };
  },
};

function revenue(ctx: PlanContext, target: number, extra: Facts): Omit<ObjectiveDraft, "code"> {
  return {
    metric: "revenue",
    baseline: ctx.metrics.revenue12m,
    target,
    due: ctx.horizonEnd,
    facts: {
      revenue12m: ctx.metrics.revenue12m,
      walletEstimate: ctx.metrics.wallet,
      orderIds: ctx.metrics.orderIds12m,
      ...extra,
    },
  };
}

/**
 * 2-4 measurable objectives: the strategy's own, plus displacing a competitor where it is closer to an
 * influential person, plus widening coverage when the account is single-threaded.
 */
export function buildObjectives(ctx: PlanContext): ObjectiveDraft[] {
  const codes = BY_STRATEGY[ctx.strategy](ctx);
  const { competitorStronger, singleThreaded, knownContacts } = ctx.pm.analysis;
  const influential = competitorStronger.some((r) => (ctx.people.get(r.contactId)?.influence ?? 0) >= 3);
  if (influential && codes.length < 4) codes.push("competitor_displacement");
  if ((singleThreaded || knownContacts === 0) && !codes.includes("role_coverage") && codes.length < 4)
    codes.push("role_coverage");
  return codes.map((code) => notBelowBaseline({ code, ...DRAFTS[code](ctx) }));
}

/** Metrics where less is better; every other objective reads "at least". */
const AT_MOST = new Set(["competitor_led_contacts"]);

/** An "at least" objective never targets below where the account already is (业务回顾 7 -> 本期 4 is no goal). */
function notBelowBaseline(o: ObjectiveDraft): ObjectiveDraft {
  if (AT_MOST.has(o.metric) || o.target >= o.baseline) return o;
  return { ...o, target: o.baseline, facts: { ...o.facts, raisedToBaseline: true } };
}
