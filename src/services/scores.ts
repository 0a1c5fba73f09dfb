import { desc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Executor } from "../db/client";
import { allAccountIds, loadAccountFacts } from "../db/queries/account-facts";
import { accountScores, scorecards, settings } from "../db/schema";
import { type BookStats, buildBookStats } from "../engine/scoring/build-book-stats";
import { type AccountMetrics, computeMetrics } from "../engine/scoring/compute-metrics";
import { defaultScorecard } from "../engine/scoring/default-scorecard";
import { type AccountScore, scoreAccount } from "../engine/scoring/score-account";
import type { Scorecard } from "../engine/scoring/scorecard-schema";
import { ScorecardSchema } from "../engine/scoring/scorecard-schema";
import { type ScorecardAssignment, selectScorecard } from "../engine/scoring/select-scorecard";
import type { Account, AccountFacts } from "../engine/types";

const BOOK_KEY = "scoring.book";
const ASSIGNMENTS_KEY = "scoring.assignments";
const CHUNK = 1000;

/** The stored scorecards and which segment uses which; the default scorecard when none applies. */
export async function loadScorecardPicker(db: Executor): Promise<(account: Account) => Scorecard> {
  const rows = await db.select().from(scorecards);
  const cards = rows.map((r) => ScorecardSchema.parse(r.config));
  const [assign] = await db.select().from(settings).where(eq(settings.key, ASSIGNMENTS_KEY));
  const assignments = (assign?.value ?? []) as ScorecardAssignment[];
  return (account) => selectScorecard(account, cards, assignments, defaultScorecard);
}

/** Scores every account against the whole book and stores the book's grids for later single-account re-scores. */
export async function rescoreBook(db: Db, now: Date): Promise<{ accounts: number; changed: number }> {
  const ids = await allAccountIds(db);
  const facts = [...(await loadAccountFacts(db, ids)).values()];
  const pick = await loadScorecardPicker(db);
  const { scores, book } = await scoreBookInSlices(facts, now.toISOString(), pick);
  return db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ key: BOOK_KEY, value: book })
      .onConflictDoUpdate({ target: settings.key, set: { value: book, updatedAt: sql`now()` } });
    const changed = await storeScores(tx, scores, now);
    return { accounts: scores.length, changed };
  });
}

const SLICE = 1000;
const yieldTurn = () => new Promise((r) => setImmediate(r));

/**
 * The engine's scoreBook (metrics, the book's grids, then each account against them), in slices with a turn of the
 * event loop between them: a 200k-account book must not hold every other request (and /healthz) for seconds.
 */
async function scoreBookInSlices(factsList: AccountFacts[], now: string, pick: (a: Account) => Scorecard) {
  const metrics: AccountMetrics[] = new Array(factsList.length);
  for (let i = 0; i < factsList.length; i++) {
    metrics[i] = computeMetrics(factsList[i], now);
    if (i % SLICE === SLICE - 1) await yieldTurn();
  }
  const book = buildBookStats(metrics);
  const scores: AccountScore[] = new Array(factsList.length);
  for (let i = 0; i < factsList.length; i++) {
    const facts = factsList[i];
    scores[i] = scoreAccount(facts, { scorecard: pick(facts.account), now, book, metrics: metrics[i] });
    if (i % SLICE === SLICE - 1) await yieldTurn();
  }
  return { scores, book };
}

/**
 * Re-scores the given accounts after a write (import, order, interaction), on the stored book grids: O(those
 * accounts). Without stored grids (a new database) it scores the whole book instead.
 */
export async function rescoreAccounts(db: Executor, accountIds: string[], now: Date): Promise<number> {
  if (!accountIds.length) return 0;
  const [stored] = await db.select().from(settings).where(eq(settings.key, BOOK_KEY));
  if (!stored) return (await rescoreBook(db as Db, now)).changed;
  const book = stored.value as BookStats;
  const pick = await loadScorecardPicker(db);
  let changed = 0;
  for (let i = 0; i < accountIds.length; i += CHUNK) {
    const facts = await loadAccountFacts(db, accountIds.slice(i, i + CHUNK));
    const scores = [...facts.values()].map((f) =>
      scoreAccount(f, { scorecard: pick(f.account), now: now.toISOString(), book }),
    );
    changed += await storeScores(db, scores, now);
  }
  return changed;
}

/** Appends a history row where the score changed, and keeps the account's current tier/total/strategy in step. */
async function storeScores(tx: Executor, scores: AccountScore[], now: Date): Promise<number> {
  let changed = 0;
  for (let i = 0; i < scores.length; i += CHUNK) {
    // A turn of the event loop per chunk: a whole-book store is hundreds of chunks (see scoreBookInSlices).
    if (i > 0) await yieldTurn();
    const part = scores.slice(i, i + CHUNK);
    const latest = await latestScores(
      tx,
      part.map((s) => s.accountId),
    );
    const fresh = part.filter(
      (s) => JSON.stringify(withoutAsOf(latest.get(s.accountId))) !== JSON.stringify(withoutAsOf(s)),
    );
    if (!fresh.length) continue;
    changed += fresh.length;
    await yieldTurn();
    await tx.insert(accountScores).values(
      fresh.map((s) => ({
        accountId: s.accountId,
        computedAt: now.toISOString(),
        scorecardId: s.scorecard,
        total: s.total,
        tier: s.tier,
        strategy: s.segment.strategy,
        body: s,
      })),
    );
    const values = sql.join(
      fresh.map((s) => sql`(${s.accountId}, ${s.total}::float8, ${s.tier}, ${s.segment.strategy})`),
      sql`, `,
    );
    await yieldTurn();
    await tx.execute(
      sql`update accounts set score_total = v.total, tier = v.tier, strategy = v.strategy, scored_at = ${now.toISOString()} from (values ${values}) as v(id, total, tier, strategy) where accounts.id = v.id`,
    );
  }
  return changed;
}

const withoutAsOf = (s: AccountScore | undefined) => (s ? { ...s, asOf: undefined } : null);

export async function latestScores(db: Executor, accountIds: string[]): Promise<Map<string, AccountScore>> {
  if (!accountIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([accountScores.accountId], { accountId: accountScores.accountId, body: accountScores.body })
    .from(accountScores)
    .where(inArray(accountScores.accountId, accountIds))
    .orderBy(accountScores.accountId, desc(accountScores.id));
  return new Map(rows.map((r) => [r.accountId, r.body as AccountScore]));
}

/** The current score, computing (and storing) it when the account has never been scored. */
export async function currentScore(db: Db, accountId: string, now: Date): Promise<AccountScore | null> {
  const stored = (await latestScores(db, [accountId])).get(accountId);
  if (stored) return stored;
  await rescoreAccounts(db, [accountId], now);
  return (await latestScores(db, [accountId])).get(accountId) ?? null;
}

/** The score as it stood `days` ago (the newest row computed before then), for week-over-week changes. */
export async function scoreAsOf(db: Executor, accountId: string, before: Date): Promise<AccountScore | null> {
  const [row] = await db
    .select({ body: accountScores.body })
    .from(accountScores)
    .where(sql`${accountScores.accountId} = ${accountId} and ${accountScores.computedAt} < ${before.toISOString()}`)
    .orderBy(desc(accountScores.id))
    .limit(1);
  return (row?.body as AccountScore) ?? null;
}
