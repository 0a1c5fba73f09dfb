import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps } from "../../../test/harness";
import type { Deps } from "../../deps";
import { allAccountIds, loadAccountFacts } from "./account-facts";

// The whole-book load goes in chunks of 2,000 ids (Postgres binds at most 65,535 parameters per query; the 200k
// book is in bench/book-200k.bench.ts). 4,500 accounts cross two chunk boundaries.
const N = 4_500;

describe("loadAccountFacts", () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await createTestDeps();
    await deps.dbHandle.pglite!.exec(
      `insert into accounts (id, external_id, name) select 'acc_' || lpad(g::text, 6, '0'), 'X-' || g, 'c' || g from generate_series(1, ${N}) g;
       insert into orders (id, external_id, account_id, ordered_at, amount) values ('o1', 'O-1', 'acc_004499', '2026-01-01', 5);`,
    );
  });
  afterAll(() => deps.close());

  it("loads a book across several chunks, every account once, in id order, with its records", async () => {
    const ids = await allAccountIds(deps.db);
    const facts = await loadAccountFacts(deps.db, ids);
    expect(facts.size).toBe(N);
    const keys = [...facts.keys()];
    expect([keys[0], keys[N - 1]]).toEqual(["acc_000001", "acc_004500"]);
    expect(facts.get("acc_004499")?.orders.map((o) => o.amount)).toEqual([5]);
  });
});
