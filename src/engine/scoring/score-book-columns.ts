import type { Severity } from "../types";
import { LIFECYCLES, type Lifecycle, SEVERITIES, STRATEGIES, type Strategy, TIERS, type Tier } from "../types";
import { churnOf, type RiskColumns, RiskWriter } from "./book-risks";
import { BookTotals } from "./book-totals";
import { type BookStats, buildBookStatsFromColumns, EMPTY_BOOK } from "./build-book-stats";
import { chooseStrategy, type Level, type StrategyInput } from "./choose-strategy";
import { type AccountMetrics, blankMetrics } from "./compute-metrics";
import { DEFAULT_RISK_OPTIONS } from "./detect-risks";
import { lifecycleCode } from "./lifecycle-stage";
import { emptyMetricColumns, type MetricColumns, metricColumns, readMetrics } from "./metric-columns";
import { type OrderColumns, ordersOf } from "./order-columns";
import { type AccountScore, scoreAccount } from "./score-account";
import type { BookContext } from "./score-book";
import { frequencyScore, monetaryScore, recencyScore, StepScores } from "./score-rfm";
import type { Scorecard } from "./scorecard-schema";
import type { ScoringFacts } from "./scoring-facts";
import { level, type Quadrant, rating, type SegmentFigures, segmentFigures, segmentScratch } from "./segment-account";

export const QUADRANTS: Quadrant[] = ["core", "potential", "maintain", "develop"];
export const NINE_BOXES = ["low", "mid", "high"].flatMap((p) => ["low", "mid", "high"].map((c) => `${p}-${c}`));

/**
 * A whole book's scores as data (issue 14): one typed array per figure, reasons kept as codes (risk and churn codes,
 * lifecycle and strategy codes), no sentence built. The same figures as scoreBook gives, account for account
 * (score-book-columns.test.ts); `renderScore` gives the full AccountScore with every reason when a person asks.
 */
export type BookScores = {
  n: number;
  accountIds: string[];
  now: string;
  book: BookStats;
  metrics: MetricColumns;
  /** Index into `scorecards` per account. */
  scorecard: Uint16Array;
  scorecards: Scorecard[];
  total: Float64Array;
  /** Index into TIERS, LIFECYCLES, STRATEGIES, NINE_BOXES, QUADRANTS. */
  tier: Uint8Array;
  lifecycle: Uint8Array;
  strategy: Uint8Array;
  nineBox: Uint8Array;
  quadrant: Uint8Array;
  potential: Float64Array;
  contribution: Float64Array;
  /** NaN where nothing was bought the year before (null in the Segment). */
  priorContribution: Float64Array;
  /** r, f, m of account i at 3i, 3i+1, 3i+2. */
  rfm: Uint8Array;
  risks: RiskColumns;
};

/** Code to index, as records: a named load where a Map hashed the code once per account. */
const indexOf = <T extends string>(codes: readonly T[]) =>
  Object.fromEntries(codes.map((c, i) => [c, i])) as Record<T, number>;
const LIFECYCLE_INDEX = indexOf<Lifecycle>(LIFECYCLES);
const STRATEGY_INDEX = indexOf<Strategy>(STRATEGIES);
const QUADRANT_INDEX = indexOf(QUADRANTS);
/** NINE_BOXES lists potential-major, low to high: box `p-c` is at 3 × level(p) + level(c). */
const LEVEL_INDEX: Record<Level, number> = { low: 0, mid: 1, high: 2 };

/**
 * Scores the whole book into columns in two passes over the accounts. The first computes each account's metrics (one
 * pass over its orders) and, while its facts are at hand, what needs no book grid: total and tier, risks and churn,
 * lifecycle. The grids come from the metric columns; the second pass places each account on them (segment, RFM).
 * With `orders` (order columns, account i's orders for factsList[i]) each facts' own `orders` list is not read.
 */
