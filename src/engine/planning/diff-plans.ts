import { byString } from "./date-math";
import type { Plan, PlanAction, PlanChanges } from "./types";

/** Identity of an action across versions: what is done with whom, not when. */
function actionKey(a: PlanAction): string {
  const subject = a.facts.sku ?? a.facts.missingRole ?? a.facts.quarter ?? "";
  return `${a.code}|${a.contactId ?? ""}|${a.via ?? ""}|${String(subject)}`;
}

const minus = (a: string[], b: string[]) => {
  const other = new Set(b);
  return [...new Set(a.filter((x) => !other.has(x)))].sort(byString);
};

/**
 * What changed from one plan version to the next: strategy, goal (metric or target), objectives added,
 * removed or given a new target (by code), actions added or removed (by code, contact, introducer and subject).
 */
export function diffPlans(prev: Plan, next: Plan): PlanChanges {
  const goalSame = prev.goal.metric === next.goal.metric && prev.goal.target === next.goal.target;
  const prevObjectives = new Map(prev.objectives.map((o) => [o.code, o]));
  const retargeted = next.objectives
    .filter((o) => {
      const p = prevObjectives.get(o.code);
      return p !== undefined && (p.target !== o.target || p.metric !== o.metric);
    })
    .map((o) => o.code)
    .sort(byString);
  const prevActions = prev.actions.map(actionKey);
  const nextActions = next.actions.map(actionKey);
  return {
    strategyChanged: prev.strategy === next.strategy ? null : { from: prev.strategy, to: next.strategy },
    goalChanged: goalSame
      ? null
      : {
          from: { metric: prev.goal.metric, target: prev.goal.target },
          to: { metric: next.goal.metric, target: next.goal.target },
        },
    objectivesAdded: minus(
      next.objectives.map((o) => o.code),
      prev.objectives.map((o) => o.code),
    ),
    objectivesRemoved: minus(
      prev.objectives.map((o) => o.code),
      next.objectives.map((o) => o.code),
    ),
    objectivesRetargeted: retargeted,
    actionsAdded: minus(nextActions, prevActions),
    actionsRemoved: minus(prevActions, nextActions),
  };
}
