import { byString } from "./date-math";
import type { PlanContext } from "./plan-context";
import { renderPlanText } from "./texts";
import type { PlanAction, PlanResource } from "./types";

/** The iron triangle (铁三角: sales, solution, delivery) and every material the actions call for. */
export function listResources(ctx: PlanContext, actions: PlanAction[]): PlanResource[] {
  const team: PlanResource[] = (["sales", "solution", "delivery"] as const).map((code) => ({
    code,
    kind: "team",
    title: renderPlanText(code, { name: ctx.owner.name }, ctx.lang),
    name: code === "sales" ? ctx.owner.name : null,
  }));
  const materials = [...new Set(actions.map((a) => a.material).filter((m): m is string => !!m))].sort(byString);
  return [
    ...team,
    ...materials.map((code): PlanResource => ({ code, kind: "material", title: renderPlanText(code, {}, ctx.lang) })),
  ];
}
