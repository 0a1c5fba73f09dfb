import type { Lifecycle, Severity, Strategy } from "../types";

export type Level = "low" | "mid" | "high";

export type StrategyInput = {
  hasOrders: boolean;
  potential: Level;
  contribution: Level;
  growth: number | null;
  churnLevel: Severity;
  /** Contribution level in the year before the trailing year (null: nothing bought then). */
  priorContribution?: Level | null;
  lifecycle?: Lifecycle;
};

/** The strategy and the rule that chose it, in words (`mid contribution and mid potential -> retain`). */
export type StrategyChoice = { strategy: Strategy; rule: string };

/** Revenue down this much year over year counts as falling sharply (亡羊补牢 territory). */
export const SHARP_FALL = -0.3;

const LEVELS: Level[] = ["low", "mid", "high"];
const choice = (strategy: Strategy, rule: string): StrategyChoice =>
  Object.freeze({ strategy, rule: `${rule} -> ${strategy}` });

/** Steady accounts by [contribution][potential]: grow high potential, retain what contributes, watch the rest. */
const CELLS = Object.fromEntries(
  LEVELS.map((c) => [
    c,
    Object.fromEntries(
      LEVELS.map((p) => {
        const strategy: Strategy =
          p === "high" ? "grow" : c === "high" || (c === "mid" && p === "mid") ? "retain" : "watch";
        return [p, choice(strategy, p === "high" ? "high potential" : `${c} contribution and ${p} potential`)];
      }),
    ),
  ]),
) as Record<Level, Record<Level, StrategyChoice>>;

const PROSPECT: Record<Level, StrategyChoice> = {
  low: choice("watch", "no orders and low potential"),
  mid: choice("acquire", "no orders and mid potential"),
  high: choice("acquire", "no orders and high potential"),
};
const FALLING = choice("winback", "mid/high contribution and revenue down 30% or more");
const CHURNING = choice("winback", "mid/high contribution and high churn risk");
const LOST = choice("winback", "lost a deal or a tender to a competitor with no order since");
const FALLEN: Record<Level, StrategyChoice> = {
  low: FALLING,
  mid: choice("winback", "mid contribution the year before and revenue down 30% or more"),
  high: choice("winback", "high contribution the year before and revenue down 30% or more"),
};

/**
 * The five ESP+ strategies from the nine-box cell, first rule that applies:
 * 1. no order ever: potential mid/high -> acquire (客户获取), else watch (以静制动);
 * 2. lifecycle lost (a loss with no order since), or the prior year's contribution mid/high and revenue down
 *    >= 30% (history, not only this year), or contribution mid/high and (revenue down >= 30% or churn risk
 *    high) -> winback (亡羊补牢);
 * 3. potential high -> grow (客户提升);
 * 4. contribution high, or contribution mid with potential mid -> retain (客户维系);
 * 5. otherwise (low potential, or mid potential with low contribution) -> watch (以静制动).
 * Choices are shared constants (the same few sentences across a whole book).
 */
export function chooseStrategy(input: StrategyInput): StrategyChoice {
  const { potential, contribution } = input;
  if (!input.hasOrders) return PROSPECT[potential];
  if (input.lifecycle === "lost") return LOST;
  const prior = input.priorContribution;
  if (prior != null && prior !== "low" && input.growth !== null && input.growth <= SHARP_FALL) return FALLEN[prior];
  if (contribution !== "low") {
    if (input.growth !== null && input.growth <= SHARP_FALL) return FALLING;
    if (input.churnLevel === "high") return CHURNING;
  }
  return CELLS[contribution][potential];
}
