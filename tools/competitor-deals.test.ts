import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_NOW } from "../test/harness";
import { openReadOnlyToolKit, type ToolKit, VISIBLE } from "../test/tool-harness";
import { createCompetitorDealsTool } from "./competitor-deals";

const tool = createCompetitorDealsTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openReadOnlyToolKit();
});
afterAll(() => kit.close());

/** The user's deals with a competitor named, by status and competitor names, biggest first, in SQL. */
async function expected(userId: string, status: string, names: string[] | null) {
  return kit.sql<{ name: string; competitor: string; amount: string | null }>(
    `select o.name, o.competitor, o.amount from opportunities o
     where o.account_id in ${VISIBLE} and o.competitor is not null and o.competitor <> ''
       and ($2 = 'all' or o.status = $2) and ($3::text[] is null or o.competitor = any($3))
     order by o.amount desc nulls last, o.id`,
    [userId, status, names],
  );
}

describe("competitor_deals", () => {
  it("lists the open deals a competitor named by an alias is in, on the rep's accounts only", async () => {
    const { rep1 } = kit.users;
    const [rival] = await kit.sql<{ name: string; aliases: string[] }>(
      `select c.name, c.aliases from competitors c
       where exists (select 1 from opportunities o where o.competitor = c.name and o.status = 'open' and o.account_id in ${VISIBLE})
       order by c.name limit 1`,
      [rep1.id],
    );
    expect(rival).toBeDefined();
    const want = await expected(rep1.id, "open", [rival.name, ...rival.aliases]);
    expect(want.length).toBeGreaterThan(0);
    const short = rival.aliases.find((a) => a.length < rival.name.length) ?? rival.name;
    const got = await kit.data(tool, { competitor: short }, rep1);
    expect(got.competitor).toBe(rival.name);
    expect(got.items.map((d) => d.name)).toEqual(want.map((w) => w.name));
    expect(got.items.every((d) => d.status === "open")).toBe(true);
  });

  it("lists lost deals of every competitor, and none of another team's", async () => {
    const { rep1, rep2 } = kit.users;
    const want = await expected(rep1.id, "lost", null);
    expect(want.length).toBeGreaterThan(0);
    const got = await kit.data(tool, { status: "lost", limit: 50 }, rep1);
    expect(got.items.map((d) => d.name)).toEqual(want.map((w) => w.name));
    // What they add up to, for "一共多少" next: the same deals' amounts summed in SQL.
    expect(got.amount).toBe(want.reduce((sum, w) => sum + Number(w.amount ?? 0), 0));
    expect(got.amount).toBeGreaterThan(0);
    const theirs = await kit.sql<{ id: string }>(
      `select o.id from opportunities o join accounts a on a.id = o.account_id
       where a.owner_id = $1 and o.competitor is not null`,
      [rep2.id],
    );
    expect(theirs.length).toBeGreaterThan(0);
    const everyStatus = await kit.data(tool, { status: "all", limit: 50 }, rep1);
    const mine = new Set(everyStatus.items.map((d) => d.opportunityId));
    for (const t of theirs) expect(mine.has(t.id)).toBe(false);
  });

  it("says no deals for a competitor nobody recorded, rather than every competitor's", async () => {
    const got = await kit.data(tool, { competitor: "不存在的对手" }, kit.users.rep1);
    expect(got.total).toBe(0);
    expect(got.competitor).toBe("不存在的对手");
  });

  it("adds the deals lost to the rival asked about in the year to today, under its open ones", async () => {
    const { rep1 } = kit.users;
    const since = new Date(Date.parse(TEST_NOW) - 365 * 86_400_000).toISOString().slice(0, 10);
    const [rival] = await kit.sql<{ name: string }>(
      `select c.name from competitors c
       where exists (select 1 from opportunities o where o.competitor = any(array[c.name] || c.aliases)
         and o.status = 'lost' and o.closed_at >= $2 and o.account_id in ${VISIBLE})
       order by c.name limit 1`,
      [rep1.id, since],
    );
    expect(rival).toBeDefined();
    const want = await kit.sql<{ id: string }>(
      `select o.id from opportunities o join competitors c on o.competitor = any(array[c.name] || c.aliases)
       where c.name = $2 and o.status = 'lost' and o.closed_at >= $3 and o.account_id in ${VISIBLE}
       order by o.amount desc nulls last, o.id limit 5`,
      [rep1.id, rival.name, since],
    );
    const got = await kit.data(tool, { competitor: rival.name }, rep1);
    expect(got.recentlyLost?.map((d) => d.opportunityId)).toEqual(want.map((w) => w.id));
    // Every competitor's open deals, or lost ones asked for, carry no such addition.
    expect((await kit.data(tool, {}, rep1)).recentlyLost).toBeUndefined();
    expect((await kit.data(tool, { competitor: rival.name, status: "lost" }, rep1)).recentlyLost).toBeUndefined();
  });
});
