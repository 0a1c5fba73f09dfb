import { riskReason } from "./mitigate-risks";
import { renderPlanText } from "./texts";
import type { Lang, Plan, PowerMap } from "./types";

/** The same plan with every title re-rendered in `lang` from its code and facts; numbers and ids untouched. */
export function localizePlan(plan: Plan, lang: Lang): Plan {
  const r = (code: string, facts: Record<string, unknown>) => renderPlanText(code, facts, lang);
  return {
    ...plan,
    language: lang,
    goal: { ...plan.goal, title: r(plan.goal.code, plan.goal.facts) },
    objectives: plan.objectives.map((o) => ({
      ...o,
      title: r(o.code, { ...o.facts, baseline: o.baseline, target: o.target, due: o.due }),
    })),
    strategies: plan.strategies.map((s) => ({
      ...s,
      title: r(s.code, {}),
      tactics: s.tactics.map((t) => ({ ...t, title: r(t.code, t.facts) })),
    })),
    actions: plan.actions.map((a) => ({ ...a, title: r(a.code, a.facts) })),
    resources: plan.resources.map((x) => ({ ...x, title: r(x.code, { name: x.name }) })),
    kpis: plan.kpis.map((k) => ({ ...k, title: r(k.code, { target: k.target }) })),
    risks: plan.risks.map((k) => ({
      ...k,
      reason: riskReason(k.code, k.sourceReason, k.facts, lang),
      mitigation: r(k.mitigationCode, k.facts),
    })),
    valueProposition: plan.valueProposition.map((v) => ({ ...v, title: r(v.code, v.facts) })),
  };
}

/** The same power map with suggestion messages and reasons in `lang`. */
export function localizePowerMap(pm: PowerMap, lang: Lang): PowerMap {
  return {
    ...pm,
    suggestions: pm.suggestions.map((s) => ({
      ...s,
      message: renderPlanText(s.messageCode, s.facts, lang),
      reason: renderPlanText(s.reasonCode, s.facts, lang),
    })),
  };
}
