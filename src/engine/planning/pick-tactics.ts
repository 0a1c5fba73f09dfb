import type { Strategy } from "../types";
import type { PlanContext } from "./plan-context";
import { renderPlanText } from "./texts";
import type { Facts, PlanStrategy } from "./types";

/** The tactics each ESP+ strategy calls for, and the facts that make each one concrete for this account. */
const TACTICS: Record<Strategy, [string, (ctx: PlanContext) => Facts][]> = {
  acquire: [
    [
      "find_entry",
      (ctx) => ({ champion: ctx.pm.analysis.champion ?? null, knownContacts: ctx.pm.analysis.knownContacts }),
    ],
    ["first_reference_project", (ctx) => ({ openOpportunityIds: ctx.metrics.openOpportunityIds })],
  ],
  grow: [
    [
      "cross_sell_whitespace",
      (ctx) => ({ whitespace: ctx.metrics.whitespace.slice(0, 3).map((p) => p.sku), skus12m: ctx.metrics.skus12m }),
    ],
    ["widen_coverage", (ctx) => ({ coverage: ctx.pm.analysis.coverage, gaps: ctx.pm.analysis.gaps })],
  ],
  retain: [
    ["qbr_cadence", (ctx) => ({ reviews12m: ctx.metrics.reviews12m })],
    [
      "service_quality",
      (ctx) => ({ userIds: [...ctx.people.values()].filter((c) => c.role === "user").map((c) => c.id) }),
    ],
    [
      "renewal_lock_in",
      (ctx) => ({ procurementIds: [...ctx.people.values()].filter((c) => c.role === "procurement").map((c) => c.id) }),
    ],
  ],
  winback: [
    [
      "root_cause_review",
      (ctx) => ({
        lostOpportunityIds: ctx.metrics.lostOpportunityIds,
        revenue12m: ctx.metrics.revenue12m,
        revenuePrior12m: ctx.metrics.revenuePrior12m,
      }),
    ],
    [
      "exec_recovery_visit",
      (ctx) => ({
        decisionMakerIds: [...ctx.people.values()].filter((c) => c.role === "decision_maker").map((c) => c.id),
      }),
    ],
    ["win_back_lines", (ctx) => ({ lostSkus: ctx.metrics.lostSkus })],
  ],
  watch: [
    ["digital_touch", (ctx) => ({ touches90d: ctx.metrics.touches90d })],
    ["quarterly_check", (ctx) => ({ revenue12m: ctx.metrics.revenue12m })],
  ],
};

/** The segment's strategy (score.segment.strategy) with its tactics. */
export function pickTactics(ctx: PlanContext): PlanStrategy[] {
  const tactics = TACTICS[ctx.strategy].map(([code, facts]) => {
    const f = facts(ctx);
    return { code, title: renderPlanText(code, f, ctx.lang), facts: f };
  });
  return [{ code: ctx.strategy, title: renderPlanText(ctx.strategy, {}, ctx.lang), tactics }];
}
