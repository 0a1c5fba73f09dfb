import { describe, expect, it } from "vitest";
import type { Intent } from "./intents";
import type { ContactRef, ConversationContext } from "./types";
import { understandMessage } from "./understand-message";

// A small book of its own (packaging buyers): a group and a member, a short name that is an everyday word, two
// general managers named 刘, a competitor.
const BOOK = [
  { id: "tw", name: "江西滕王食品集团有限公司", aliases: ["滕王集团", "滕王"] },
  { id: "twt", name: "南昌滕王调味品有限公司", aliases: ["滕王调味品"], parentId: "tw" },
  { id: "ax", name: "厦门安心药业有限公司", aliases: ["安心药业", "安心", "Anxin Pharma"] },
  { id: "lf", name: "江西庐峰乳业有限公司", aliases: ["庐峰乳业", "Lufeng Dairy"] },
  { id: "jm", name: "泉州晋茗茶饮供应链有限公司", aliases: ["晋茗", "Jinming Tea"] },
];
const PEOPLE: ContactRef[] = [
  { id: "luo", accountId: "twt", name: "罗志平", title: "采购经理" },
  { id: "yang", accountId: "twt", name: "杨建华", title: "总经理" },
  { id: "liu1", accountId: "lf", name: "刘振华", title: "总经理" },
  { id: "liu2", accountId: "ax", name: "刘雅琴", title: "总经理" },
  { id: "shi", accountId: "jm", name: "施国强", title: "采购主管" },
];
const COMPETITORS = [{ name: "鑫诺膜业", aliases: ["鑫诺"] }];
const NOW = "2026-11-22T09:00:00+08:00";
const read = (message: string, context?: ConversationContext) =>
  understandMessage({ message, now: NOW, accounts: BOOK, contacts: PEOPLE, competitors: COMPETITORS, context });
const following = (lastAccountIds: string[], lastIntent: Intent): ConversationContext => ({
  lastAccountIds,
  lastIntent,
});

describe("what people ask about money, deals and people, read as kinds", () => {
  it("reads what an account owes and when it falls due as its overview, also as a follow-up", () => {
    expect(read("滕王调味品欠我们多少钱")).toMatchObject({
      intent: "account_overview",
      entities: { accountIds: ["twt"] },
    });
    const next = read("啥时候到期的", following(["twt"], "account_overview"));
    expect(next).toMatchObject({ intent: "account_overview", entities: { accountIds: ["twt"] } });
  });

  it("keeps the account of an elliptical follow-up to the same question (截标是哪天 after one account's tender)", () => {
    const u = read("截标是哪天", following(["lf"], "tender_matches"));
    expect(u).toMatchObject({ intent: "tender_matches", entities: { accountIds: ["lf"] } });
  });

  it("reads a person at a member of the group named as that member's person", () => {
    const u = read("滕王 采购罗志平 啥态度");
    expect(u.entities.accountIds).toEqual(["twt"]);
    expect(u.entities.contactIds).toEqual(["luo"]);
    expect(u.entities.contactElsewhere).toBeUndefined();
  });

  it("never reads a short name used as an everyday word after 不太/很 as the account", () => {
    const u = read("说实话我心里不太安心 庐峰乳业那个单子能拿下吗");
    expect(u.entities.accountIds).toEqual(["lf"]);
    expect(read("安心怎么样").entities.accountIds).toEqual(["ax"]);
  });

  it("logs a call that happened today even when what was said names a later day; a call to come is a reminder", () => {
    const done = read("刚跟施国强打了电话 他们想12月3号前定 记一下");
    expect(done).toMatchObject({ intent: "log_interaction", entities: { accountIds: ["jm"], date: "2026-11-22" } });
    expect(read("明天去拜访了解一下施国强的需求 记一下").intent).toBe("add_action");
  });

  it("reads a deal lost to a competitor said as 丢了 给X了, and the deals a competitor took from us as a list", () => {
    expect(read("晋茗的杯膜丢了 给鑫诺了")).toMatchObject({
      intent: "update_opportunity",
      entities: { accountIds: ["jm"], competitorStatus: "lost" },
    });
    expect(read("鑫诺今年抢了我们哪些单")).toMatchObject({
      intent: "competitor_deals",
      entities: { competitorStatus: "lost" },
    });
    expect(read("跟鑫诺在抢的单子有哪些")).toMatchObject({
      intent: "competitor_deals",
      entities: { competitorStatus: "open" },
    });
  });

  it("asks a lost deal's winner and price as a tender question, never as an update", () => {
    expect(read("庐峰乳业丢的那个单子被谁拿了 多少钱").intent).toBe("tender_matches");
    expect(read("Lufeng Dairy lost deal - who won it and at what price").intent).toBe("tender_matches");
  });

  it("reads an English title before a surname as the contacts it fits, asked back when several do", () => {
    expect(read("who's GM Liu").entities.ambiguousPerson?.contactIds.sort()).toEqual(["liu1", "liu2"]);
  });

  it("reads 'stale accounts?' as the accounts gone quiet", () => {
    expect(read("stale accounts?").intent).toBe("stale_accounts");
  });

  it("reads 他 after a 她 whose boss was just named as the boss, and 她 again as the person asked about", () => {
    const context: ConversationContext = {
      lastAccountIds: ["twt"],
      lastIntent: "power_map",
      lastContactIds: ["luo"],
      answerContactIds: ["yang"],
      pronoun: "f",
    };
    expect(read("上次跟他联系是哪天", context).entities.contactIds).toEqual(["yang"]);
    expect(read("上次跟她联系是哪天", context).entities.contactIds).toEqual(["luo"]);
    // With no boss named last turn, 他 is the person talked about.
    const plain = { ...context, answerContactIds: undefined, pronoun: undefined };
    expect(read("上次跟他联系是哪天", plain).entities.contactIds).toEqual(["luo"]);
  });

  it("sums the last list of one risk signal when asked for the total, and reads 'total overdue?' alone as what is owed", () => {
    const context: ConversationContext = {
      lastAccountIds: [],
      lastIntent: "at_risk_accounts",
      lastRisk: "late_payment",
    };
    expect(read("加起来一共多少", context)).toMatchObject({
      intent: "at_risk_accounts",
      entities: { risk: "late_payment" },
    });
    // With no list before, the total past due is the money owed now (session 12: the receivables list, which sums it;
    // the late-payment risk list also names accounts that once paid late).
    expect(read("total overdue?")).toMatchObject({ intent: "receivables", entities: { receivableDue: "overdue" } });
    expect(read("which of my accounts owe us money past due")).toMatchObject({
      intent: "at_risk_accounts",
      entities: { risk: "late_payment" },
    });
    // Without a list of one signal before, "一共多少" is no such sum.
    expect(read("一共多少", { lastAccountIds: [] }).intent).not.toBe("at_risk_accounts");
  });
});
