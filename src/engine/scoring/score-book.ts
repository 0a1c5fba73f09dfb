import { type BookStats, buildBookStats } from "./build-book-stats";
import { type AccountMetrics, computeMetrics } from "./compute-metrics";
import type { RiskOptions } from "./detect-risks";
import { type AccountScore, scoreAccount } from "./score-account";
import type { Scorecard } from "./scorecard-schema";
import type { ScoringAccount, ScoringFacts } from "./scoring-facts";

/** One scorecard for everyone, or a choice per account (per segment, see selectScorecard). */
export type BookContext = { now: string; riskOptions?: RiskOptions } & (
  | { scorecard: Scorecard }
  | { scorecardFor: (account: ScoringAccount) => Scorecard }
);

/**
 * Scores the whole book: metrics for every account (one pass over each account's orders), the book's
 * percentile grids, then each account against them. Output in input order; also returns the grids so a
 * later single-account re-score (scoreAccount with `book`) places the account on the same scale.
 */
export function scoreBook(factsList: ScoringFacts[], ctx: BookContext): { scores: AccountScore[]; book: BookStats } {
  const pick = "scorecardFor" in ctx ? ctx.scorecardFor : () => ctx.scorecard;
  const metrics: AccountMetrics[] = new Array(factsList.length);
  for (let i = 0; i < factsList.length; i++) metrics[i] = computeMetrics(factsList[i], ctx.now);
  const book = buildBookStats(metrics);
  const scores: AccountScore[] = new Array(factsList.length);
  for (let i = 0; i < factsList.length; i++) {
    const facts = factsList[i];
    scores[i] = scoreAccount(facts, {
      scorecard: pick(facts.account),
      now: ctx.now,
      book,
      riskOptions: ctx.riskOptions,
      metrics: metrics[i],
    });
  }
  return { scores, book };
}
