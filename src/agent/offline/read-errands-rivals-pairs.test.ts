import { describe, expect, it } from "vitest";
import type { Intent } from "./intents";
import type { ContactRef, ConversationContext } from "./types";
import { understandMessage } from "./understand-message";

// A small book of its own (a supplier of port cranes and remote control): a port group with two terminals, a steel
// mill, a university, two telecom branches in one city, an English-named terminal, one competitor. The sentences are
// written here the way reps type them; none is copied from an eval book.
const BOOK = [
  { id: "dh", name: "东海港务集团有限公司", aliases: ["东海港务"] },
  { id: "bl", name: "东海港务集团北仑码头有限公司", aliases: ["北仑码头"], parentId: "dh" },
  { id: "cs", name: "东海港务集团穿山码头有限公司", aliases: ["穿山码头"], parentId: "dh" },
  { id: "lg", name: "鲁北钢铁股份有限公司", aliases: ["鲁北钢铁", "鲁钢"] },
  { id: "qg", name: "青港物流有限公司", aliases: ["青港物流", "青港"] },
  { id: "bu", name: "滨江理工大学", aliases: ["滨江理工", "滨理工"] },
  { id: "t1", name: "中国电信股份有限公司宜宾分公司", aliases: ["宜宾电信"], region: "宜宾" },
  { id: "t2", name: "中国电信股份有限公司宜宾翠屏分公司", aliases: ["翠屏电信"], region: "宜宾" },
  { id: "abt", name: "Aegean Box Terminals S.A.", aliases: ["ABT", "Aegean Box"] },
];
const PEOPLE: ContactRef[] = [
  { id: "chang", accountId: "lg", name: "常建国", title: "设备部副部长" },
  { id: "shao", accountId: "qg", name: "邵明", title: "工程部经理" },
  { id: "yuan", accountId: "bl", name: "袁立新", title: "技术部部长" },
];
const COMPETITORS = [{ name: "北起重工", aliases: ["北起", "Beiqi Heavy"] }];
const NOW = "2026-11-22T09:00:00+08:00";
const read = (message: string, context?: ConversationContext) =>
  understandMessage({ message, now: NOW, accounts: BOOK, contacts: PEOPLE, competitors: COMPETITORS, context });
const following = (lastAccountIds: string[], lastIntent: Intent, more: Partial<ConversationContext> = {}) =>
  ({ lastAccountIds, lastIntent, ...more }) as ConversationContext;

