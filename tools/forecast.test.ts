import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_NOW } from "../test/harness";
import { openToolKit, type ToolKit, VISIBLE } from "../test/tool-harness";
import { createForecastTool } from "./forecast";

const tool = createForecastTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openToolKit();
});
afterAll(() => kit.close());

// The stage weights written out again (lead 10% … negotiation 80%; a stage outside the list counts as 20%).
const WEIGHT = `case lower(trim(stage)) when 'lead' then 0.1 when 'qualified' then 0.2 when 'solution' then 0.4
  when 'proposal' then 0.6 when 'negotiation' then 0.8 else 0.2 end`;
const TODAY = TEST_NOW.slice(0, 10); // 2026-11-22: this quarter is Q4 2026, the next Q1 2027.

/** The year's figures and this quarter's in SQL, over the opportunities of `scope` (an account-id subquery). */
async function expected(scope: string, params: unknown[]) {
  const [row] = await kit.sql<Record<string, string | null>>(
    `select
       coalesce(sum(amount) filter (where status = 'won' and closed_at between '2026-01-01' and $T), 0) as won_to_date,
       coalesce(sum(amount * ${WEIGHT}) filter (where status = 'open' and expected_close is not null
         and greatest(expected_close, $T::date) <= '2026-12-31'), 0) as weighted_open,
       coalesce(sum(amount * ${WEIGHT}) filter (where status = 'open' and expected_close is not null
         and greatest(expected_close, $T::date) between '2026-10-01' and '2026-12-31'), 0) as q_weighted,
       coalesce(sum(amount) filter (where status = 'won' and closed_at between '2026-10-01' and '2026-12-31'), 0) as q_won,
       coalesce(sum(amount * ${WEIGHT}) filter (where status = 'open' and expected_close is not null
         and greatest(expected_close, $T::date) between '2027-01-01' and '2027-03-31'), 0) as next_weighted
     from opportunities where account_id in ${scope}`.replaceAll("$T", `'${TODAY}'`),
    params,
  );
  const n = (k: string) => Number(row[k]);
  return {
    wonToDate: n("won_to_date"),
    weightedOpen: n("weighted_open"),
    expected: n("won_to_date") + n("weighted_open"),
    thisQuarter: { weighted: n("q_weighted"), won: n("q_won") },
    nextQuarter: { weighted: n("next_weighted") },
  };
}

