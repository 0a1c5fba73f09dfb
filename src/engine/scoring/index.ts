/*
The account engine (issue 3): who are my key accounts, why, and which are slipping. Pure functions
over plain data; `now` (an ISO date) and configuration are arguments; same input, same output.

Scoring a book: scoreBook(factsList, { scorecard | scorecardFor, now }) -> { scores, book }.
Re-scoring one account after a write (import, order, interaction): scoreAccount(facts,
{ scorecard, now, book }) with the stored `book` grids; rebuild the grids (buildBookStats or
scoreBook) after an import or nightly. Store each Score with its date and compare with
findBaseline(history, now) + diffScores(previous, current) for week-over-week changes.

Scoring a book as data (issue 14): scoreBookColumns(factsList, ctx) -> typed arrays and codes, the same figures as
scoreBook without building a sentence; scoreCodes(result, i) reads one account, renderScore(result, i, facts, ctx)
gives its full AccountScore with every reason when a person asks.

Scorecards are data (ScorecardSchema, defaultScorecard "default-kam"); selectScorecard picks one
per account segment. A Score (contract) carries total, tier, per-dimension breakdown with a
checkable reason, segment (nine-box potential-contribution, quadrant, strategy), RFM, lifecycle
stage and risk signals; AccountScore adds the segment axes, churn risk and the tier thresholds.

Around it: computeMetrics, detectRisks + churnRisk, lifecycleStage + cadenceFor +
overdueTouchpoints, computeLtv, findWhitespace, groupWhitespace, rollUpGroup, portfolioKpis, missingSegments (demo coverage).
*/
export { assignTier } from "./assign-tier";
export { type BookStats, buildBookStats, contributionValue, EMPTY_BOOK } from "./build-book-stats";
export { type CadenceItem, cadenceFor } from "./cadence-for";
export { chooseStrategy, type Level, type StrategyChoice, type StrategyInput } from "./choose-strategy";
export { type ChurnRisk, churnRisk } from "./churn-risk";
export { computeLtv, DEFAULT_LTV_ASSUMPTIONS, type Ltv, type LtvAssumptions } from "./compute-ltv";
export { type AccountMetrics, computeMetrics } from "./compute-metrics";
export { defaultScorecard } from "./default-scorecard";
export { DEFAULT_RISK_OPTIONS, detectRisks, type RiskOptions } from "./detect-risks";
export { diffScores, type ScoreDiff } from "./diff-scores";
export { findBaseline, type ScoreSnapshot } from "./find-baseline";
export {
  findWhitespace,
  type Peer,
  type Whitespace,
  type WhitespaceItem,
  type WhitespaceOptions,
} from "./find-whitespace";
export { type GroupWhitespace, groupWhitespace } from "./group-whitespace";
export { type LifecycleInfo, lifecycleStage } from "./lifecycle-stage";
export { overdueTouchpoints, type Touchpoint, touchpointStatus } from "./overdue-touchpoints";
export { type PortfolioKpis, type PortfolioOptions, portfolioKpis } from "./portfolio-kpis";
export { type AccountScore, type ScoreContext, scoreAccount } from "./score-account";
export { type BookContext, scoreBook } from "./score-book";
export {
  type BookScores,
  codesOfScore,
  renderScore,
  type ScoreCodes,
  scoreBookColumns,
  scoreCodes,
} from "./score-book-columns";
export { scoreRfm } from "./score-rfm";
export {
  type Bands,
  type Dimension,
  type Rule,
  SCORE_ATTRIBUTES,
  SCORE_METRICS,
  type Scorecard,
  ScorecardSchema,
  type TierThresholds,
} from "./scorecard-schema";
export { potentialScore, type Quadrant, type Segment, segmentAccount } from "./segment-account";
export { missingSegments, type SegmentCoverage } from "./segment-coverage";
export { type ScorecardAssignment, selectScorecard } from "./select-scorecard";
