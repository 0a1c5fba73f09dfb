// The cases quoted in issue 18, over POST /api/chat on the demo data (rep1 李伟). Expected accounts, people and days
// are written by hand from the demo seed: 程刚 works at 华东医疗集团有限公司, not at 华东医疗集团第一医院; rep1's book has
// no 王主任 and no 北京协和医院; the clock is Sunday 2026-11-22.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, interactions, planActions } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { createDemoDeps, DEMO_KEYS, testApp } from "./harness";

type Card = { kind: string; data: Record<string, unknown> };
type Answer = {
  threadId: string;
  reply: { text: string; language: string; cards: Card[] };
  toolCalls: { name: string; args: Record<string, unknown> }[];
};

describe("the assistant answers for the account named, and says so when it finds none", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  const ids = new Map<string, string>();
  const say = async (message: string, threadId?: string): Promise<Answer> => {
    const res = await call("POST", "/api/chat", DEMO_KEYS.rep1, { message, threadId });
    expect(res.status, message).toBe(200);
    return res.json();
  };
  // Each account once: a group's head asked about by name is read by two tools (its overview, the group's figures).
  const accountIdsOf = (a: Answer) => [
    ...new Set(
      [
        ...a.toolCalls.flatMap((t) => [t.args.accountId, ...((t.args.accountIds as unknown[]) ?? [])]),
        ...a.reply.cards
          .filter((c) => c.kind === "confirm")
          .map((c) => (c.data.args as { accountId?: string }).accountId),
      ].filter(Boolean),
    ),
  ];
  const confirmOf = (a: Answer) => a.reply.cards.find((c) => c.kind === "confirm");

  beforeAll(async () => {
    deps = await createDemoDeps();
    ({ call } = testApp(deps));
    for (const r of await deps.db.select({ id: accounts.id, name: accounts.name }).from(accounts))
      ids.set(r.name, r.id);
  });
  afterAll(() => deps.close());

  it("says 北京协和医院 is not found instead of answering about the account discussed before", async () => {
    const first = await say("华东医疗集团怎么样");
    expect(accountIdsOf(first)).toEqual([ids.get("华东医疗集团有限公司")]);
    const next = await say("北京协和医院怎么样", first.threadId);
    expect(next.toolCalls).toEqual([]);
    expect(next.reply.text).toContain("没有找到“北京协和医院”");
    expect(next.reply.text).not.toContain("华东医疗集团有限公司：");
  });

  it("says another team's account is not found, in the words it uses for a name that exists nowhere", async () => {
    const result = (await deps.db.execute(
      `select a.name, (select string_agg(c.name, ',') from contacts c where c.account_id = a.id) as people
       from accounts a where a.owner_id <> (select id from users where name = '李伟' limit 1)
       order by a.name limit 1`,
    )) as unknown as { rows: { name: string; people: string | null }[] };
    const [hidden] = result.rows;
    const asked = await say(`${hidden.name}谁拍板`);
    const nowhere = await say("北辰星河医院谁拍板");
    expect(asked.toolCalls).toEqual([]);
    expect(asked.reply.text).toContain(`没有找到“${hidden.name}”`);
    for (const person of (hidden.people ?? "").split(",").filter(Boolean))
      expect(asked.reply.text).not.toContain(person);
    // The same sentence as for a name that is nobody's, the name aside (the closest accounts may differ).
    expect(asked.reply.text.split("。")[0].replace(hidden.name, "X")).toBe(
      nowhere.reply.text.split("。")[0].replace("北辰星河医院", "X"),
    );
  });

  it("says an unknown name is not found in English too, for a risk, a forecast and a plan question", async () => {
    for (const message of ["risks at Mayo Clinic?", "forecast for Mayo Clinic", "plan for Mayo Clinic"]) {
      const a = await say(message);
      expect(a.toolCalls, message).toEqual([]);
      expect(a.reply.language).toBe("en");
      expect(a.reply.text, message).toContain('couldn\'t find "Mayo Clinic"');
    }
  });

  it("offers the closest accounts as choices whose message asks the same question again", async () => {
    const a = await say("甬江医院们的评分");
    const b = await say("宁波甬江第二医院的评分");
    const choices = [a, b].flatMap((x) => x.reply.cards).find((c) => c.kind === "choices");
    expect(choices).toBeDefined();
    const options = (choices?.data.options ?? []) as { label: string; message: string }[];
    expect(options.map((o) => o.label)).toContain("宁波市甬江人民医院");
    const picked = await say(options.find((o) => o.label === "宁波市甬江人民医院")!.message);
    expect(picked.toolCalls[0]).toMatchObject({
      name: "explain_score",
      args: { accountId: ids.get("宁波市甬江人民医院") },
    });
  });

  it("answers who is blocking us at Xuanwuhu for Xuanwuhu, not the previous account", async () => {
    const first = await say("tell me about ECMG");
    const next = await say("who is blocking us at Xuanwuhu?", first.threadId);
    expect(accountIdsOf(next)).toEqual([ids.get("南京市玄武湖医院")]);
  });

  it("compares ECMG and Ningbo, the pair named", async () => {
    const a = await say("compare ECMG and Ningbo");
    expect(a.toolCalls[0].name).toBe("compare_accounts");
    expect(new Set(accountIdsOf(a))).toEqual(new Set([ids.get("华东医疗集团有限公司"), ids.get("宁波市甬江人民医院")]));
  });

  it("logs a call with Cheng Gang at his own account, naming account, person and day in the confirm card", async () => {
    const first = await say("tell me about east china medical group first hospital");
    const a = await say("log a call with Cheng Gang today", first.threadId);
    const card = confirmOf(a);
    expect(card?.data.tool).toBe("log_interaction");
    expect((card?.data.args as { accountId?: string } | undefined)?.accountId).toBe(ids.get("华东医疗集团有限公司"));
    expect(card?.data.summary).toContain("华东医疗集团有限公司");
    expect(card?.data.summary).toContain("程刚");
    expect(card?.data.summary).toContain("Nov 22, 2026");
    expect(card?.data.summary).not.toMatch(/log_interaction|\bcall_|[0-9a-f]{8}-[0-9a-f]{4}/);
    await call("POST", "/api/chat", DEMO_KEYS.rep1, { threadId: a.threadId, confirm: "approve" });
    const saved = await deps.db
      .select({ accountId: interactions.accountId, kind: interactions.kind })
      .from(interactions)
      .where(and(eq(interactions.accountId, ids.get("华东医疗集团有限公司")!), eq(interactions.kind, "call")));
    expect(saved.length).toBeGreaterThan(0);
  });

  it("does not log a visit tomorrow with a 王主任 who is nobody at the account, and says why", async () => {
    const first = await say("华东一院的情况");
    const before = await deps.db.select({ id: interactions.id }).from(interactions);
    const a = await say("把明天拜访王主任记一下", first.threadId);
    expect(confirmOf(a)).toBeUndefined();
    expect(a.reply.text).toContain("王主任");
    expect(a.reply.text).toContain("没有记录");
    const after = await deps.db.select({ id: interactions.id }).from(interactions);
    expect(after.length).toBe(before.length);
  });

  it("turns a visit dated next Tuesday into an action due that day, not a completed interaction", async () => {
    const a = await say("下周二拜访梁杰");
    const card = confirmOf(a);
    expect(card?.data.tool).toBe("add_action");
    expect(card?.data.args).toMatchObject({ accountId: ids.get("华东医疗集团有限公司"), due: "2026-11-24" });
    expect(card?.data.summary).toContain("梁杰");
    expect(card?.data.summary).toContain("2026年11月24日");
    await call("POST", "/api/chat", DEMO_KEYS.rep1, { threadId: a.threadId, confirm: "approve" });
    const actions = await deps.db
      .select({ due: planActions.due })
      .from(planActions)
      .where(eq(planActions.accountId, ids.get("华东医疗集团有限公司")!));
    expect(actions.map((x) => String(x.due).slice(0, 10))).toContain("2026-11-24");
  });

  it("turns 'set up a meeting … next Tuesday' (no logging verb) into an action due that day for the person's account", async () => {
    const first = await say("Putuo hospital overview");
    const a = await say("set up a meeting with Wang Lixin next Tuesday", first.threadId);
    const card = confirmOf(a);
    expect(card?.data.tool).toBe("add_action");
    // 王立新 is the president of 东海康宁医疗集团定海医院, not of the hospital discussed before.
    expect(card?.data.args).toMatchObject({ accountId: ids.get("东海康宁医疗集团定海医院"), due: "2026-11-24" });
    expect(card?.data.summary).toContain("王立新");
    expect(card?.data.summary).toContain("Nov 24, 2026");
  });

  it("logs a call said with yesterday as a completed call dated yesterday", async () => {
    const a = await say("昨天下午给玄武湖胡院长打了个电话，聊了下续约");
    const card = confirmOf(a);
    expect(card?.data.tool).toBe("log_interaction");
    expect(card?.data.args).toMatchObject({ accountId: ids.get("南京市玄武湖医院"), kind: "call", date: "2026-11-21" });
    expect(card?.data.summary).toContain("胡雪梅");
  });

  it("answers a title alone as a question about that person, in both languages", async () => {
    const zh = await say("甬江医院的院长");
    expect(zh.toolCalls[0]).toMatchObject({ name: "power_map", args: { accountId: ids.get("宁波市甬江人民医院") } });
    expect(zh.reply.text).toContain("宋思远");
    const en = await say("the CIO at Xuanwuhu");
    expect(en.toolCalls[0]).toMatchObject({ name: "power_map", args: { accountId: ids.get("南京市玄武湖医院") } });
    expect(en.reply.text).toContain("丁晓东");
    expect(en.reply.language).toBe("en");
  });

  it("asks which person when a surname and title fit people at two accounts, never picking one", async () => {
    const a = await say("沈院长最近怎么样");
    expect(a.toolCalls).toEqual([]);
    const choices = a.reply.cards.find((c) => c.kind === "choices");
    const options = (choices?.data.options ?? []) as { label: string; message: string }[];
    expect(options.map((o) => o.label).join(" ")).toMatch(/沈伟.*沈国平|沈国平.*沈伟/);
    const picked = await say(options.find((o) => o.label.startsWith("沈伟"))!.message);
    expect(accountIdsOf(picked)).toEqual([ids.get("苏州工业园区星海医院")]);
  });

  it("asks which person before looking up when we last met '沈院长', and takes a typed answer naming the account", async () => {
    const a = await say("沈院长最近联系过吗");
    expect(a.toolCalls).toEqual([]);
    expect(a.reply.cards.some((c) => c.kind === "choices")).toBe(true);
    const picked = await say("星海那个", a.threadId);
    expect(picked.toolCalls.map((t) => t.name)).toEqual(["last_contact"]);
    expect(accountIdsOf(picked)).toEqual([ids.get("苏州工业园区星海医院")]);
    expect(picked.reply.text).toContain("沈伟");
  });

  it("reads 他 right after a power map with one decision maker as that decision maker", async () => {
    const map = await say("玄武湖医院谁说了算");
    const [deciders] = (
      (await deps.db.execute(
        `select array_agg(c.id) as ids from contacts c join accounts a on a.id = c.account_id
         where a.name = '南京市玄武湖医院' and c.role = 'decision_maker' and not c.left_company`,
      )) as unknown as { rows: { ids: string[] }[] }
    ).rows;
    expect(deciders.ids).toHaveLength(1);
    const next = await say("他上面是谁", map.threadId);
    expect(next.toolCalls).toMatchObject([{ name: "power_map", args: { contactId: deciders.ids[0] } }]);
  });

  it("blocks a write with a person who works at another account than the one named, offering both as choices", async () => {
    const a = await say("记录一下今天在玄武湖见了程刚");
    expect(confirmOf(a)).toBeUndefined();
    expect(a.reply.text).toContain("程刚是华东医疗集团有限公司的联系人");
    const choices = a.reply.cards.find((c) => c.kind === "choices");
    const labels = ((choices?.data.options ?? []) as { label: string }[]).map((o) => o.label);
    expect(labels[0]).toContain("华东医疗集团有限公司");
  });

  it("answers a person question about the person: 程刚是谁", async () => {
    const a = await say("程刚是谁");
    expect(a.toolCalls[0]).toMatchObject({ name: "power_map", args: { accountId: ids.get("华东医疗集团有限公司") } });
    expect(a.reply.text).toContain("**程刚**");
    expect(a.reply.text).toContain("分管医疗副总裁");
    // Last met 2026-10-10 in the seed, or today once the test above logged the call with him.
    expect(a.reply.text).toMatch(/上次接触：2026年(10月10日|11月22日)/);
  });

  it("answers an account's risks, deals and next steps for that account", async () => {
    const risks = await say("苕溪医院最近有什么风险");
    expect(accountIdsOf(risks)).toEqual([ids.get("湖州市苕溪医院")]);
    expect(risks.reply.text).toMatch(/湖州市苕溪医院\*\* (的风险|目前没有)/);
    const deals = await say("What is the forecast for ECMG's open deals?");
    expect(deals.toolCalls[0]).toMatchObject({
      name: "forecast",
      args: { accountId: ids.get("华东医疗集团有限公司") },
    });
    const next = await say("恒泰医药下一步该怎么做");
    expect(next.toolCalls[0]).toMatchObject({
      name: "power_map",
      args: { accountId: ids.get("浙江恒泰医药有限公司") },
    });
  });
});
