import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReadOnlyToolKit, type ToolKit, VISIBLE } from "../test/tool-harness";
import { createAtRiskAccountsTool } from "./at-risk-accounts";

const tool = createAtRiskAccountsTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openReadOnlyToolKit();
});
afterAll(() => kit.close());

/** The user's accounts at these churn levels by their latest stored score, highest churn score first, in SQL. */
async function expected(userId: string, levels: string[]) {
  const rows = await kit.sql<{ name: string; score: number; level: string }>(
    `select a.name, (s.body->'churn'->>'score')::float as score, s.body->'churn'->>'level' as level
     from accounts a
     join lateral (select body from account_scores where account_id = a.id order by id desc limit 1) s on true
     where a.id in ${VISIBLE} and s.body->'churn'->>'level' = any($2)
     order by score desc, a.id`,
    [userId, levels],
  );
  return rows;
}

describe("at_risk_accounts", () => {
  it("lists a rep's medium- and high-risk accounts, highest risk first, and none of the low-risk ones", async () => {
    const { rep1 } = kit.users;
    const want = await expected(rep1.id, ["medium", "high"]);
    const all = await kit.sql(`select id from accounts where owner_id = $1`, [rep1.id]);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(all.length);
    const got = await kit.data(tool, { limit: 50 }, rep1);
    expect(got.items.map((a) => a.name)).toEqual(want.map((w) => w.name));
    expect(got.items.map((a) => a.churnScore)).toEqual(want.map((w) => w.score));
    expect(got.total).toBe(want.length);
  });

  it("lists every visible account with overdue receivables when asked for that signal, at any churn level, the largest sum past due first", async () => {
    const { rep1 } = kit.users;
    const want = await kit.sql<{ name: string }>(
      `select a.name from accounts a
       join lateral (select body from account_scores where account_id = a.id order by id desc limit 1) s on true
       cross join lateral jsonb_array_elements(s.body->'risks') r
       where a.id in ${VISIBLE} and r->>'code' = 'late_payment'
       order by coalesce((r->'facts'->>'overdueUnpaidAmount')::float, 0) desc, (s.body->'churn'->>'score')::float desc, a.id`,
      [rep1.id],
    );
    expect(want.length).toBeGreaterThan(0);
    const got = await kit.data(tool, { limit: 50, risk: "late_payment" }, rep1);
    expect(got.items.map((a) => a.name)).toEqual(want.map((w) => w.name));
    expect(got.risk).toBe("late_payment");
    for (const a of got.items) expect(a.risks.map((k) => k.code)).toContain("late_payment");
  });

  it("keeps a manager's list to one rep's accounts when asked, never beyond what the user may see", async () => {
    const { manager, rep1, rep3 } = kit.users;
    const all = await kit.data(tool, { limit: 50 }, manager);
    const mine = new Set(
      (await kit.sql<{ id: string }>("select id from accounts where owner_id = $1", [rep1.id])).map((r) => r.id),
    );
    const got = await kit.data(tool, { limit: 50, ownerId: rep1.id }, manager);
    expect(got.items.length).toBeGreaterThan(0);
    expect(got.items.map((i) => i.id)).toEqual(all.items.filter((i) => mine.has(i.id)).map((i) => i.id));
    expect((await kit.data(tool, { limit: 50, ownerId: rep3.id }, rep1)).items).toEqual([]);
  });

  it("sums the overdue amount over every account with late payment, and only when that signal is asked about", async () => {
    const { rep1 } = kit.users;
    const [sum] = await kit.sql<{ total: number }>(
      `select coalesce(sum((r->'facts'->>'overdueUnpaidAmount')::float), 0)::float as total from accounts a
       join lateral (select body from account_scores where account_id = a.id order by id desc limit 1) s on true
       cross join lateral jsonb_array_elements(s.body->'risks') r
       where a.id in ${VISIBLE} and r->>'code' = 'late_payment'`,
      [rep1.id],
    );
    expect(sum.total).toBeGreaterThan(0);
    // A short page still sums every account.
    const got = await kit.data(tool, { limit: 1, risk: "late_payment" }, rep1);
    expect(got.overdueTotal).toBeCloseTo(sum.total, 2);
    expect((await kit.data(tool, { limit: 5 }, rep1)).overdueTotal).toBeUndefined();
  });

  it("keeps only high risk when asked", async () => {
    const { admin } = kit.users;
    const want = await expected(admin.id, ["high"]);
    const got = await kit.data(tool, { minLevel: "high", limit: 50 }, admin);
    expect(got.items.map((a) => a.name)).toEqual(want.map((w) => w.name));
    expect(got.items.every((a) => a.churnLevel === "high")).toBe(true);
  });

  it("covers a manager's team only", async () => {
    const { manager, admin } = kit.users;
    const team = await expected(manager.id, ["medium", "high"]);
    const all = await expected(admin.id, ["medium", "high"]);
    expect(team.length).toBeLessThan(all.length);
    expect((await kit.data(tool, { limit: 50 }, manager)).items.map((a) => a.name)).toEqual(team.map((w) => w.name));
  });

  it("names the risk signals behind each account", async () => {
    const { admin } = kit.users;
    const got = await kit.data(tool, { limit: 50 }, admin);
    const [first] = got.items;
    const [row] = await kit.sql<{ codes: string[] }>(
      `select array(select r->>'code' from jsonb_array_elements(body->'risks') r) as codes
       from account_scores where account_id = $1 order by id desc limit 1`,
      [first.id],
    );
    expect(first.risks.map((r) => r.code)).toEqual(row.codes);
  });

  it("counts all but lists up to the limit", async () => {
    const { admin } = kit.users;
    const want = await expected(admin.id, ["medium", "high"]);
    const got = await kit.data(tool, { limit: 2 }, admin);
    expect(got.total).toBe(want.length);
    expect(got.items.map((a) => a.name)).toEqual(want.slice(0, 2).map((w) => w.name));
  });
});
