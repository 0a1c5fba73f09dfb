import type { Strategy } from "../types";
import type { PlanContext } from "./plan-context";
import { renderPlanText } from "./texts";
import type { PlanKpi, PlanObjective } from "./types";

/** How often progress is checked: tight while winning or recovering an account, loose while watching. */
const CADENCE: Record<Strategy, PlanKpi["cadence"]> = {
  acquire: "monthly",
  grow: "monthly",
  retain: "monthly",
  winback: "weekly",
  watch: "quarterly",
};

/** One KPI per objective (its metric and target), tested at the strategy's cadence. */
export function buildKpis(ctx: PlanContext, objectives: PlanObjective[]): PlanKpi[] {
  return objectives.map((o) => {
    const code = `kpi_${o.metric}`;
    return {
      code,
      title: renderPlanText(code, { target: o.target }, ctx.lang),
      metric: o.metric,
      target: o.target,
      cadence: CADENCE[ctx.strategy],
      objectiveId: o.id,
    };
  });
}