describe("forecast", () => {
  it("forecasts a rep's whole book from their own deals: the year's expected revenue and both quarters", async () => {
    const { rep1 } = kit.users;
    const want = await expected(VISIBLE, [rep1.id]);
    expect(want.expected).toBeGreaterThan(0);
    const got = await kit.data(tool, {}, rep1);
    expect(got.scope).toBe("book");
    expect(got.forecast.year.wonToDate).toBeCloseTo(want.wonToDate, 1);
    expect(got.forecast.year.weightedOpen).toBeCloseTo(want.weightedOpen, 1);
    expect(got.forecast.year.expected).toBeCloseTo(want.expected, 1);
    const [q, next] = got.forecast.periods;
    expect(q).toMatchObject({ period: "this_quarter", from: "2026-10-01", to: "2026-12-31" });
    expect(q.weighted).toBeCloseTo(want.thisQuarter.weighted, 1);
    expect(q.won).toBeCloseTo(want.thisQuarter.won, 1);
    expect(next.weighted).toBeCloseTo(want.nextQuarter.weighted, 1);
  });

  it("measures the gap to the rep's quota", async () => {
    const { rep1 } = kit.users;
    await kit.sql(`update users set quota = $2 where id = $1`, [rep1.id, 50_000_000]);
    const want = await expected(VISIBLE, [rep1.id]);
    const got = await kit.data(tool, {}, rep1);
    expect(got.forecast.quota).toBe(50_000_000);
    expect(got.forecast.gapToQuota).toBeCloseTo(Math.max(0, 50_000_000 - want.expected), 1);
    await kit.sql(`update users set quota = null where id = $1`, [rep1.id]);
  });

  it("forecasts a manager's team and an admin's whole company", async () => {
    const { manager, admin } = kit.users;
    for (const user of [manager, admin]) {
      const want = await expected(VISIBLE, [user.id]);
      expect((await kit.data(tool, {}, user)).forecast.year.expected).toBeCloseTo(want.expected, 1);
    }
  });

  it("forecasts one rep's accounts of a manager's team against that rep's quota, and nothing the manager cannot see", async () => {
    const { manager, rep1, rep3 } = kit.users;
    await kit.sql(`update users set quota = $2 where id = $1`, [rep1.id, 30_000_000]);
    const want = await expected(`(select id from accounts where owner_id = $1)`, [rep1.id]);
    const got = await kit.data(tool, { ownerId: rep1.id }, manager);
    expect(got).toMatchObject({ scope: "rep", ownerName: rep1.name });
    expect(got.forecast.year.expected).toBeCloseTo(want.expected, 1);
    expect(got.forecast.year.expected).toBeLessThan((await kit.data(tool, {}, manager)).forecast.year.expected);
    expect(got.forecast.quota).toBe(30_000_000);
    await kit.sql(`update users set quota = null where id = $1`, [rep1.id]);
    // A rep of the other team (华北, rep3): none of the manager's accounts is theirs, so nothing of theirs is counted.
    const other = await kit.data(tool, { ownerId: rep3.id }, manager);
    expect(other.forecast.year.expected).toBe(0);
    expect((await kit.data(tool, {}, rep3)).forecast.year.expected).toBeGreaterThan(0);
  });

  it("forecasts one account against its target, with each open deal's health", async () => {
    const { rep1 } = kit.users;
    const [acc] = await kit.sql<{ id: string; name: string; target: number | null; open: string }>(
      `select a.id, a.name, a.target, count(o.id) as open from accounts a join opportunities o on o.account_id = a.id
       where a.owner_id = $1 and o.status = 'open' group by a.id order by count(o.id) desc, a.id limit 1`,
      [rep1.id],
    );
    const want = await expected("($1)", [acc.id]);
    const got = await kit.data(tool, { accountId: acc.id }, rep1);
    expect(got).toMatchObject({ scope: "account", accountName: acc.name });
    expect(got.forecast.year.expected).toBeCloseTo(want.expected, 1);
    expect(got.forecast.target).toBe(acc.target);
    expect(got.health).toHaveLength(Number(acc.open));
    const scores = got.health.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it("refuses another rep's account as if it did not exist", async () => {
    const { rep1, rep3 } = kit.users;
    const [acc] = await kit.sql<{ id: string }>(`select id from accounts where owner_id = $1 limit 1`, [rep1.id]);
    expect(await kit.run(tool, { accountId: acc.id }, rep3)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await kit.run(tool, { accountId: "missing" }, rep3)).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("lists the open deals of the user's own accounts expected to close in the period asked about, biggest first", async () => {
    const { rep1 } = kit.users;
    const want = await kit.sql<{ name: string; amount: string | null }>(
      `select name, amount from opportunities where status = 'open' and expected_close between '2026-12-01' and '2026-12-31'
         and account_id in ${VISIBLE} order by amount desc nulls last, name`,
      [rep1.id],
    );
    expect(want.length).toBeGreaterThan(0);
    const got = await kit.data(tool, { from: "2026-12-01", to: "2026-12-31" }, rep1);
    expect(got.closing?.map((c) => c.name)).toEqual(want.map((w) => w.name));
    // "不算概率加起来多少": their amounts added up, no stage weighting.
    expect(got.closingTotal).toBeCloseTo(
      want.reduce((sum, w) => sum + Number(w.amount ?? 0), 0),
      2,
    );
    expect((await kit.data(tool, {}, rep1)).closing).toBeUndefined();
  });
});