export function scoreBookColumns(factsList: ScoringFacts[], ctx: BookContext, orders?: OrderColumns): BookScores {
  const n = factsList.length;
  const out = allocate(n, ctx.now);
  const pick = "scorecardFor" in ctx ? ctx.scorecardFor : () => ctx.scorecard;
  const cardIndex = new Map<Scorecard, number>();
  let lastCard: Scorecard | null = null;
  let lastCardIndex = 0;
  const riskOptions = ctx.riskOptions ?? DEFAULT_RISK_OPTIONS;
  const writer = new RiskWriter(n);
  const totals = new BookTotals(out.metrics, out);
  // The two ratings the second pass needs, kept here so it does not read each account's facts again.
  const ratings: Ratings = { strategic: new Float64Array(n), winnability: new Float64Array(n) };
  const visit = (i: number, facts: ScoringFacts, m: AccountMetrics) => {
    out.accountIds[i] = facts.account.id;
    ratings.strategic[i] = rating(facts.account.strategicValue);
    ratings.winnability[i] = rating(facts.account.winnability);
    const card = pick(facts.account);
    // The card of the account before is the common case: no lookup then.
    let c = card === lastCard ? lastCardIndex : cardIndex.get(card);
    if (c === undefined) {
      c = out.scorecards.length;
      out.scorecards.push(card);
      cardIndex.set(card, c);
    }
    lastCard = card;
    lastCardIndex = c;
    out.scorecard[i] = c;
    totals.score(i, facts.account, card);
    writer.account(i, facts, m, riskOptions);
    out.lifecycle[i] = LIFECYCLE_INDEX[lifecycleCode(m, facts)];
  };
  metricColumns(factsList, ctx.now, { orders, visit, into: out.metrics });
  out.risks = writer.out;
  out.book = buildBookStatsFromColumns(out.metrics);
  const figures = segmentScratch();
  const rfm: RfmSteps = {
    recency: new StepScores(recencyScore, out.book, out.book.recencyGrid),
    frequency: new StepScores(frequencyScore, out.book, out.book.frequencyGrid),
    monetary: new StepScores(monetaryScore, out.book, out.book.monetaryGrid),
  };
  for (let i = 0; i < n; i++) placeOnGrids(out, i, ratings, figures, rfm);
  return out;
}

/** Each account's strategic value and winnability as `rating` puts them on the potential scale. */
/** The three RFM scores as steps, built once per book from its grids. */
type RfmSteps = { recency: StepScores; frequency: StepScores; monetary: StepScores };

type Ratings = { strategic: Float64Array; winnability: Float64Array };

/**
 * Segment and RFM of account i against the book's grids, read straight off its metric columns (the arithmetic of
 * segmentAccount and scoreRfm, shared with them), its churn level and lifecycle already in `out`.
 */
/** One strategy input refilled per account (chooseStrategy only reads it): an object literal each was 7 MB a book. */
const STRATEGY_INPUT: Required<StrategyInput> = {
  hasOrders: false,
  potential: "low",
  contribution: "low",
  growth: null,
  churnLevel: "low",
  priorContribution: null,
  lifecycle: "prospect",
};

function placeOnGrids(out: BookScores, i: number, ratings: Ratings, figures: SegmentFigures, rfm: RfmSteps): void {
  const c = out.metrics;
  const book = out.book;
  const growth = c.growth[i];
  const f = segmentFigures(
    ratings.strategic[i],
    ratings.winnability[i],
    c.walletHeadroom[i],
    growth,
    c.revenue12m[i],
    c.revenuePrev12m[i],
    c.grossProfit12m[i],
    c.marginRate[i],
    book,
    figures,
  );
  const prior = f.priorContribution;
  const input = STRATEGY_INPUT;
  input.hasOrders = !Number.isNaN(c.firstOrderDay[i]);
  input.potential = f.p;
  input.contribution = f.c;
  input.growth = Number.isNaN(growth) ? null : growth;
  input.churnLevel = SEVERITIES[out.risks.churnLevel[i]];
  input.priorContribution = Number.isNaN(prior) ? null : level(prior);
  input.lifecycle = LIFECYCLES[out.lifecycle[i]];
  const { strategy } = chooseStrategy(input);
  out.strategy[i] = STRATEGY_INDEX[strategy];
  out.nineBox[i] = 3 * LEVEL_INDEX[f.p] + LEVEL_INDEX[f.c];
  out.quadrant[i] = QUADRANT_INDEX[f.quadrant];
  out.potential[i] = f.potential;
  out.contribution[i] = f.contribution;
  out.priorContribution[i] = prior;
  const recency = c.recencyDays[i];
  // scoreRfm: an account that never ordered scores 0 on all three (the columns start zeroed).
  if (Number.isNaN(recency)) return;
  out.rfm[3 * i] = rfm.recency.of(recency);
  out.rfm[3 * i + 1] = rfm.frequency.of(c.orders12m[i]);
  out.rfm[3 * i + 2] = rfm.monetary.of(c.revenue12m[i]);
}

