import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { createDemoDeps, DEMO_KEYS, testApp } from "./harness";
import { sqlRows } from "./sql-rows";

describe("GET /api/accounts/:id/timeline on the demo data", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  let ecmg: string;

  beforeAll(async () => {
    deps = await createDemoDeps();
    ({ call } = testApp(deps));
    [{ id: ecmg }] = await sqlRows<{ id: string }>(
      deps.db,
      sql`select id from accounts where name = '华东医疗集团第一医院'`,
    );
  });
  afterAll(() => deps.close());

  it("pages through every interaction, order and deal event of the account, newest first", async () => {
    const all: { at: string; kind: string; id: string }[] = [];
    let next: string | undefined;
    do {
      const res = await call(
        "GET",
        `/api/accounts/${ecmg}/timeline?limit=7${next ? `&cursor=${next}` : ""}`,
        DEMO_KEYS.rep1,
      );
      expect(res.status).toBe(200);
      const page = await res.json();
      all.push(...page.items);
      next = page.next;
    } while (next);
    for (let k = 1; k < all.length; k++) expect(all[k - 1].at >= all[k].at).toBe(true);
    const count = async (q: SQL) => Number((await sqlRows<{ n: string }>(deps.db, q))[0].n);
    expect(all.filter((e) => e.kind === "interaction")).toHaveLength(
      await count(sql`select count(*) as n from interactions where account_id = ${ecmg}`),
    );
    expect(all.filter((e) => e.kind === "order")).toHaveLength(
      await count(sql`select count(*) as n from orders where account_id = ${ecmg}`),
    );
    expect(all.filter((e) => e.kind === "risk_record")).toHaveLength(
      await count(sql`select count(*) as n from risk_records where account_id = ${ecmg}`),
    );
    expect(all.filter((e) => e.kind === "deal_created")).toHaveLength(
      await count(sql`select count(*) as n from opportunities where account_id = ${ecmg}`),
    );
    expect(new Set(all.map((e) => `${e.kind}:${e.id}`)).size).toBe(all.length);
  });

  it("hides another rep's account (404) and rejects a forged cursor (422)", async () => {
    expect((await call("GET", `/api/accounts/${ecmg}/timeline`, DEMO_KEYS.rep2)).status).toBe(404);
    expect((await call("GET", `/api/accounts/${ecmg}/timeline`, DEMO_KEYS.rep3)).status).toBe(404);
    expect((await call("GET", `/api/accounts/${ecmg}/timeline`, DEMO_KEYS.manager)).status).toBe(200);
    expect((await call("GET", `/api/accounts/${ecmg}/timeline?cursor=zzz`, DEMO_KEYS.rep1)).status).toBe(422);
  });
});
