// Deal updates in chat (issue 18) over POST /api/chat on the demo data (rep1 李伟; Sunday 2026-11-22). Expected deals
// are written by hand from the demo seed: 宁波市甬江人民医院 (甬江医院) has one open deal, 甬江医院中央监护系统
// (84万元, closing 2027-01-01); 华东医疗集团有限公司 (ECMG) has two; 华东医疗集团第一医院 (华东一院) has two, one of them DR.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { opportunities } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { createDemoDeps, DEMO_KEYS, testApp } from "./harness";

type Card = { kind: string; data: Record<string, unknown> };
type Answer = { threadId: string; reply: { text: string; language: string; cards: Card[] }; toolCalls: unknown[] };

describe("updating a deal in chat", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  const send = async (body: Record<string, unknown>): Promise<Answer> => {
    const res = await call("POST", "/api/chat", DEMO_KEYS.rep1, body);
    expect(res.status).toBe(200);
    return res.json();
  };
  const say = (message: string, threadId?: string) => send({ message, threadId });
  const cardOf = (a: Answer, kind: string) => a.reply.cards.find((c) => c.kind === kind)?.data;
  const deal = async (name: string) =>
    (await deps.db.select().from(opportunities).where(eq(opportunities.name, name)))[0];

  beforeAll(async () => {
    deps = await createDemoDeps();
    ({ call } = testApp(deps));
  });
  afterAll(() => deps.close());

  it("confirms in words, writes nothing before the approval and the change after it", async () => {
    const a = await say("甬江医院那单150万，月底签");
    const card = cardOf(a, "confirm");
    expect(card?.tool).toBe("update_opportunity");
    const summary = String(card?.summary);
    for (const words of ["宁波市甬江人民医院", "「甬江医院中央监护系统」", "150万元", "11月30日", "月底"])
      expect(summary).toContain(words);
    expect(summary).not.toMatch(/\d{4}-\d{2}-\d{2}|update_opportunity|1500000/);
    expect(a.reply.text).toContain(summary);
    expect(a.toolCalls).toEqual([]);
    expect(await deal("甬江医院中央监护系统")).toMatchObject({ amount: 840000, expectedClose: "2027-01-01" });

    const done = await send({ threadId: a.threadId, confirm: "approve" });
    expect(await deal("甬江医院中央监护系统")).toMatchObject({ amount: 1_500_000, expectedClose: "2026-11-30" });
    expect(done.reply.text).toContain("84万元 → 150万元");
    expect(done.reply.text).toContain("2027年1月1日 → 2026年11月30日");

    // Then a name that is none of rep1's accounts: said plainly, not written to 甬江医院.
    const unknown = await say("麦香园那单200万，月底签", a.threadId);
    expect(cardOf(unknown, "confirm")).toBeUndefined();
    expect(unknown.reply.text).toContain("没有找到“麦香园”");
    expect((await deal("甬江医院中央监护系统")).amount).toBe(1_500_000);
  });

  it("asks which of two open deals, in English, and the picked one is confirmed and written", async () => {
    const a = await say("ECMG deal is now 2.4M, next step: send revised quote");
    expect(cardOf(a, "confirm")).toBeUndefined();
    const choices = cardOf(a, "choices") as { options: { label: string; message: string }[] };
    expect(choices.options.map((o) => o.label).sort()).toEqual(["集团 HIS 年度升级服务", "集团区域影像云平台二期"]);
    const his = choices.options.find((o) => o.label === "集团 HIS 年度升级服务")!;
    const b = await say(his.message, a.threadId);
    const summary = String(cardOf(b, "confirm")?.summary);
    expect(b.reply.language).toBe("en");
    for (const words of ["华东医疗集团有限公司", '"集团 HIS 年度升级服务"', "CNY 2.4M", '"send revised quote"'])
      expect(summary).toContain(words);
    expect((await deal("集团 HIS 年度升级服务")).amount).toBe(1_600_000);
    await send({ threadId: b.threadId, confirm: "approve" });
    expect(await deal("集团 HIS 年度升级服务")).toMatchObject({ amount: 2_400_000, nextStep: "send revised quote" });
    expect((await deal("集团区域影像云平台二期")).amount).toBe(3_800_000);
  });

  it("reads the deal named among two, states a period read as its last day, and a rejection writes nothing", async () => {
    const a = await say("华东一院DR那个单子推迟到1月底");
    const summary = String(cardOf(a, "confirm")?.summary);
    for (const words of ["华东医疗集团第一医院", "「第一医院 DR 设备更新」", "2027年1月31日", "1月底"])
      expect(summary).toContain(words);
    const no = await send({ threadId: a.threadId, confirm: "reject" });
    expect(no.reply.text).toContain("已取消");
    expect((await deal("第一医院 DR 设备更新")).expectedClose).toBe("2026-12-17");
  });
});
