// Health dimensions read from the deal itself: need, budget, solution fit, timeline, commercial terms, progress.
import type { AccountFacts, Opportunity } from "../types";
import { clamp, daysBetween, round, toMs } from "./date-math";
import { stageIndex } from "./stage-weights";
import type { HealthDimension } from "./types";

/** Days a deal may sit in one stage before it counts as slowing. */
export const EXPECTED_DAYS_PER_STAGE = 30;

const NEED_BY_STAGE = [30, 60, 75, 85, 90, 100, 0];

/** A later stage is evidence of a confirmed need. */
export function rateNeed(opp: Opportunity): HealthDimension {
  const i = stageIndex(opp.stage);
  const score = i < 0 ? 50 : NEED_BY_STAGE[i];
  const code =
    i < 0 ? "need_unknown_stage" : i <= 0 ? "need_unconfirmed" : i === 1 ? "need_qualified" : "need_confirmed";
  return { key: "need", score, code, facts: { stage: opp.stage } };
}

/** The deal against what the account spends in our category a year (walletEstimate). */
export function rateBudget(opp: Opportunity, facts: AccountFacts): HealthDimension {
  const wallet = facts.account.walletEstimate;
  const base = { amount: opp.amount, walletEstimate: wallet };
  if (opp.amount === null) return { key: "budget", score: 30, code: "budget_unknown", facts: base };
  if (!wallet) return { key: "budget", score: 50, code: "wallet_unknown", facts: base };
  const ratio = opp.amount / wallet;
  const [score, code] =
    ratio <= 0.5
      ? [90, "budget_within_wallet"]
      : ratio <= 1
        ? [70, "budget_most_of_wallet"]
        : ratio <= 2
          ? [40, "budget_stretch"]
          : [20, "budget_exceeds_wallet"];
  return { key: "budget", score, code, facts: { ...base, ratio: round(ratio, 3) } };
}

/** Proven if the account already bought the product; weakened when the technical evaluator opposes us. */
export function rateSolutionFit(opp: Opportunity, facts: AccountFacts): HealthDimension {
  const evaluators = facts.contacts.filter((c) => !c.leftCompany && c.role === "technical_evaluator");
  const opposed = evaluators.some((c) => c.attitude === "opponent");
  const supported = evaluators.some((c) => c.attitude === "supporter");
  const bought = opp.productSku !== null && facts.orders.some((o) => o.productSku === opp.productSku);
  let [score, code] =
    opp.productSku === null
      ? [40, "product_unspecified"]
      : bought
        ? [90, "product_proven_here"]
        : stageIndex(opp.stage) >= 2
          ? [70, "solution_presented"]
          : [50, "solution_unproven"];
  if (opposed) [score, code] = [score - 30, "evaluator_opposes"];
  else if (supported) score += 10;
  return {
    key: "solution_fit",
    score: clamp(score),
    code,
    facts: { productSku: opp.productSku, boughtBefore: bought, evaluatorIds: evaluators.map((c) => c.id).sort() },
  };
}

/** Expected close vs now, and slippage: each move back to an earlier stage in stageHistory costs 20. */
export function rateTimeline(opp: Opportunity, now: string): HealthDimension {
  const history = sortedHistory(opp);
  let regressions = 0;
  for (let i = 1; i < history.length; i++) {
    const a = stageIndex(history[i - 1].stage);
    const b = stageIndex(history[i].stage);
    if (a >= 0 && b >= 0 && b < a && b < 5) regressions++;
  }
  const facts = { expectedClose: opp.expectedClose, regressions };
  if (opp.status !== "open")
    return { key: "timeline", score: opp.status === "won" ? 100 : 0, code: `closed_${opp.status}`, facts };
  if (!opp.expectedClose) return { key: "timeline", score: 30, code: "close_date_missing", facts };
  const days = Math.floor(daysBetween(now, opp.expectedClose));
  if (days < 0)
    return { key: "timeline", score: 10, code: "close_date_passed", facts: { ...facts, daysOverdue: -days } };
  if (regressions > 0) return { key: "timeline", score: clamp(80 - 20 * regressions), code: "stage_slipped", facts };
  if (days > 365)
    return { key: "timeline", score: 50, code: "close_date_distant", facts: { ...facts, daysToClose: days } };
  return { key: "timeline", score: 80, code: "on_schedule", facts: { ...facts, daysToClose: days } };
}

/** Terms on the table in late stages; a history of late payment at the account costs 20. */
export function rateCommercialTerms(opp: Opportunity, facts: AccountFacts, now: string): HealthDimension {
  const due = facts.orders.filter((o) => o.dueAt && toMs(o.dueAt) <= toMs(now));
  const late = due.filter((o) => !o.paidAt || toMs(o.paidAt) > toMs(o.dueAt!)).length;
  const lateShare = due.length ? round(late / due.length, 2) : 0;
  const i = stageIndex(opp.stage);
  let [score, code] =
    opp.amount === null
      ? [30, "amount_unknown"]
      : i === 5
        ? [100, "terms_agreed"]
        : i === 4
          ? [80, "terms_in_negotiation"]
          : i === 3
            ? [65, "terms_proposed"]
            : [50, "terms_not_discussed"];
  if (lateShare > 0.3) [score, code] = [score - 20, "payment_late_history"];
  return {
    key: "commercial_terms",
    score: clamp(score),
    code,
    facts: { amount: opp.amount, stage: opp.stage, latePaymentShare: lateShare },
  };
}

/** Days in the current stage against EXPECTED_DAYS_PER_STAGE; a touch in the last 30 days adds 10. */
export function rateProgress(opp: Opportunity, facts: AccountFacts, now: string): HealthDimension {
  if (opp.status !== "open")
    return { key: "progress", score: opp.status === "won" ? 100 : 0, code: `closed_${opp.status}`, facts: {} };
  const entered = [...sortedHistory(opp)].reverse().find((h) => h.stage === opp.stage)?.at ?? opp.createdAt;
  const daysInStage = Math.max(0, Math.floor(daysBetween(entered, now)));
  const ratio = daysInStage / EXPECTED_DAYS_PER_STAGE;
  let [score, code] =
    ratio <= 1 ? [90, "moving"] : ratio <= 2 ? [60, "slowing"] : ratio <= 3 ? [40, "slowing"] : [20, "stalled"];
  const recent = facts.interactions.some(
    (x) => toMs(x.occurredAt) <= toMs(now) && daysBetween(x.occurredAt, now) <= 30,
  );
  if (recent) score += 10;
  return {
    key: "progress",
    score: clamp(score),
    code,
    facts: { daysInStage, enteredStageAt: entered, recentTouch: recent },
  };
}

function sortedHistory(opp: Opportunity) {
  return [...opp.stageHistory].sort(
    (a, b) => toMs(a.at) - toMs(b.at) || (a.stage < b.stage ? -1 : a.stage > b.stage ? 1 : 0),
  );
}
