import type { AccountFacts, Strategy } from "../types";
import { round } from "./date-math";
import type { AccountMetrics } from "./measure-account";
import { renderPlanText } from "./texts";
import type { Lang, PlanGoal } from "./types";

/** Share-of-wallet target per strategy, from the current share (and last year's for a win-back). */
const SHARE_TARGET: Record<Strategy, (share: number, prior: number) => number> = {
  acquire: (s) => Math.max(0.05, s + 0.05),
  grow: (s) => Math.min(0.8, s + 0.1),
  retain: (s) => Math.min(0.9, s + 0.02),
  winback: (s, p) => Math.min(0.9, Math.max(p, s + 0.05)),
  watch: (s) => s,
};

/** Revenue target per strategy when the wallet is unknown. */
const REVENUE_TARGET: Record<Strategy, (revenue: number, prior: number, pipeline: number) => number> = {
  acquire: (r, _p, pipe) => (r > 0 ? r * 1.5 : pipe),
  grow: (r) => r * 1.2,
  retain: (r) => r * 1.05,
  winback: (r, p) => Math.max(p, r * 1.2),
  watch: (r) => r,
};

/**
 * The plan's goal: the account manager's own revenue target if set, else a share of wallet to reach
 * (walletEstimate known), else a revenue target, each following the strategy's ambition.
 */
export function buildGoal(
  strategy: Strategy,
  m: AccountMetrics,
  facts: AccountFacts,
  due: string,
  lang: Lang,
): PlanGoal {
  const source = {
    revenue12m: m.revenue12m,
    revenuePrior12m: m.revenuePrior12m,
    walletEstimate: m.wallet,
    orderIds: m.orderIds12m,
  };
  const target = facts.account.target;
  if (target !== undefined && target !== null && target > 0) {
    return goal(
      "revenue_goal",
      "revenue",
      m.revenue12m,
      round(target, 0),
      due,
      { ...source, accountTarget: target },
      lang,
    );
  }
  if (m.share !== null && m.priorShare !== null) {
    const next = round(SHARE_TARGET[strategy](m.share, m.priorShare), 3);
    return goal(
      "sow_goal",
      "share_of_wallet",
      m.share,
      next,
      due,
      { ...source, share: m.share, priorShare: m.priorShare },
      lang,
    );
  }
  const pipeline = facts.opportunities
    .filter((o) => o.status === "open")
    .reduce((max, o) => Math.max(max, o.amount ?? 0), 0);
  const next = round(REVENUE_TARGET[strategy](m.revenue12m, m.revenuePrior12m, pipeline), 0);
  return goal("revenue_goal", "revenue", m.revenue12m, next, due, { ...source, largestOpenDeal: pipeline }, lang);
}

function goal(
  code: string,
  metric: PlanGoal["metric"],
  baseline: number,
  target: number,
  due: string,
  facts: Record<string, unknown>,
  lang: Lang,
): PlanGoal {
  const all = { ...facts, baseline, target, due };
  return { code, title: renderPlanText(code, all, lang), metric, baseline, target, due, facts: all };
}
