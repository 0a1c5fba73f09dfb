import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_NOW } from "../test/harness";
import { openReadOnlyToolKit, type ToolKit, VISIBLE } from "../test/tool-harness";
import { createLastContactTool } from "./last-contact";

const tool = createLastContactTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openReadOnlyToolKit();
});
afterAll(() => kit.close());

type Latest = { account_id: string; occurred_at: string; kind: string; local_day: string; today: string };

/** Each visible account's latest logged interaction up to now, and the calendar days in Shanghai, in SQL. */
async function latestOf(userId: string): Promise<Latest[]> {
  return kit.sql<Latest>(
    `select distinct on (i.account_id) i.account_id, i.occurred_at::text, i.kind,
            to_char(i.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as local_day,
            to_char($2::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as today
     from interactions i
     where i.account_id in ${VISIBLE} and i.occurred_at <= $2::timestamptz
     order by i.account_id, i.occurred_at desc, i.id desc`,
    [userId, TEST_NOW],
  );
}

describe("last_contact", () => {
  it("gives an account's latest interaction and how many calendar days ago it was", async () => {
    const { rep1 } = kit.users;
    const rows = await latestOf(rep1.id);
    expect(rows.length).toBeGreaterThan(2);
    for (const want of rows.slice(0, 5)) {
      const got = await kit.data(tool, { accountId: want.account_id }, rep1);
      const days = (Date.parse(want.today) - Date.parse(want.local_day)) / 86_400_000;
      expect([got.last?.kind, got.last?.at.slice(0, 10), got.last?.daysAgo]).toEqual([want.kind, want.local_day, days]);
    }
  });

  it("counts the interactions of this calendar month and the one before, for an account and for a person", async () => {
    const { rep1 } = kit.users;
    const counts = await kit.sql<{
      account_id: string;
      contact_id: string | null;
      this_month: number;
      last_month: number;
    }>(
      `select * from (with t as (select to_char($2::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM') as m,
                         to_char(($2::timestamptz at time zone 'Asia/Shanghai') - interval '1 month', 'YYYY-MM') as p)
       select i.account_id, i.contact_id,
              count(*) filter (where to_char(i.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM') = t.m)::int as this_month,
              count(*) filter (where to_char(i.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM') = t.p)::int as last_month
       from interactions i, t
       where i.account_id in ${VISIBLE} and i.occurred_at <= $2::timestamptz and i.contact_id is not null
       group by i.account_id, i.contact_id) s
       order by this_month + last_month desc, account_id, contact_id limit 3`,
      [rep1.id, TEST_NOW],
    );
    expect(counts[0].this_month + counts[0].last_month).toBeGreaterThan(0);
    for (const want of counts) {
      const got = await kit.data(tool, { contactId: want.contact_id ?? undefined }, rep1);
      expect(got.counts).toEqual({ thisMonth: want.this_month, lastMonth: want.last_month });
    }
    const [account] = await kit.sql<{ this_month: number }>(
      `select count(*)::int as this_month from interactions i
       where i.account_id = $1 and i.occurred_at <= $2::timestamptz
         and to_char(i.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM') =
             to_char($2::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM')`,
      [counts[0].account_id, TEST_NOW],
    );
    const whole = await kit.data(tool, { accountId: counts[0].account_id }, rep1);
    expect(whole.counts.thisMonth).toBe(account.this_month);
  });

  it("lists what was noted in a period asked about, the notes on the topic first, at most four", async () => {
    const { rep1 } = kit.users;
    // The visible account with the most notes in one calendar month, and that month's notes, in SQL.
    const [busiest] = await kit.sql<{ account_id: string; month: string; n: number }>(
      `select i.account_id, to_char(i.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*)::int as n
       from interactions i where i.account_id in ${VISIBLE} and i.occurred_at <= $2::timestamptz
       group by 1, 2 order by n desc, 1, 2 limit 1`,
      [rep1.id, TEST_NOW],
    );
    const from = `${busiest.month}-01`;
    const to = new Date(Date.UTC(+busiest.month.slice(0, 4), +busiest.month.slice(5, 7), 0)).toISOString().slice(0, 10);
    const notes = await kit.sql<{ day: string; summary: string | null }>(
      `select to_char(occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, summary from interactions
       where account_id = $1 and occurred_at <= $2::timestamptz
         and to_char(occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM') = $3
       order by occurred_at desc, id desc`,
      [busiest.account_id, TEST_NOW, busiest.month],
    );
    const got = await kit.data(tool, { accountId: busiest.account_id, from, to }, rep1);
    expect(got.period?.touches.map((t) => t.at.slice(0, 10))).toEqual(notes.slice(0, 4).map((n) => n.day));
    // A word of the oldest note of the month puts that note first.
    const word = (notes.at(-1)?.summary ?? "").slice(0, 4);
    const topical = await kit.data(tool, { accountId: busiest.account_id, from, to, about: [word] }, rep1);
    expect(topical.period?.touches[0].summary).toContain(word);
    // A period with nothing in it says so: an empty list, not the latest contact instead.
    const none = await kit.data(tool, { accountId: busiest.account_id, from: "2001-01-01", to: "2001-01-31" }, rep1);
    expect(none.period?.touches).toEqual([]);
  });

  it("finds nothing of another team's account", async () => {
    const { rep1, admin } = kit.users;
    const theirs = (await latestOf(admin.id)).map((r) => r.account_id);
    const mine = new Set((await latestOf(rep1.id)).map((r) => r.account_id));
    const other = theirs.find((id) => !mine.has(id));
    expect(other).toBeDefined();
    const out = await kit.run(tool, { accountId: other }, rep1);
    expect(out.ok).toBe(false);
  });
});
