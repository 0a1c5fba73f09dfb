// What every plan builder reads: the metrics, the power map's current people and the plan's dates.
import type { Product, Role, Strategy } from "../types";
import { addDays, byString } from "./date-math";
import type { AccountMetrics } from "./measure-account";
import type { Lang, PlanGoal, PowerMap, PowerMapContact } from "./types";

export type PlanContext = {
  strategy: Strategy;
  metrics: AccountMetrics;
  goal: PlanGoal;
  pm: PowerMap;
  /** Current (not departed) contacts by id, in id order. */
  people: Map<string, PowerMapContact>;
  now: string;
  horizonEnd: string;
  horizonMonths: number;
  owner: { id: string; name: string };
  lang: Lang;
  products: Map<string, Product>;
};

export function planContext(base: Omit<PlanContext, "people">): PlanContext {
  const people = new Map(base.pm.contacts.filter((c) => !c.leftCompany).map((c) => [c.id, c]));
  return { ...base, people };
}

/** A date `days` from now, never past `limit` (the objective's due date or the horizon). */
export function dueIn(ctx: PlanContext, days: number, limit = ctx.horizonEnd): string {
  const d = addDays(ctx.now, days);
  return byString(d, limit) <= 0 ? d : limit;
}

/** Closest to us first: ourStrength, then influence, then id. Opponents are never picked. */
function rank(list: PowerMapContact[]): PowerMapContact | null {
  const ok = list.filter((c) => c.attitude !== "opponent");
  ok.sort(
    (a, b) =>
      (b.ourStrength ?? 0) - (a.ourStrength ?? 0) || (b.influence ?? 0) - (a.influence ?? 0) || byString(a.id, b.id),
  );
  return ok[0] ?? null;
}

export function bestInRole(ctx: PlanContext, role: Role): PowerMapContact | null {
  return rank([...ctx.people.values()].filter((c) => c.role === role));
}

export function strongestTie(ctx: PlanContext): PowerMapContact | null {
  return rank([...ctx.people.values()]);
}

export function champion(ctx: PlanContext): PowerMapContact | null {
  return ctx.people.get(ctx.pm.analysis.champion ?? "") ?? null;
}

/** The first non-null of several picks: e.g. the decision maker, else the champion, else our strongest tie. */
export function firstOf(...picks: (PowerMapContact | null)[]): PowerMapContact | null {
  return picks.find((p) => p !== null) ?? null;
}