describe("errands to come, rivals on a deal, lost deals and the other of two, read as kinds", () => {
  it("adds a dated errand whose purpose is money owed as an action, not a receivables question", () => {
    const u = read("下周二去鲁钢找常副部长催一下尾款");
    expect(u).toMatchObject({ intent: "add_action", entities: { accountIds: ["lg"], date: "2026-11-24" } });
    // Asking about the money is still a receivables question.
    expect(read("哪些客户还欠咱钱").intent).toBe("receivables");
  });

  it("reads a day of the month said alone (28号) and a month.day before what happens (12.8上门) as dates", () => {
    const booked = read("28号约了青港邵经理去现场看设备 帮我加个待办");
    expect(booked).toMatchObject({ intent: "add_action", entities: { accountIds: ["qg"], date: "2026-11-28" } });
    // Already past this month: the next month's.
    expect(read("给青港加个待办 3号去交流方案").entities.date).toBe("2026-12-03");
    const visit = read("北仑码头袁部长那 12.8上门讲远控方案 提醒我");
    expect(visit).toMatchObject({ intent: "add_action", entities: { accountIds: ["bl"], date: "2026-12-08" } });
    // A building, a line or a berth numbered 号 is no day.
    expect(read("青港3号泊位的项目到哪一步了").entities.date).toBeUndefined();
  });

  it("answers whether a named rival is still on one account's deal, or who the rival is, with its overview", () => {
    expect(read("is Beiqi still in the ABT deal?")).toMatchObject({
      intent: "account_overview",
      entities: { accountIds: ["abt"], competitor: "北起重工" },
    });
    expect(read("青港那单北起还在跟吗")).toMatchObject({
      intent: "account_overview",
      entities: { accountIds: ["qg"] },
    });
    expect(read("鲁钢那个deal competitor是谁")).toMatchObject({
      intent: "account_overview",
      entities: { accountIds: ["lg"] },
    });
  });

  it("lists the deals lost this year, in both languages, with the year as the range", () => {
    for (const message of ["deals we lost this yr?", "which deals did we lose this year", "今年丢掉的单子"]) {
      const u = read(message);
      expect(u.intent, message).toBe("competitor_deals");
      expect(u.entities.competitorStatus, message).toBe("lost");
      expect(u.entities.dateRange?.from, message).toBe("2026-01-01");
    }
  });

  it("reads a centre inside an account named whole as a department of it, not another organisation", () => {
    const u = read("滨理工超算中心那边最近咋样");
    expect(u.entities.accountIds).toEqual(["bu"]);
    expect(u.entities.unresolvedNames).toBeUndefined();
  });

  it("reads a group's name right before its member's as the member, and two members the words fit alike as a choice", () => {
    expect(read("东海港务 北仑码头 最近咋样").entities.accountIds).toEqual(["bl"]);
    const both = read("东海码头最近咋样");
    expect(both.entities.ambiguousAccount?.accountIds.sort()).toEqual(["bl", "cs"]);
  });

  it("reads 'the other one' after two accounts as the one not talked about now, and 另外那家 by place and kind", () => {
    const pair = following(["t1"], "account_overview", { pairIds: ["t1", "t2"] });
    expect(read("那另一家呢", pair).entities.accountIds).toEqual(["t2"]);
    expect(read("and the other one?", pair).entities.accountIds).toEqual(["t2"]);
    expect(read("宜宾另外那家电信呢", following(["t1"], "account_overview")).entities.accountIds).toEqual(["t2"]);
  });

  it("reads 比较 before a quality as an adverb, never as a comparison", () => {
    expect(read("鲁钢那边从谁入手比较好").intent).not.toBe("compare_accounts");
    expect(read("鲁钢和青港比一比").intent).toBe("compare_accounts");
  });

  it("spells out the shorthand reps type (accts, yr, tmrw, pls) before reading", () => {
    expect(read("stale accts?").intent).toBe("stale_accounts");
    expect(read("mtg w ABT tmrw, remind me pls").entities.date).toBe("2026-11-23");
  });

  it("reads 'deal -> amount' as a change of the deal's amount", () => {
    expect(read("ABT deal -> 1.2M")).toMatchObject({
      intent: "update_opportunity",
      entities: { accountIds: ["abt"], deal: { amount: 1_200_000 } },
    });
  });

  it("reads whether an account has deals as its overview, and 'my to-dos' as the action list", () => {
    expect(read("翠屏电信有单子没")).toMatchObject({ intent: "account_overview", entities: { accountIds: ["t2"] } });
    for (const message of ["我有哪些待办", "待办有啥", "还有几件待办"])
      expect(read(message).intent, message).toBe("list_actions");
    expect(read("帮青港加个待办 下周一回访").intent).toBe("add_action");
  });

  it("reads 'before new year' and 年底前 as from today to the year's last day", () => {
    for (const message of ["which deals close before new year", "年底前能签的单子有哪些"]) {
      const u = read(message);
      expect(u.intent, message).toBe("forecast");
      expect(u.entities.dateRange, message).toMatchObject({ from: "2026-11-22", to: "2026-12-31" });
    }
  });

  it("scopes a forecast to the one rep a manager names, in pinyin or in characters", () => {
    const reps = [
      { id: "r1", name: "冉俊峰" },
      { id: "r2", name: "何晓雯" },
    ];
    const asked = (message: string) =>
      understandMessage({ message, now: NOW, accounts: BOOK, contacts: PEOPLE, competitors: COMPETITORS, reps });
    expect(asked("which of Ran Junfeng's deals close before new year")).toMatchObject({
      intent: "forecast",
      entities: { ownerId: "r1" },
    });
    expect(asked("何晓雯这季度的预测").entities.ownerId).toBe("r2");
  });
});
