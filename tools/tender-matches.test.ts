import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReadOnlyToolKit, type ToolKit, VISIBLE } from "../test/tool-harness";
import { createTenderMatchesTool } from "./tender-matches";

const tool = createTenderMatchesTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openReadOnlyToolKit();
});
afterAll(() => kit.close());

/** The user's matches in SQL: (notice, account) pairs on accounts they may see. */
async function expected(userId: string, where = "true", params: unknown[] = []) {
  const rows = await kit.sql<{ key: string }>(
    `select m.notice_id || '/' || m.account_id as key from tender_matches m
     where m.account_id in ${VISIBLE} and (${where}) order by 1`,
    [userId, ...params],
  );
  return rows.map((r) => r.key);
}
const keys = (r: { items: { noticeId: string; accountId: string }[] }) =>
  r.items.map((m) => `${m.noticeId}/${m.accountId}`).sort();

describe("tender_matches", () => {
  it("quotes each notice's own sentences on the words asked about, and says nothing where the notice says nothing", async () => {
    const { admin } = kit.users;
    // A word every demo notice of a given tender carries, found by SQL: its sentence comes back quoted.
    const [row] = await kit.sql<{ tender_id: string; text: string }>(
      `select n.tender_id, n.text from tender_notices n join tender_matches m on m.tender_id = n.tender_id
       where n.text like '%联系%' order by n.tender_id limit 1`,
    );
    expect(row).toBeDefined();
    const got = await kit.data(tool, { limit: 30, about: ["联系"] }, admin);
    const item = got.items.find((m) => m.tenderId === row.tender_id);
    expect(item?.quotes?.length).toBeGreaterThan(0);
    for (const q of item?.quotes ?? []) expect(row.text.replace(/\s+/g, " ")).toContain(q.replace(/^…|…$/g, ""));
    expect(got.about).toEqual(["联系"]);
    // A word no notice has: every item carries an empty list (the reply says the notice does not say).
    const none = await kit.data(tool, { limit: 30, about: ["不存在的词语"] }, admin);
    expect(none.items.every((m) => Array.isArray(m.quotes) && m.quotes.length === 0)).toBe(true);
    // Without `about`, no quotes at all.
    expect((await kit.data(tool, { limit: 30 }, admin)).items.every((m) => m.quotes === undefined)).toBe(true);
  });

  it("lists the matches on a rep's own accounts and no one else's", async () => {
    const { rep1, admin } = kit.users;
    const want = await expected(rep1.id);
    const all = await expected(admin.id);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(all.length);
    const got = await kit.data(tool, { limit: 30 }, rep1);
    expect(got.total).toBe(want.length);
    expect(keys(got)).toEqual(want.slice(0, 30));
  });

  it("names the winner of an award notice, as the notice states it, and none on an open tender", async () => {
    const { admin } = kit.users;
    const rows = await kit.sql<{ notice_id: string; account_id: string; winner: string | null }>(
      `select m.notice_id, m.account_id, t.latest->>'winner' as winner
       from tender_matches m join tenders t on t.id = m.tender_id order by 1, 2`,
    );
    const awards = rows.filter((r) => r.winner);
    expect(awards.length).toBeGreaterThan(0);
    const got = await kit.data(tool, { limit: 30 }, admin);
    for (const m of got.items) {
      const row = rows.find((r) => r.notice_id === m.noticeId && r.account_id === m.accountId);
      expect(m.winner, m.noticeId).toBe(row?.winner ?? null);
    }
    expect(got.items.some((m) => m.winner)).toBe(true);
  });

  it("says for how much an award notice was won, as the notice states it (lots summed), and nothing otherwise", async () => {
    const { admin } = kit.users;
    const rows = await kit.sql<{ notice_id: string; account_id: string; award: number | null }>(
      `select m.notice_id, m.account_id,
              case jsonb_typeof(t.latest->'awardAmount')
                when 'array' then (select sum((x->>'amount')::float) from jsonb_array_elements(t.latest->'awardAmount') x)
                when 'object' then (t.latest->'awardAmount'->>'amount')::float
              end as award
       from tender_matches m join tenders t on t.id = m.tender_id order by 1, 2`,
    );
    const got = await kit.data(tool, { limit: 30 }, admin);
    for (const m of got.items) {
      const row = rows.find((r) => r.notice_id === m.noticeId && r.account_id === m.accountId);
      expect(m.awardAmount, m.noticeId).toBe(row?.award ?? null);
    }
    expect(got.items.some((m) => m.awardAmount !== null)).toBe(true);
  });

  it("lists a manager's team's matches", async () => {
    const { manager } = kit.users;
    const want = await expected(manager.id);
    const got = await kit.data(tool, { limit: 30 }, manager);
    expect(got.total).toBe(want.length);
  });

  it("keeps one account's matches when asked", async () => {
    const { admin } = kit.users;
    const [top] = await kit.sql<{ account_id: string }>(
      `select account_id from tender_matches group by account_id order by count(*) desc, account_id limit 1`,
    );
    const want = await expected(admin.id, "m.account_id = $2", [top.account_id]);
    const got = await kit.data(tool, { accountId: top.account_id, limit: 30 }, admin);
    expect(keys(got)).toEqual(want);
    expect(got.items.every((m) => m.accountId === top.account_id)).toBe(true);
  });

  it("puts open tenders first by deadline", async () => {
    const { admin } = kit.users;
    const got = await kit.data(tool, { limit: 30 }, admin);
    const dates = got.items.map((m) => m.deadline ?? m.predicted.window.from);
    expect(dates).toEqual([...dates].sort());
  });

  it("keeps only matches updated since a date", async () => {
    const { admin } = kit.users;
    const want = await expected(admin.id, "m.updated_at >= $2", ["2099-01-01"]);
    expect(want).toEqual([]);
    expect((await kit.data(tool, { since: "2099-01-01" }, admin)).total).toBe(0);
  });

  it("refuses another team's account", async () => {
    const { rep1, rep3 } = kit.users;
    const [acc] = await kit.sql<{ id: string }>(`select id from accounts where owner_id = $1 limit 1`, [rep3.id]);
    expect(await kit.run(tool, { accountId: acc.id }, rep1)).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
