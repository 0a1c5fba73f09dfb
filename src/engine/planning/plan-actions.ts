import type { ObjectiveDraft } from "./build-objectives";
import { bestInRole, champion, firstOf, type PlanContext, strongestTie } from "./plan-context";
import { competitorLeads, playFor } from "./role-playbook";
import type { Facts, OwnerRole, PowerMapContact } from "./types";

export type ActionDraft = {
  code: string;
  ownerRole: OwnerRole;
  /** Days from now; the due date is clamped to the objective's due date. */
  days: number;
  contact?: PowerMapContact | null;
  via?: PowerMapContact | null;
  material?: string | null;
  facts?: Facts;
};

type Maker = (ctx: PlanContext, obj: ObjectiveDraft) => ActionDraft[];

const dm = (ctx: PlanContext) => bestInRole(ctx, "decision_maker");
const exec = (ctx: PlanContext) => firstOf(dm(ctx), bestInRole(ctx, "approver"), champion(ctx), strongestTie(ctx));
const tech = (ctx: PlanContext) => firstOf(bestInRole(ctx, "technical_evaluator"), champion(ctx), strongestTie(ctx));
/** Sales owns executive and commercial contacts, solution the technical ones, delivery the users. */
const roleOwner = (c: PowerMapContact | null): OwnerRole =>
  c?.role === "technical_evaluator" ? "solution" : c?.role === "user" ? "delivery" : "sales";

/** Every ask for a meeting with a person brings the material their role cares about. */
function meet(
  code: string,
  c: PowerMapContact | null,
  days: number,
  ownerRole: OwnerRole = "sales",
  facts: Facts = {},
): ActionDraft {
  return { code, ownerRole, days, contact: c, material: c ? playFor(c.role).material : null, facts };
}

function introductions(ctx: PlanContext): ActionDraft[] {
  return ctx.pm.analysis.paths.slice(0, 2).map((p, i) => ({
    code: "introduce_dm",
    ownerRole: "sales",
    days: 21 + 14 * i,
    contact: ctx.people.get(p.target) ?? null,
    via: ctx.people.get(p.via[0]) ?? null,
    material: "value_report",
    facts: { introPath: p.via, tieStrength: p.strength, pathReason: p.reason },
  }));
}

/** Quarterly reviews across the horizon (at least one). */
function quarterly(code: string, c: PowerMapContact | null, ctx: PlanContext): ActionDraft[] {
  const n = Math.max(1, Math.floor(ctx.horizonMonths / 3));
  return Array.from({ length: n }, (_, i) => meet(code, c, 90 * (i + 1), "sales", { quarter: i + 1 }));
}

const MAKERS: Record<string, Maker> = {
  first_order: (ctx) => [
    meet("pilot_proposal", firstOf(champion(ctx), tech(ctx)), 45, "sales", {
      openOpportunityIds: ctx.metrics.openOpportunityIds,
    }),
  ],
  dm_access: (ctx) => {
    const intros = introductions(ctx);
    if (intros.length) return intros;
    const known = dm(ctx);
    return known
      ? [meet("value_report_meeting", known, 45)]
      : [meet("identify_dm", firstOf(champion(ctx), strongestTie(ctx)), 30)];
  },
  role_coverage: (ctx) => {
    const asked = firstOf(champion(ctx), strongestTie(ctx));
    const gaps = ctx.pm.analysis.gaps.slice(0, 2);
    if (!gaps.length) return [meet("value_report_meeting", exec(ctx), 60)];
    return gaps.map((missingRole, i) => ({
      ...meet("referral_request", asked, 30 + 15 * i, "sales", { missingRole }),
      material: "account_plan_briefing",
    }));
  },
  wallet_share: (ctx) => [meet("value_report_meeting", exec(ctx), 60)],
  revenue_growth: (ctx) => [meet("value_report_meeting", exec(ctx), 60)],
  cross_sell: (ctx) => {
    const c = tech(ctx);
    const lines = ctx.metrics.whitespace.slice(0, 2);
    if (!lines.length) return [meet("needs_workshop", c, 60, "solution")];
    return lines.map((p, i) =>
      meet("product_presentation", c, 45 + 30 * i, "solution", { sku: p.sku, productName: p.name }),
    );
  },
  revenue_retention: (ctx) => [
    { ...meet("renewal_terms", firstOf(bestInRole(ctx, "procurement"), exec(ctx)), 60), material: "tco_comparison" },
  ],
  relationship_depth: (ctx) => {
    // People a competitor is closer to get their own counter-competitor actions.
    const weakest = [...ctx.people.values()]
      .filter((c) => c.attitude !== "opponent" && (c.influence ?? 0) >= 3 && !competitorLeads(c))
      .sort(
        (a, b) =>
          (a.ourStrength ?? 0) - (b.ourStrength ?? 0) ||
          (b.influence ?? 0) - (a.influence ?? 0) ||
          (a.id < b.id ? -1 : 1),
      )
      .slice(0, 2);
    if (!weakest.length) return [meet("value_report_meeting", exec(ctx), 60)];
    return weakest.map((c, i) =>
      meet("relationship_meeting", c, 30 + 30 * i, roleOwner(c), { material: playFor(c.role).material }),
    );
  },
  business_reviews: (ctx) => [
    ...quarterly("qbr", exec(ctx), ctx),
    meet("service_review", firstOf(bestInRole(ctx, "user"), strongestTie(ctx)), 30, "delivery"),
  ],
  root_cause: (ctx) => [
    {
      code: "loss_review",
      ownerRole: "sales",
      days: 14,
      facts: { lostOpportunityIds: ctx.metrics.lostOpportunityIds },
    },
    { ...meet("recovery_visit", exec(ctx), 30), material: "value_report" },
  ],
  revenue_recovery: (ctx) => {
    const c = tech(ctx);
    const lines = ctx.metrics.lostSkus.slice(0, 2);
    if (!lines.length) return [meet("value_report_meeting", exec(ctx), 60)];
    return lines.map((sku, i) =>
      meet("win_back_line", c, 60 + 30 * i, "solution", { sku, productName: ctx.products.get(sku)?.name ?? sku }),
    );
  },
  revenue_hold: (ctx) => [meet("check_in", strongestTie(ctx), 90)],
  presence: (ctx) => [
    { ...meet("digest_email", strongestTie(ctx), 30), material: "industry_trends_report" },
    ...quarterly("check_in", strongestTie(ctx), ctx),
  ],
  competitor_displacement: (ctx) =>
    ctx.pm.analysis.competitorStronger.slice(0, 2).map((r, i) => {
      const c = ctx.people.get(r.contactId) ?? null;
      return meet("counter_competitor", c, 30 + 15 * i, roleOwner(c), {
        competitor: r.competitor,
        material: c ? playFor(c.role).material : null,
      });
    }),
};

/**
 * Dated actions for one objective, naming the contacts they concern. An objective for which the data
 * offers nobody to meet falls back to mapping the account, so every objective has at least one action.
 */
export function planActions(ctx: PlanContext, obj: ObjectiveDraft): ActionDraft[] {
  const drafts = (MAKERS[obj.code]?.(ctx, obj) ?? []).filter((d) => d.contact !== null || !needsContact(d.code));
  return drafts.length ? drafts : [{ code: "map_account", ownerRole: "sales", days: 14 }];
}

/** Actions whose text names a person cannot stand without one. */
function needsContact(code: string): boolean {
  return code !== "loss_review" && code !== "map_account";
}
