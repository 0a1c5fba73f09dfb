import type { AccountFacts, Opportunity } from "../types";
import { byString } from "./date-math";
import {
  rateBudget,
  rateCommercialTerms,
  rateNeed,
  rateProgress,
  rateSolutionFit,
  rateTimeline,
} from "./rate-deal-dimensions";
import { rateCompetition, rateDecisionChain, rateRelationship } from "./rate-people-dimensions";
import type { OpportunityHealth } from "./types";

/**
 * Opportunity health over nine dimensions, each 0-100 with a code and the facts it came from:
 * need (stage reached), budget (amount vs walletEstimate), decision_chain (key roles, decision-maker access,
 * champion), competition (our vs the named competitor's strength with the people naming it), solution_fit
 * (product bought before, stage, technical evaluator's stance), timeline (expected close vs now, stage
 * regressions), relationship (influence-weighted strength, recency), commercial_terms (stage, payment record),
 * progress (days in the current stage). The total is the unweighted mean, rounded. Pure; `now` is passed in.
 */
export function assessOpportunity(opp: Opportunity, facts: AccountFacts, now: string): OpportunityHealth {
  const dimensions = [
    rateNeed(opp),
    rateBudget(opp, facts),
    rateDecisionChain(facts),
    rateCompetition(opp, facts),
    rateSolutionFit(opp, facts),
    rateTimeline(opp, now),
    rateRelationship(facts, now),
    rateCommercialTerms(opp, facts, now),
    rateProgress(opp, facts, now),
  ];
  const score = Math.round(dimensions.reduce((s, d) => s + d.score, 0) / dimensions.length);
  const weakest = dimensions
    .filter((d) => d.score < 50)
    .sort((a, b) => a.score - b.score || byString(a.key, b.key))
    .map((d) => d.key);
  return { opportunityId: opp.id, score, stage: opp.stage, status: opp.status, dimensions, weakest };
}
