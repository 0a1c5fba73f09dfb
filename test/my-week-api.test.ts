import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { createDemoDeps, DEMO_KEYS, TEST_NOW, testApp } from "./harness";
import { sqlRows } from "./sql-rows";

type Item = {
  kind: string;
  accountId: string;
  ownerId: string | null;
  due: string;
  priority: number;
  reason: { code: string; numbers: Record<string, unknown> };
  text: { zh: string; en: string };
  ref: Record<string, string>;
};
type Week = { items: Item[]; byRep?: { rep: { name: string }; items: Item[] }[] };

const TODAY = TEST_NOW.slice(0, 10);

describe("GET /api/my-week on the demo data", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  const rows = <T>(q: SQL) => sqlRows<T>(deps.db, q);
  const idsOf = async (name: string) =>
    new Set(
      (
        await rows<{ id: string }>(
          sql`select a.id from accounts a join users u on u.id = a.owner_id where u.name = ${name}`,
        )
      ).map((r) => r.id),
    );
  const week = async (key: string, query = "days=7"): Promise<Week> => {
    const res = await call("GET", `/api/my-week?${query}`, key);
    expect(res.status).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    deps = await createDemoDeps();
    ({ call } = testApp(deps));
  });
  afterAll(() => deps.close());

  it("lists only the rep's own accounts, ranked by priority", async () => {
    const w = await week(DEMO_KEYS.rep1);
    const mine = await idsOf("李伟");
    expect(w.items.length).toBeGreaterThan(3);
    for (const i of w.items) expect(mine.has(i.accountId)).toBe(true);
    for (let k = 1; k < w.items.length; k++)
      expect(w.items[k - 1].priority).toBeGreaterThanOrEqual(w.items[k].priority);
    expect(w.byRep).toBeUndefined();
  });

  it("states each overdue touchpoint's gap as counted from the interactions and contacts", async () => {
    const touches = (await week(DEMO_KEYS.rep1)).items.filter((i) => i.reason.code === "touch_overdue");
    expect(touches.length).toBeGreaterThan(0);
    for (const t of touches) {
      const cadence = t.reason.numbers.cadence as string;
      // The last touch that counts for the cadence: executives only, face-to-face only, or any.
      const exec = cadence === "monthly_exec_touch" || cadence === "winback_review";
      const f2f = cadence === "quarterly_business_review";
      const [{ last }] = await rows<{ last: string }>(sql`
        select greatest(
          (select max((i.occurred_at at time zone 'UTC')::date) from interactions i left join contacts c on c.id = i.contact_id
            where i.account_id = ${t.accountId} and (i.occurred_at at time zone 'UTC')::date <= ${TODAY}::date
              and (${!exec} or c.role in ('decision_maker','approver')) and (${!f2f} or i.kind in ('visit','meeting'))),
          (select max(c.last_contact_at) from contacts c where c.account_id = ${t.accountId} and ${!f2f}
              and c.last_contact_at <= ${TODAY}::date and (${!exec} or c.role in ('decision_maker','approver')))
        )::text as last`);
      // an account never touched (one of the demo's hard situations) has no gap to recount here
      if (last === null) continue;
      const days = Math.round((Date.parse(TODAY) - Date.parse(last)) / 86_400_000);
      expect(t.reason.numbers.daysSince, `${t.accountId} ${cadence}`).toBe(days);
      expect(t.text.zh).toContain(`${days} 天`);
    }
  });

  it("sums each account's overdue receivables as the orders table does", async () => {
    const items = (await week(DEMO_KEYS.admin, "days=7")).items.filter((i) => i.kind === "receivable");
    expect(items.length).toBeGreaterThan(0);
    for (const r of items) {
      const [s] = await rows<{ amount: number; n: number; oldest: string }>(sql`
        select sum(amount)::float8 as amount, count(*)::int as n, min(due_at)::text as oldest from orders
        where account_id = ${r.accountId} and due_at < ${TODAY}::date and paid_at is null`);
      expect(r.reason.numbers).toMatchObject({ amount: s.amount, invoices: s.n });
      expect(r.due).toBe(s.oldest);
    }
  });

  it("lists every open deal of the book whose expected close falls by the window's end", async () => {
    const items = (await week(DEMO_KEYS.admin, "days=14")).items.filter((i) => i.kind === "deal_closing");
    const expected = await rows<{ id: string }>(sql`
      select id from opportunities where status = 'open' and expected_close <= (${TODAY}::date + 14) order by id`);
    expect(items.map((i) => i.ref.opportunityId).sort()).toEqual(expected.map((e) => e.id));
  });

  it("gives the same answer for the same now", async () => {
    expect(await week(DEMO_KEYS.manager)).toEqual(await week(DEMO_KEYS.manager));
  });

  it("shows a manager the team's items per rep, and one rep's book with the rep filter", async () => {
    const w = await week(DEMO_KEYS.manager);
    expect(w.byRep?.map((g) => g.rep.name).sort()).toEqual(["张静", "李伟"]);
    expect(w.byRep?.reduce((s, g) => s + g.items.length, 0)).toBe(w.items.length);
    const zhang = await week(DEMO_KEYS.manager, `days=7&rep=${encodeURIComponent("张静")}`);
    const theirs = await idsOf("张静");
    expect(zhang.items.length).toBeGreaterThan(0);
    for (const i of zhang.items) expect(theirs.has(i.accountId)).toBe(true);
    expect(zhang.items).toEqual(w.byRep?.find((g) => g.rep.name === "张静")?.items);
  });

  it("answers 404 when a rep asks about another rep's book, and 422 for a bad window", async () => {
    expect((await call("GET", `/api/my-week?rep=${encodeURIComponent("张静")}`, DEMO_KEYS.rep1)).status).toBe(404);
    expect((await call("GET", `/api/my-week?rep=${encodeURIComponent("刘洋")}`, DEMO_KEYS.manager)).status).toBe(404);
    const bad = await call("GET", "/api/my-week?days=0", DEMO_KEYS.rep1);
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.message).toContain("days");
    expect((await call("GET", "/api/my-week?days=abc", DEMO_KEYS.rep1)).status).toBe(422);
    expect((await call("GET", "/api/my-week", null)).status).toBe(401);
  });
});
