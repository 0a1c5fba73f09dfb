import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReadOnlyToolKit, type ToolKit, VISIBLE } from "../test/tool-harness";
import { createFindDealsTool } from "./find-deals";

const tool = createFindDealsTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openReadOnlyToolKit();
});
afterAll(() => kit.close());

describe("find_deals", () => {
  it("lists the rep's open deals at a stage and above a size, biggest first, with their total, in SQL", async () => {
    const { rep1 } = kit.users;
    const [{ stage }] = await kit.sql<{ stage: string }>(
      `select o.stage from opportunities o where o.account_id in ${VISIBLE} and o.status = 'open'
       group by o.stage order by count(*) desc, o.stage limit 1`,
      [rep1.id],
    );
    const want = await kit.sql<{ id: string; amount: number }>(
      `select o.id, o.amount from opportunities o where o.account_id in ${VISIBLE} and o.status = 'open'
         and o.stage = $2 and o.amount >= $3
       order by o.amount desc nulls last, o.expected_close asc, o.id`,
      [rep1.id, stage, 100_000],
    );
    expect(want.length).toBeGreaterThan(0);
    const got = await kit.data(tool, { stages: [stage as "negotiation"], minAmount: 100_000 }, rep1);
    expect(got.items.map((d) => d.opportunityId)).toEqual(want.map((w) => w.id));
    expect(got.total).toBe(want.length);
    expect(got.totalAmount).toBeCloseTo(
      want.reduce((s, w) => s + Number(w.amount), 0),
      2,
    );
    expect(got.items.every((d) => d.stage === stage && (d.amount ?? 0) >= 100_000)).toBe(true);
  });

  it("orders by close date when asked, and filters open deals by the day they are expected to close", async () => {
    const { rep1 } = kit.users;
    const want = await kit.sql<{ id: string }>(
      `select o.id from opportunities o where o.account_id in ${VISIBLE} and o.status = 'open'
         and o.expected_close >= '2026-12-01' and o.expected_close <= '2027-03-31'
       order by o.expected_close asc nulls last, o.amount desc, o.id`,
      [rep1.id],
    );
    expect(want.length).toBeGreaterThan(1);
    const got = await kit.data(tool, { from: "2026-12-01", to: "2027-03-31", sortBy: "close", limit: 50 }, rep1);
    expect(got.items.map((d) => d.opportunityId)).toEqual(want.map((w) => w.id));
  });

  it("covers one rep's accounts for the manager, and nothing of a rep the user does not see", async () => {
    const { manager, rep1, rep2 } = kit.users;
    const want = await kit.sql<{ id: string }>(
      `select o.id from opportunities o join accounts a on a.id = o.account_id
       where o.account_id in ${VISIBLE} and a.owner_id = $2 and o.status = 'open'
       order by o.amount desc nulls last, o.expected_close asc, o.id`,
      [manager.id, rep1.id],
    );
    expect(want.length).toBeGreaterThan(0);
    const got = await kit.data(tool, { ownerId: rep1.id, limit: 50 }, manager);
    expect(got.items.map((d) => d.opportunityId)).toEqual(want.map((w) => w.id));
    expect(got.ownerName).toBe(rep1.name);
    // rep1 asking for rep2's deals sees none of them.
    const theirs = await kit.data(tool, { ownerId: rep2.id, status: "all", limit: 50 }, rep1);
    expect(theirs.items).toEqual([]);
  });

  it("lists lost deals by the day they closed", async () => {
    const { rep1 } = kit.users;
    const want = await kit.sql<{ id: string }>(
      `select o.id from opportunities o where o.account_id in ${VISIBLE} and o.status = 'lost'
         and o.closed_at >= '2026-01-01'
       order by o.amount desc nulls last, o.closed_at asc, o.id`,
      [rep1.id],
    );
    expect(want.length).toBeGreaterThan(0);
    const got = await kit.data(tool, { status: "lost", from: "2026-01-01", limit: 50 }, rep1);
    expect(got.items.map((d) => d.opportunityId)).toEqual(want.map((w) => w.id));
    expect(got.items.every((d) => d.status === "lost")).toBe(true);
  });

  it("keeps only the deals of accounts of an industry in a region, as the accounts' own columns say", async () => {
    const { rep1 } = kit.users;
    const [{ industry, province }] = await kit.sql<{ industry: string; province: string }>(
      `select a.industry, substring(a.region from 1 for 2) as province from opportunities o
         join accounts a on a.id = o.account_id
       where o.account_id in ${VISIBLE} and o.status = 'open' and a.industry is not null and a.region is not null
       group by 1, 2 order by count(*) desc, 1, 2 limit 1`,
      [rep1.id],
    );
    const want = await kit.sql<{ id: string }>(
      `select o.id from opportunities o join accounts a on a.id = o.account_id
       where o.account_id in ${VISIBLE} and o.status = 'open' and lower(a.industry) = lower($2) and a.region like $3
       order by o.amount desc nulls last, o.expected_close asc, o.id`,
      [rep1.id, industry, `${province}%`],
    );
    const all = await kit.sql<{ n: number }>(
      `select count(*)::int as n from opportunities o where o.account_id in ${VISIBLE} and o.status = 'open'`,
      [rep1.id],
    );
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(all[0].n);
    const got = await kit.data(tool, { industry: `${industry},no_such_code`, region: province }, rep1);
    expect(got.items.map((d) => d.opportunityId)).toEqual(want.map((w) => w.id));
    expect(await kit.run(tool, { region: "Atlantis" }, rep1)).toMatchObject({
      ok: false,
      error: { code: "unknown_region" },
    });
  });

  it("adds the matching deals up stage by stage, in pipeline order, as SQL counts them", async () => {
    const { rep1 } = kit.users;
    const want = await kit.sql<{ stage: string; count: number; amount: string }>(
      `select o.stage, count(*)::int as count, coalesce(sum(o.amount), 0) as amount from opportunities o
       where o.account_id in ${VISIBLE} and o.status = 'open' group by o.stage`,
      [rep1.id],
    );
    expect(want.length).toBeGreaterThan(1);
    const got = await kit.data(tool, { byStage: true, limit: 1 }, rep1);
    const order = ["lead", "qualified", "solution", "proposal", "negotiation"];
    expect(got.byStage?.map((s) => s.stage)).toEqual(
      want.map((w) => w.stage).sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
    for (const w of want) {
      const s = got.byStage?.find((x) => x.stage === w.stage);
      expect(s?.count, w.stage).toBe(w.count);
      expect(s?.amount, w.stage).toBeCloseTo(Number(w.amount), 2);
    }
    expect(got.items).toHaveLength(1);
    // The deals past the limit are counted, not listed: "……另有 N 笔" reads this number.
    expect(got.more).toBe(want.reduce((n, w) => n + w.count, 0) - 1);
    expect((await kit.data(tool, {}, rep1)).byStage).toBeUndefined();
  });

  it("keeps only the deals of the accounts given (a list just shown)", async () => {
    const { rep1 } = kit.users;
    const two = await kit.sql<{ id: string }>(
      `select a.id from accounts a where a.id in ${VISIBLE}
         and exists (select 1 from opportunities o where o.account_id = a.id and o.status = 'open')
       order by a.id limit 2`,
      [rep1.id],
    );
    expect(two).toHaveLength(2);
    const want = await kit.sql<{ id: string }>(
      `select o.id from opportunities o where o.status = 'open' and o.account_id in ($1, $2)
       order by o.amount desc nulls last, o.expected_close asc, o.id`,
      [two[0].id, two[1].id],
    );
    const got = await kit.data(tool, { accountIds: two.map((a) => a.id) }, rep1);
    expect(got.items.map((d) => d.opportunityId)).toEqual(want.map((w) => w.id));
    // Another team's rep naming those accounts sees none of their deals.
    expect((await kit.data(tool, { accountIds: two.map((a) => a.id) }, kit.users.rep3)).items).toEqual([]);
  });
});
