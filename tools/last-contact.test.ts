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