function allocate(n: number, now: string): BookScores {
  return {
    n,
    accountIds: new Array<string>(n),
    now,
    book: EMPTY_BOOK,
    metrics: emptyMetricColumns(n),
    scorecard: new Uint16Array(n),
    scorecards: [],
    total: new Float64Array(n),
    tier: new Uint8Array(n),
    lifecycle: new Uint8Array(n),
    strategy: new Uint8Array(n),
    nineBox: new Uint8Array(n),
    quadrant: new Uint8Array(n),
    potential: new Float64Array(n),
    contribution: new Float64Array(n),
    priorContribution: new Float64Array(n),
    rfm: new Uint8Array(3 * n),
    risks: new RiskWriter(0).out,
  };
}

/** Account i's figures and codes, without sentences: what a list, a sort or a store needs. */
export type ScoreCodes = {
  accountId: string;
  scorecard: string;
  total: number;
  tier: Tier;
  lifecycle: Lifecycle;
  strategy: Strategy;
  nineBox: string;
  quadrant: Quadrant;
  potential: number;
  contribution: number;
  priorContribution: number | null;
  rfm: { r: number; f: number; m: number };
  risks: { code: string; severity: Severity }[];
  churn: { score: number; level: Severity; drivers: string[]; floor: string | null };
};

export function scoreCodes(s: BookScores, i: number): ScoreCodes {
  const r = s.risks;
  const risks: ScoreCodes["risks"] = [];
  for (let k = r.riskStart[i]; k < r.riskStart[i + 1]; k++)
    risks.push({ code: r.codes[r.riskCode[k]], severity: SEVERITIES[r.riskSeverity[k]] });
  const recency = s.metrics.recencyDays[i];
  const prior = s.priorContribution[i];
  return {
    accountId: s.accountIds[i],
    scorecard: s.scorecards[s.scorecard[i]].id,
    total: s.total[i],
    tier: TIERS[s.tier[i]],
    lifecycle: LIFECYCLES[s.lifecycle[i]],
    strategy: STRATEGIES[s.strategy[i]],
    nineBox: NINE_BOXES[s.nineBox[i]],
    quadrant: QUADRANTS[s.quadrant[i]],
    potential: s.potential[i],
    contribution: s.contribution[i],
    priorContribution: Number.isNaN(prior) ? null : prior,
    rfm: { r: s.rfm[3 * i], f: s.rfm[3 * i + 1], m: s.rfm[3 * i + 2] },
    risks,
    churn: churnOf(r, i, Number.isNaN(recency) ? null : recency),
  };
}

/**
 * The full score of account i with every reason in words, rendered when a person asks: scoreAccount on the same
 * facts, book grids and scorecard, so its figures are the ones in the columns. When the book was scored from order
 * columns, pass them: the receivables aging in a late-payment reason reads the account's orders.
 */
export function renderScore(
  s: BookScores,
  i: number,
  facts: ScoringFacts,
  ctx: Pick<BookContext, "riskOptions">,
  orders?: OrderColumns,
): AccountScore {
  const metrics = readMetrics(s.metrics, i, facts.account.id, blankMetrics());
  const full = orders ? { ...facts, orders: ordersOf(orders, i, facts.account.id) } : facts;
  return scoreAccount(full, {
    scorecard: s.scorecards[s.scorecard[i]],
    now: s.now,
    book: s.book,
    riskOptions: ctx.riskOptions,
    metrics,
  });
}

/** The same codes read off a full AccountScore (a single-account re-score, or a stored score). */
export function codesOfScore(s: AccountScore): ScoreCodes {
  return {
    accountId: s.accountId,
    scorecard: s.scorecard,
    total: s.total,
    tier: s.tier,
    lifecycle: s.lifecycle,
    strategy: s.segment.strategy,
    nineBox: s.segment.nineBox,
    quadrant: s.segment.quadrant,
    potential: s.segment.potential,
    contribution: s.segment.contribution,
    priorContribution: s.segment.priorContribution,
    rfm: s.rfm,
    risks: s.risks.map((r) => ({ code: r.code, severity: r.severity })),
    churn: {
      score: s.churn.score,
      level: s.churn.level,
      drivers: s.churn.drivers,
      floor: s.churn.floor?.signal ?? null,
    },
  };
}
