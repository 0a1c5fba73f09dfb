import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prng, syntheticBook } from "../bench/synthetic-book";
import { allAccountIds, loadAccountFacts } from "../src/db/queries/account-facts";
import { accounts, contacts, interactions, opportunities, orders, riskRecords, settings } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { scoreBook } from "../src/engine/scoring/score-book";
import type { AccountFacts } from "../src/engine/types";
import { latestScores, loadScorecardPicker, rescoreBook } from "../src/services/scores";
import { createTestDeps } from "./harness";

const NOW = new Date("2026-11-20T02:00:00Z");

/** A generated book with the awkward cases mixed in: no margin, unpaid, future orders and touches, no wallet. */
function awkwardBook(n: number, seed: number): AccountFacts[] {
  const rand = prng(seed);
  const book = syntheticBook({ n, seed, now: "2026-11-20", years: 3, prospectShare: 0.1 });
  for (const f of book) {
    f.account.id = `bk-${seed}-${f.account.id}`;
    f.account.externalId = `${f.account.id}-x`;
    if (rand() < 0.2) f.account.walletEstimate = null;
    for (const o of f.orders) {
      if (rand() < 0.1) o.margin = null;
      if (rand() < 0.05) o.paidAt = null;
      if (rand() < 0.02) o.orderedAt = "2026-12-24"; // after now: not counted
      if (rand() < 0.05) o.dueAt = null;
    }
    for (const i of f.interactions) if (rand() < 0.1) i.occurredAt = "2027-01-05T09:30:00.000Z";
  }
  return book;
}

async function insertBook(deps: Deps, book: AccountFacts[]): Promise<void> {
  const rows = <T>(pick: (f: AccountFacts) => T[]) => book.flatMap(pick);
  const prefix = (id: string, f: AccountFacts) => `${f.account.id}/${id}`;
  for (let i = 0; i < book.length; i += 200) {
    const part = book.slice(i, i + 200);
    await deps.db.insert(accounts).values(part.map((f) => ({ ...f.account, ownerId: null })));
  }
  const insertAll = async <T>(table: Parameters<Deps["db"]["insert"]>[0], list: T[]) => {
    for (let i = 0; i < list.length; i += 500) await deps.db.insert(table).values(list.slice(i, i + 500) as never);
  };
  await insertAll(
    contacts,
    rows((f) => f.contacts.map((c) => ({ ...c, id: prefix(c.id, f), accountId: f.account.id, reportsToId: null }))),
  );
  await insertAll(
    orders,
    rows((f) => f.orders.map((o) => ({ ...o, id: prefix(o.id, f), accountId: f.account.id }))),
  );
  await insertAll(
    opportunities,
    rows((f) => f.opportunities.map((o) => ({ ...o, id: prefix(o.id, f), accountId: f.account.id, ownerId: null }))),
  );
  await insertAll(
    interactions,
    rows((f) => f.interactions.map((x) => ({ ...x, id: prefix(x.id, f), accountId: f.account.id, contactId: null }))),
  );
  await insertAll(
    riskRecords,
    rows((f) => (f.riskRecords ?? []).map((r) => ({ ...r, id: prefix(r.id, f), accountId: f.account.id }))),
  );
}

describe("rescoreBook (book scoring as data, orders as columns from the database)", () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await createTestDeps();
    await insertBook(deps, [...awkwardBook(700, 3), ...awkwardBook(500, 4)]);
  }, 120_000);
  afterAll(async () => deps?.close());

  it("stores, account for account, exactly the scores the object path gives on the same database", async () => {
    // The oracle: every fact loaded as objects, then scoreBook (the implementation before issue 14).
    const ids = await allAccountIds(deps.db);
    const facts = [...(await loadAccountFacts(deps.db, ids)).values()];
    const expected = scoreBook(facts, { scorecardFor: await loadScorecardPicker(deps.db), now: NOW.toISOString() });

    const result = await rescoreBook(deps.db, NOW);
    expect(result.accounts).toBe(ids.length);
    expect(result.changed).toBe(ids.length);
    const stored = await latestScores(deps.db, ids);
    for (const score of expected.scores) expect(stored.get(score.accountId)).toEqual(score);
    const [book] = await deps.db.select().from(settings).where(eq(settings.key, "scoring.book"));
    expect(book.value).toEqual(expected.book);

    // Nothing changed: a second run stores no new row.
    expect((await rescoreBook(deps.db, NOW)).changed).toBe(0);
  }, 300_000);
});
