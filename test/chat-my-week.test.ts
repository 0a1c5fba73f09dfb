import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { createDemoDeps, DEMO_KEYS, TEST_NOW, testApp } from "./harness";
import { sqlRows } from "./sql-rows";

type Answer = {
  threadId: string;
  reply: { text: string; language: string; cards: { kind: string; data: Record<string, unknown> }[] };
  toolCalls: { name: string; args: Record<string, unknown>; result: Record<string, unknown> }[];
};
const TODAY = TEST_NOW.slice(0, 10); // a Sunday

describe("Monday-morning questions over POST /api/chat (offline, demo data)", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  let group: string;
  const rows = <T>(q: SQL) => sqlRows<T>(deps.db, q);
  const say = async (message: string, key = DEMO_KEYS.rep1, threadId?: string): Promise<Answer> => {
    const res = await call("POST", "/api/chat", key, { message, threadId });
    expect(res.status, message).toBe(200);
    return res.json();
  };
  const approve = async (threadId: string): Promise<Answer> =>
    (await call("POST", "/api/chat", DEMO_KEYS.rep1, { threadId, confirm: "approve" })).json();
  const mine = async (name: string) =>
    (
      await rows<{ name: string }>(
        sql`select a.name from accounts a join users u on u.id = a.owner_id where u.name = ${name}`,
      )
    ).map((r) => r.name);

  beforeAll(async () => {
    deps = await createDemoDeps();
    ({ call } = testApp(deps));
    [{ id: group }] = await rows<{ id: string }>(sql`select id from accounts where name = '华东医疗集团有限公司'`);
    expect((await call("POST", `/api/accounts/${group}/plan`, DEMO_KEYS.rep1, {})).status).toBe(200);
    // One action slipped: due last Friday, so it is both due this week and overdue.
    const [first] = await rows<{ id: string }>(
      sql`select id from plan_actions where account_id = ${group} order by due, id limit 1`,
    );
    expect((await call("PATCH", `/api/actions/${first.id}`, DEMO_KEYS.rep1, { due: "2026-11-20" })).status).toBe(200);
  });
  afterAll(() => deps.close());

  it("answers 我本周应该优先跟进哪些客户？ and its English twin with the ranked week of the rep's own accounts", async () => {
    const own = await mine("李伟");
    for (const [q, lang] of [
      ["我本周应该优先跟进哪些客户？", "zh"],
      ["What should I prioritise this week?", "en"],
    ] as const) {
      const a = await say(q);
      expect(a.toolCalls.map((t) => t.name)).toEqual(["my_week"]);
      expect(a.reply.language).toBe(lang);
      const items = a.toolCalls[0].result.items as { accountName: string; text: Record<string, string> }[];
      expect(items.length).toBeGreaterThan(0);
      for (const i of items) expect(own).toContain(i.accountName);
      expect(a.reply.text).toContain(items[0].text[lang]);
    }
  });

  it("lists the actions due this week and the overdue ones, counted as the table counts them", async () => {
    const [{ n: dueThisWeek }] = await rows<{ n: number }>(sql`
      select count(*)::int as n from plan_actions p join accounts a on a.id = p.account_id join users u on u.id = a.owner_id
      where u.name = '李伟' and p.status = 'open' and p.due <= ${TODAY}::date`);
    expect(dueThisWeek).toBe(1);
    for (const q of [
      "这周有哪些行动到期？",
      "Which actions are due this week?",
      "哪些行动逾期了？",
      "Which actions are overdue?",
    ]) {
      const a = await say(q);
      expect(
        a.toolCalls.map((t) => t.name),
        q,
      ).toEqual(["list_actions"]);
      expect((a.toolCalls[0].result.items as unknown[]).length, q).toBe(dueThisWeek);
      // The day in words (never the ISO code), and the delivery team in words rather than its role code.
      expect(a.reply.text, q).toMatch(
        /[\u3400-\u9fff]/.test(q) ? /2026年11月20日[^\n]*负责人交付团队/ : /Nov 20, 2026[^\n]*owner delivery team/,
      );
      expect(a.reply.text, q).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it("marks the first action done after confirmation (zh), naming the account and the action on the card", async () => {
    const [first] = await rows<{ id: string; title: string }>(sql`
      select p.id, p.title from plan_actions p join accounts a on a.id = p.account_id join users u on u.id = a.owner_id
      where u.name = '李伟' and p.status = 'open' order by p.due, p.id limit 1`);
    const ask = await say("把第一项行动标记为完成");
    const card = ask.reply.cards[0];
    expect(card).toMatchObject({ kind: "confirm", data: { tool: "update_action" } });
    expect(card.data.summary).toContain(first.title);
    expect(card.data.summary).toContain("华东医疗集团有限公司");
    expect(
      (await rows<{ status: string }>(sql`select status from plan_actions where id = ${first.id}`))[0].status,
    ).toBe("open");
    const done = await approve(ask.threadId);
    expect(done.toolCalls[0].name).toBe("update_action");
    const [row] = await rows<{ status: string; completed_at: string }>(
      sql`select status, completed_at::text from plan_actions where id = ${first.id}`,
    );
    expect(row).toEqual({ status: "done", completed_at: TODAY });
    expect(done.reply.text).toContain("已标记为完成");
  });

  it("moves 拜访蒋丽 to next Tuesday, and pushes the demo at ECMG to next Tuesday, after confirmation", async () => {
    const add = await say("给钱塘大学医学院附属儿童医院加一个行动：下周三拜访蒋丽");
    await approve(add.threadId);
    const move = await say("把拜访蒋丽改到下周二");
    expect(move.reply.cards[0].data.summary).toContain("钱塘大学医学院附属儿童医院");
    await approve(move.threadId);
    // From Sunday 2026-11-22, next week's Tuesday is 2026-11-24.
    const [visit] = await rows<{ due: string; original_due: string }>(
      sql`select due::text, original_due::text from plan_actions where title = '拜访蒋丽'`,
    );
    expect(visit).toEqual({ due: "2026-11-24", original_due: "2026-11-25" });
    await deps.db.execute(sql`insert into plan_actions (id, account_id, title, owner, due, source)
      values ('act-demo', ${group}, 'Demo of the PACS upgrade', '李伟', '2026-11-27', 'user')`);
    const push = await say("Push the demo at ECMG to next Tuesday");
    expect(push.reply.language).toBe("en");
    expect(push.reply.cards[0].data.summary).toContain("Demo of the PACS upgrade");
    await approve(push.threadId);
    const [demo] = await rows<{ due: string }>(sql`select due::text from plan_actions where id = 'act-demo'`);
    expect(demo.due).toBe("2026-11-24");
  });

  it("says when 程刚 was last contacted, in local time, in zh and en", async () => {
    // The day in words, as Postgres spells it: 2026年11月17日 16:15 / Nov 17, 2026 16:15.
    const [last] = await rows<{ zh: string; en: string }>(sql`
      select to_char(t, 'YYYY"年"FMMM"月"FMDD"日" HH24:MI') as zh, to_char(t, 'Mon FMDD, YYYY HH24:MI') as en
      from (select max(i.occurred_at) at time zone 'Asia/Shanghai' as t
        from interactions i join contacts c on c.id = i.contact_id where c.name = '程刚' and i.occurred_at <= ${TEST_NOW}) x`);
    for (const [q, lang] of [
      ["上次拜访程刚是什么时候", "zh"],
      ["When did I last visit 程刚?", "en"],
    ] as const) {
      const a = await say(q);
      expect(
        a.toolCalls.map((t) => t.name),
        q,
      ).toEqual(["last_contact"]);
      expect(a.reply.text, q).toContain(last[lang]);
      expect(a.reply.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it("lists the accounts not contacted in the last month, as the interactions and contacts show", async () => {
    const stale = await rows<{ name: string }>(sql`
      select a.name from accounts a join users u on u.id = a.owner_id where u.name = '李伟' and coalesce(greatest(
        (select max((i.occurred_at at time zone 'UTC')::date) from interactions i where i.account_id = a.id and i.occurred_at <= ${TEST_NOW}),
        (select max(c.last_contact_at) from contacts c where c.account_id = a.id and c.last_contact_at <= ${TODAY}::date)
      ), '1900-01-01'::date) <= ${TODAY}::date - 30 order by a.name`);
    expect(stale.length).toBeGreaterThan(0);
    for (const q of ["Which of my accounts haven't been contacted in the last month?", "哪些客户一个月没联系了？"]) {
      const a = await say(q);
      expect(a.toolCalls[0]).toMatchObject({ name: "stale_accounts", args: { days: 30 } });
      const names = (a.toolCalls[0].result.items as { name: string }[]).map((i) => i.name).sort();
      expect(names).toEqual(stale.map((s) => s.name).sort());
      for (const s of stale) expect(a.reply.text).toContain(s.name);
    }
  });

  it("answers how we are doing against target this year with this year's won revenue", async () => {
    const [{ won }] = await rows<{ won: number }>(sql`
      select coalesce(sum(o.amount), 0)::float8 as won from opportunities o join accounts a on a.id = o.account_id
      join users u on u.id = a.owner_id where u.name = '李伟' and o.status = 'won' and o.closed_at between '2026-01-01' and ${TODAY}::date`);
    const zh = await say("今年目标完成得怎么样？");
    expect(zh.toolCalls.map((t) => t.name)).toEqual(["attainment"]);
    expect(zh.reply.text).toContain(`已赢单${(won / 1e4).toFixed(1)}万元`);
    const en = await say("How are we doing against target this year?");
    expect(en.toolCalls.map((t) => t.name)).toEqual(["attainment"]);
    expect(en.reply.text).toContain(`won CNY ${(won / 1e6).toFixed(2)}M`);
  });

  it("tells the manager about 张静's book, in zh and en, and nothing of another rep's", async () => {
    const hers = await mine("张静");
    for (const [q, lang] of [
      ["张静的客户情况", "zh"],
      ["How are 张静's accounts this week?", "en"],
    ] as const) {
      const a = await say(q, DEMO_KEYS.manager);
      expect(a.toolCalls[0], q).toMatchObject({ name: "my_week", args: { rep: "张静" } });
      expect(a.reply.language).toBe(lang);
      expect(a.reply.text).toContain("张静");
      const items = a.toolCalls[0].result.items as { accountName: string }[];
      expect(items.length).toBeGreaterThan(0);
      for (const i of items) expect(hers).toContain(i.accountName);
    }
    const rep = await say("张静的客户情况", DEMO_KEYS.rep1);
    expect(rep.toolCalls[0].result).toMatchObject({ error: { code: "not_found" } });
  });

  it("saves a to-do proposed and not yet confirmed as done when told it is done already (zh and en)", async () => {
    for (const [ask, done] of [
      ["明天提醒我给程刚发一下报价", "发完了 这条直接标完成吧"],
      ["remind me tomorrow to send Cheng Gang the quote", "already sent it, mark that to-do done"],
    ]) {
      const proposed = await say(ask);
      expect(proposed.reply.cards[0]?.data.tool, ask).toBe("add_action");
      const again = await say(done, DEMO_KEYS.rep1, proposed.threadId);
      const card = again.reply.cards.find((c) => c.kind === "confirm");
      expect(card?.data.args, done).toMatchObject({ ...(proposed.reply.cards[0].data.args as object), done: true });
      expect(again.reply.text).toMatch(/已完成|as done/);
      const saved = await approve(again.threadId);
      const id = (saved.toolCalls[0].result as { id: string }).id;
      const [row] = await rows<{ status: string; completed_at: string }>(
        sql`select status, completed_at::text from plan_actions where id = ${id}`,
      );
      expect(row).toEqual({ status: "done", completed_at: TODAY });
    }
  });
});
