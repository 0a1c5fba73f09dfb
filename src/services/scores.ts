import { desc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Executor } from "../db/client";
import { loadAccountFacts } from "../db/queries/account-facts";
import { accountScores, scorecards, settings } from "../db/schema";
import type { BookStats } from "../engine/scoring/build-book-stats";
import { defaultScorecard } from "../engine/scoring/default-scorecard";
import { type AccountScore, scoreAccount } from "../engine/scoring/score-account";
import type { Scorecard } from "../engine/scoring/scorecard-schema";
import { ScorecardSchema } from "../engine/scoring/scorecard-schema";
import type { ScoringAccount } from "../engine/scoring/scoring-facts";
import { type ScorecardAssignment, selectScorecard } from "../engine/scoring/select-scorecard";
import { rescoreBook as rescoreBookColumns } from "./rescore-book";

export const BOOK_KEY = "scoring.book";
const ASSIGNMENTS_KEY = "scoring.assignments";
const CHUNK = 1000;

/** The stored scorecards and which segment uses which; the default scorecard when none applies. */
export async function loadScorecardPicker(db: Executor): Promise<(account: ScoringAccount) => Scorecard> {
  const rows = await db.select().from(scorecards);
  const cards = rows.map((r) => ScorecardSchema.parse(r.config));
  const [assign] = await db.select().from(settings).where(eq(settings.key, ASSIGNMENTS_KEY));
  const assignments = (assign?.value ?? []) as ScorecardAssignment[];
  return (account) => selectScorecard(account, cards, assignments, defaultScorecard);
}

export { rescoreBook } from "./rescore-book";

const yieldTurn = () => new Promise((r) => setImmediate(r));

/**
 * Re-scores the given accounts after a write (import, order, interaction), on the stored book grids: O(those
 * accounts). Without stored grids (a new database) it scores the whole book instead.
 */
export async function rescoreAccounts(db: Executor, accountIds: string[], now: Date): Promise<number> {
  if (!accountIds.length) return 0;
  const [stored] = await db.select().from(settings).where(eq(settings.key, BOOK_KEY));
  if (!stored) return (await rescoreBookColumns(db as Db, now)).changed;
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
export async function storeScores(tx: Executor, scores: AccountScore[], now: Date): Promise<number> {
  let changed = 0;
  for (let i = 0; i < scores.length; i += CHUNK) {
    // A turn of the event loop per chunk: a whole-book store is hundreds of chunks.
    if (i > 0) await yieldTurn();
    const part = scores.slice(i, i + CHUNK);
    const latest = await latestScores(
      tx,
      part.map((s) => s.accountId),
    );
    const fresh = part.filter((s) => !sameAsStored(latest.get(s.accountId), s));
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

/**
 * Whether a fresh score says what the stored one says, as JSON, the as-of date aside. Stored bodies come back from
 * jsonb with their keys reordered, so a text comparison would call every score changed and append a history row
 * for every account on every whole-book re-score.
 */
function sameAsStored(stored: AccountScore | undefined, fresh: AccountScore): boolean {
  return stored !== undefined && jsonEqual({ ...stored, asOf: undefined }, { ...fresh, asOf: undefined });
}

/** Deep equality with JSON's meaning: key order ignored, a key holding undefined the same as no key. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => jsonEqual(x ?? null, b[i] ?? null));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    defined++;
    if (!jsonEqual(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) defined--;
  return defined === 0;
}

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
