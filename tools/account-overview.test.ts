import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_NOW } from "../test/harness";
import { openToolKit, type ToolKit } from "../test/tool-harness";
import { accountOf, latestScoreBody, revenueOf } from "../test/tool-sql";
import { createAccountOverviewTool } from "./account-overview";

const tool = createAccountOverviewTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openToolKit();
});
afterAll(() => kit.close());

describe("account_overview", () => {
  it("gives the account's revenue, score, open deals and key people as stored", async () => {
    const { rep1 } = kit.users;
    const acc = await accountOf(kit, rep1.id);
    const got = await kit.data(tool, { accountId: acc.id }, rep1);
    const [row] = await kit.sql<{ region: string; industry: string; wallet: number | null }>(
      `select region, industry, wallet_estimate as wallet from accounts where id = $1`,
      [acc.id],
    );
    expect(got.account).toMatchObject({ id: acc.id, name: acc.name, region: row.region, industry: row.industry });

    const rev = await revenueOf(kit, acc.id, TEST_NOW.slice(0, 10));
    expect(got.metrics.revenue12m).toBeCloseTo(rev.revenue12m, 1);
    expect(got.metrics.revenuePrev12m).toBeCloseTo(rev.revenuePrev12m, 1);
    expect(got.metrics.walletEstimate).toBe(row.wallet);

    const body = await latestScoreBody(kit, acc.id);
    expect(got.score).toMatchObject({ total: body.total, tier: body.tier });

    const open = await kit.sql<{ name: string }>(
      `select name from opportunities where account_id = $1 and status = 'open' order by id`,
      [acc.id],
    );
    expect(got.openOpportunities.map((o) => o.name)).toEqual(open.map((o) => o.name));

    const people = await kit.sql<{ name: string; n: string }>(
      `select name, count(*) over () as n from contacts where account_id = $1 and not left_company
       order by influence desc nulls last, id limit 4`,
      [acc.id],
    );
    expect(got.contacts.total).toBe(Number(people[0].n));
    expect(got.contacts.key.map((c) => c.name)).toEqual(people.map((p) => p.name));
  });

  it("says what each account still owes as the orders table has it: unpaid, overdue, the next payment due", async () => {
    const { admin } = kit.users;
    const today = TEST_NOW.slice(0, 10);
    const rows = await kit.sql<{ id: string; unpaid: number; overdue: number; next: string | null }>(
      `select account_id as id, sum(amount)::float as unpaid,
              coalesce(sum(amount) filter (where due_at::date < $1::date), 0)::float as overdue,
              to_char(min(due_at::date) filter (where due_at::date >= $1::date), 'YYYY-MM-DD') as next
       from orders where paid_at is null group by account_id order by account_id limit 6`,
      [today],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const got = await kit.data(tool, { accountId: row.id }, admin);
      expect(got.receivables).toMatchObject({ unpaid: row.unpaid, overdue: row.overdue, nextDueAt: row.next });
    }
    const [paid] = await kit.sql<{ id: string }>(
      `select id from accounts a where not exists (select 1 from orders o where o.account_id = a.id and o.paid_at is null)
       order by id limit 1`,
    );
    expect((await kit.data(tool, { accountId: paid.id }, admin)).receivables).toBeNull();
  });

  it("names the competitors in play: on open deals and close to current contacts", async () => {
    const { rep1 } = kit.users;
    const rows = await kit.sql<{ id: string; comp: string }>(
      `select a.id, coalesce(o.competitor, c.competitor) as comp from accounts a
         left join opportunities o on o.account_id = a.id and o.status = 'open' and o.competitor is not null
         left join contacts c on c.account_id = a.id and not c.left_company and c.competitor is not null
       where a.owner_id = $1 and coalesce(o.competitor, c.competitor) is not null order by a.id limit 1`,
      [rep1.id],
    );
    expect(rows.length).toBe(1);
    const want = await kit.sql<{ comp: string }>(
      `select distinct comp from (
         select competitor as comp from opportunities where account_id = $1 and status = 'open'
         union all select competitor from contacts where account_id = $1 and not left_company) x
       where comp is not null and trim(comp) <> '' order by comp`,
      [rows[0].id],
    );
    const got = await kit.data(tool, { accountId: rows[0].id }, rep1);
    expect([...(got.competitors ?? [])].sort()).toEqual(want.map((w) => w.comp).sort());
  });

  it("gives the latest order and a period's orders with their count and total, as the orders table has them", async () => {
    const { rep1 } = kit.users;
    const acc = await accountOf(kit, rep1.id);
    const orders = await kit.sql<{ day: string; amount: number; product: string | null }>(
      `select to_char(o.ordered_at, 'YYYY-MM-DD') as day, o.amount, coalesce(p.name, o.product_sku) as product
       from orders o left join products p on p.sku = o.product_sku
       where o.account_id = $1 and o.ordered_at <= $2::timestamptz order by o.ordered_at desc, o.id`,
      [acc.id, TEST_NOW],
    );
    expect(orders.length).toBeGreaterThan(1);
    const latest = await kit.data(tool, { accountId: acc.id, orders: {} }, rep1);
    expect(latest.orders?.last).toEqual({ date: orders[0].day, amount: orders[0].amount, product: orders[0].product });
    // The year of the oldest order: its orders, newest first, counted and summed.
    const year = orders.at(-1)!.day.slice(0, 4);
    const inYear = orders.filter((o) => o.day.startsWith(year));
    const period = await kit.data(
      tool,
      { accountId: acc.id, orders: { from: `${year}-01-01`, to: `${year}-12-31` } },
      rep1,
    );
    expect(period.orders).toMatchObject({ count: inYear.length, from: `${year}-01-01`, to: `${year}-12-31` });
    expect(period.orders?.total).toBeCloseTo(
      inYear.reduce((s, o) => s + o.amount, 0),
      2,
    );
    expect(period.orders?.items.map((o) => o.date)).toEqual(inYear.slice(0, 5).map((o) => o.day));
    // Not asked, not given.
    expect((await kit.data(tool, { accountId: acc.id }, rep1)).orders).toBeUndefined();
  });

  it("names the parent and children of a group account", async () => {
    const { admin } = kit.users;
    const [parent] = await kit.sql<{ id: string; name: string }>(
      `select p.id, p.name from accounts p where exists (select 1 from accounts c where c.parent_id = p.id)
       order by p.id limit 1`,
    );
    const kids = await kit.sql<{ name: string }>(`select name from accounts where parent_id = $1 order by name, id`, [
      parent.id,
    ]);
    const got = await kit.data(tool, { accountId: parent.id }, admin);
    expect(got.account.children).toEqual(kids.map((k) => k.name));
    const child = await kit.data(
      tool,
      {
        accountId: (
          await kit.sql<{ id: string }>(`select id from accounts where parent_id = $1 order by id limit 1`, [parent.id])
        )[0].id,
      },
      admin,
    );
    expect(child.account.parent).toBe(parent.name);
  });

  it("answers another team's account exactly as a missing one", async () => {
    const { rep1, rep3, manager } = kit.users;
    const acc = await accountOf(kit, rep3.id);
    const theirs = await kit.run(tool, { accountId: acc.id }, rep1);
    const missing = await kit.run(tool, { accountId: "no-such-account" }, rep1);
    expect(theirs).toEqual(missing);
    expect(theirs.ok).toBe(false);
    // The 华东 manager does not see a 华北 account either, but sees their own rep's.
    expect((await kit.run(tool, { accountId: acc.id }, manager)).ok).toBe(false);
    expect((await kit.run(tool, { accountId: (await accountOf(kit, rep1.id)).id }, manager)).ok).toBe(true);
  });

  it("quotes the newest notes that mention what was asked about, and says when none does", async () => {
    const { rep1 } = kit.users;
    const acc = await accountOf(kit, rep1.id);
    await kit.sql(
      `insert into interactions (id, account_id, kind, occurred_at, summary) values
       ('i-pay-1', $1, 'call', '2026-11-10T02:00:00Z', '财务说货款要等信用证改好才能付'),
       ('i-pay-2', $1, 'visit', '2026-11-12T02:00:00Z', 'They will pay once the L/C is amended')`,
      [acc.id],
    );
    const got = await kit.data(tool, { accountId: acc.id, about: ["信用证", "l/c"] }, rep1);
    expect(got.notes?.items.map((i) => [i.date.slice(0, 10), i.summary])).toEqual([
      ["2026-11-12", "They will pay once the L/C is amended"],
      ["2026-11-10", "财务说货款要等信用证改好才能付"],
    ]);
    expect((await kit.data(tool, { accountId: acc.id, about: ["返点"] }, rep1)).notes?.items).toEqual([]);
    expect((await kit.data(tool, { accountId: acc.id }, rep1)).notes).toBeUndefined();
  });
});
