import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { allAccountIds } from "../db/queries/account-facts";
import { loadBookColumns } from "../db/queries/book-columns";
import { settings } from "../db/schema";
import type { OrderColumns } from "../engine/scoring/order-columns";
import type { AccountScore } from "../engine/scoring/score-account";
import { type BookScores, renderScore, scoreBookColumns } from "../engine/scoring/score-book-columns";
import type { ScoringFacts } from "../engine/scoring/scoring-facts";
import { BOOK_KEY, loadScorecardPicker, storeScores } from "./scores";

/** Accounts rendered and stored per batch: one batch of full scores is alive at a time, not the whole book's. */
const BATCH = 1000;
const yieldTurn = () => new Promise((r) => setImmediate(r));

/**
 * Scores every account against the whole book and stores the book's grids for later single-account re-scores.
 * Book scoring as data (issue 14): orders load as typed columns, the book scores into columns (figures and codes),
 * then each batch's scores are rendered with their reasons (what the API and the chat read back) and stored.
 */
export async function rescoreBook(db: Db, now: Date): Promise<{ accounts: number; changed: number }> {
  const nowIso = now.toISOString();
  const ids = await allAccountIds(db);
  const { facts, orders } = await loadBookColumns(db, ids, nowIso);
  const pick = await loadScorecardPicker(db);
  await yieldTurn();
  const scored = scoreBookColumns(facts, { scorecardFor: pick, now: nowIso }, orders);
  await yieldTurn();
  return db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ key: BOOK_KEY, value: scored.book })
      .onConflictDoUpdate({ target: settings.key, set: { value: scored.book, updatedAt: sql`now()` } });
    let changed = 0;
    for (let from = 0; from < scored.n; from += BATCH) {
      if (from > 0) await yieldTurn();
      changed += await storeScores(tx, renderBatch(scored, facts, orders, from, Math.min(scored.n, from + BATCH)), now);
    }
    return { accounts: scored.n, changed };
  });
}

function renderBatch(s: BookScores, facts: ScoringFacts[], orders: OrderColumns, from: number, to: number) {
  const out: AccountScore[] = new Array(to - from);
  for (let i = from; i < to; i++) out[i - from] = renderScore(s, i, facts[i], {}, orders);
  return out;
}
