import type { AccountFacts, Competitor, Product, Score } from "../types";
import { buildGoal } from "./build-goal";
import { buildKpis } from "./build-kpis";
import { buildObjectives, type ObjectiveDraft } from "./build-objectives";
import { buildPowerMap } from "./build-power-map";
import { buildValueProposition } from "./build-value-proposition";
import { addMonths, byString } from "./date-math";
import { diffPlans } from "./diff-plans";
import { listResources } from "./list-resources";
import { measureAccount } from "./measure-account";
import { mitigateRisks } from "./mitigate-risks";
import { pickTactics } from "./pick-tactics";
import { planActions } from "./plan-actions";
import { dueIn, type PlanContext, planContext } from "./plan-context";
import { renderPlanText } from "./texts";
import type { Lang, Plan, PlanAction, PlanObjective, PowerMap } from "./types";

export type GeneratePlanInput = {
  facts: AccountFacts;
  score: Score;
  /** The account's power map; built from `facts` when absent. */
  powerMap?: PowerMap;
  products?: Product[];
  competitors?: Competitor[];
  owner: { id: string; name: string };
  now: string;
  /** 1-36 months, default 12. */
  horizonMonths?: number;
  previous?: Plan | null;
  language?: Lang;
};

/**
 * An account plan (GOSART / OGSM): goal, 2-4 measurable objectives, the strategy the segment calls for
 * (score.segment.strategy) with its tactics, dated actions with owners and the contacts they concern (at
 * least one per objective), iron-triangle resources and materials, KPIs, risks with mitigations and the
 * value proposition against the top two competitors. Each objective, action and risk carries the facts it
 * came from. Versioned on `previous`, with what changed. Pure: same input and `now`, byte-identical plan.
 */
export function generatePlan(input: GeneratePlanInput): Plan {
  const lang = input.language ?? "en";
  const horizonMonths = Math.min(36, Math.max(1, Math.round(input.horizonMonths ?? 12)));
  const horizonEnd = addMonths(input.now, horizonMonths);
  const strategy = input.score.segment.strategy;
  const pm = input.powerMap ?? buildPowerMap(input.facts, { now: input.now, language: lang });
  const metrics = measureAccount(input.facts, input.products ?? [], input.now);
  const goal = buildGoal(strategy, metrics, input.facts, horizonEnd, lang);
  const ctx = planContext({
    strategy,
    metrics,
    goal,
    pm,
    now: input.now,
    horizonEnd,
    horizonMonths,
    owner: input.owner,
    lang,
    products: productIndex(input.products ?? []),
  });
  const drafts = buildObjectives(ctx);
  const objectives = toObjectives(drafts, lang);
  const actions = drafts.flatMap((d) => toActions(ctx, d.code, planActions(ctx, d)));
  actions.sort((a, b) => byString(a.due, b.due) || byString(a.id, b.id));
  const plan: Plan = {
    accountId: input.facts.account.id,
    version: (input.previous?.version ?? 0) + 1,
    strategy,
    goal,
    objectives,
    strategies: pickTactics(ctx),
    actions,
    resources: listResources(ctx, actions),
    kpis: buildKpis(ctx, objectives),
    risks: mitigateRisks(input.score.risks, pm, lang),
    valueProposition: buildValueProposition(input.facts, input.competitors ?? [], lang),
    changes: null,
    language: lang,
    horizonMonths,
    generatedAt: input.now,
  };
  return input.previous ? { ...plan, changes: diffPlans(input.previous, plan) } : plan;
}

function toObjectives(drafts: ObjectiveDraft[], lang: Lang): PlanObjective[] {
  return drafts.map((d) => ({
    id: d.code,
    code: d.code,
    title: renderPlanText(d.code, { ...d.facts, baseline: d.baseline, target: d.target, due: d.due }, lang),
    metric: d.metric,
    baseline: d.baseline,
    target: d.target,
    due: d.due,
    facts: d.facts,
  }));
}

function productIndex(products: Product[]): Map<string, Product> {
  return new Map([...products].sort((a, b) => byString(a.sku, b.sku)).map((p) => [p.sku, p]));
}

function toActions(ctx: PlanContext, objectiveId: string, drafts: ReturnType<typeof planActions>): PlanAction[] {
  return drafts.map((d, i) => {
    const facts = {
      objective: objectiveId,
      contactName: d.contact?.name ?? null,
      role: d.contact?.role ?? null,
      viaName: d.via?.name ?? null,
      material: d.material ?? null,
      ...d.facts,
    };
    return {
      id: `${objectiveId}-${i + 1}`,
      objectiveId,
      code: d.code,
      title: renderPlanText(d.code, facts, ctx.lang),
      owner: d.ownerRole === "sales" ? ctx.owner.name : d.ownerRole,
      ownerRole: d.ownerRole,
      due: dueIn(ctx, d.days),
      contactId: d.contact?.id ?? null,
      via: d.via?.id ?? null,
      material: d.material ?? null,
      facts,
    };
  });
}
