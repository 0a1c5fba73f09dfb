// Kinds read for issue 18 in session 14, over a small cold-chain book of its own: choices picked by a place or a
// sound-alike, money won and lost asked as a total, a competitor's deals summed, the money longest past due, tender
// follow-ups that name the notice's subject, places outside the book, and questions that are not about accounts.
import { describe, expect, it } from "vitest";
import { pickChoice } from "./pick-choice";
import type { AccountRef, ContactRef, ConversationContext } from "./types";
import { understandMessage } from "./understand-message";
import { updateContext } from "./update-context";

const NOW = "2026-11-22T09:00:00.000Z";

const ACCOUNTS: AccountRef[] = [
  { id: "kyw", name: "湖南康元医药物流有限公司", aliases: ["康元物流"], industry: "pharma", region: "湖南省长沙市" },
  { id: "kyj", name: "江西康元医药连锁有限公司", aliases: ["康元连锁"], industry: "pharma", region: "江西省南昌市" },
  {
    id: "ezp",
    name: "鄂州临空冷链物流园有限公司",
    aliases: ["鄂州", "鄂州冷链园", "Ezhou Airport Cold Chain Park"],
    industry: "logistics",
    region: "湖北省鄂州市",
  },
  {
    id: "ezh",
    name: "鄂州市中心医院",
    aliases: ["鄂州中心医院", "Ezhou Central Hospital"],
    industry: "hospital",
    region: "湖北省鄂州市",
  },
  { id: "rj", name: "武汉江汉仁济医院", aliases: ["仁济"], industry: "hospital", region: "湖北省武汉市" },
  {
    id: "bmcs",
    name: "Bangkok Metro Cold Storage Co., Ltd.",
    aliases: ["BMCS", "曼谷冷库"],
    industry: "logistics",
    region: "Bangkok, Thailand",
  },
  { id: "tzx", name: "浙江台州星辰药业有限公司", aliases: ["星辰药业"], industry: "pharma", region: "浙江省台州市" },
  {
    id: "dyh",
    name: "东营河口化工园区运营有限公司",
    aliases: ["河口化工园"],
    industry: "chemical",
    region: "山东省东营市",
  },
  {
    id: "nc",
    name: "江西抚河药业集团南昌制药有限公司",
    aliases: ["南昌制药"],
    industry: "pharma",
    region: "江西省南昌市",
  },
];

const CONTACTS: ContactRef[] = [
  { id: "zgq", accountId: "ezh", name: "张国庆", title: "设备科主任" },
  { id: "cy", accountId: "kyw", name: "陈毅", title: "总经理" },
  { id: "wm", accountId: "kyw", name: "吴敏", title: "财务部经理" },
  { id: "zyq", accountId: "kyw", name: "周雅琴", title: "门店工程部经理" },
  { id: "zlp", accountId: "rj", name: "张丽萍", title: "设备科主任" },
  { id: "xwj", accountId: "tzx", name: "许文静", title: "包材采购经理" },
];

const COMPETITORS = [{ name: "秦川重装", aliases: ["秦川"] }];

const read = (message: string, context?: ConversationContext) =>
  understandMessage({ message, now: NOW, accounts: ACCOUNTS, contacts: CONTACTS, context, competitors: COMPETITORS });

/** Plays messages as one conversation; each reading gets the context the ones before it left. */
function talk(...messages: string[]) {
  let context: ConversationContext | undefined;
  return messages.map((message) => {
    const u = read(message, context);
    context = updateContext(context, u);
    return u;
  });
}

describe("a choice picked by what the user types", () => {
  const accountChoices = [
    { label: "江西康元医药连锁有限公司", message: "江西康元医药连锁有限公司那单到哪步了" },
    { label: "湖南康元医药物流有限公司", message: "湖南康元医药物流有限公司那单到哪步了" },
  ];
  const personChoices = [
    { label: "张国庆（鄂州市中心医院，设备科主任）", message: "把鄂州市中心医院的张国庆号码发我" },
    { label: "张丽萍（武汉江汉仁济医院，设备科主任）", message: "把武汉江汉仁济医院的张丽萍号码发我" },
  ];

  it("picks the account in the place said ('长沙那个', 'the one in Changsha')", () => {
    expect(pickChoice("长沙那个", accountChoices, ACCOUNTS, CONTACTS)).toBe(accountChoices[1].message);
    expect(pickChoice("南昌的", accountChoices, ACCOUNTS, CONTACTS)).toBe(accountChoices[0].message);
    // A place both choices are in, or a new question with a place, picks nothing.
    expect(pickChoice("湖北那个", personChoices, ACCOUNTS, CONTACTS)).toBeNull();
    expect(pickChoice("长沙那个单子金额和对手都是啥情况", accountChoices, ACCOUNTS, CONTACTS)).toBeNull();
  });

  it("picks the person whose account is typed by its sound ('仁记的' for 仁济)", () => {
    expect(pickChoice("仁记的", personChoices, ACCOUNTS, CONTACTS)).toBe(personChoices[1].message);
    expect(pickChoice("饿州的", personChoices, ACCOUNTS, CONTACTS)).toBe(personChoices[0].message);
    expect(pickChoice("张主任", personChoices, ACCOUNTS, CONTACTS)).toBeNull();
  });
});

describe("money won, lost and summed", () => {
  it("lists the deals won this year with their total, then the lost ones on 'and lost?'", () => {
    const [won, lost] = talk("how much did i win this yr", "and lost?");
    expect(won.intent).toBe("find_deals");
    expect(won.entities.dealList?.status).toBe("won");
    expect(won.entities.dateRange).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
    expect(lost.intent).toBe("find_deals");
    expect(lost.entities.dealList?.status).toBe("lost");
    expect(lost.entities.dateRange).toMatchObject({ from: "2026-01-01" });
    expect(read("今年赢了哪些单").entities.dealList?.status).toBe("won");
    // Deals not yet signed are open ones, not won ones.
    expect(read("湖北的医院 还没签下来的 50万以上的单子").entities.dealList?.status).not.toBe("won");
  });

  it("sums the same competitor's deals when asked 'how much in all' right after them", () => {
    const [rival, total] = talk("秦川在跟我抢哪几单", "金额一共");
    expect(rival.intent).toBe("competitor_deals");
    expect(total.intent).toBe("competitor_deals");
    expect(total.entities).toMatchObject({ competitor: "秦川重装", competitorStatus: "open" });
    expect(talk("which deals is qinchuan on", "combined $?")[1].intent).toBe("competitor_deals");
  });

  it("reads 'what did X take off us' as the deals lost to X", () => {
    expect(read("what did Qinchuan take off us")).toMatchObject({
      intent: "competitor_deals",
      entities: { competitor: "秦川重装", competitorStatus: "lost" },
    });
  });

  it("asks for the money longest past due first, one account when one is asked for", () => {
    const u = read("超期最久的是哪家 从几号开始欠的");
    expect(u.intent).toBe("receivables");
    expect(u.entities.receivableOldest).toEqual({ limit: 1 });
    expect(read("who's been overdue the longest").entities.receivableOldest).toEqual({ limit: 1 });
    expect(read("哪家欠得最多").entities.receivableOldest).toBeUndefined();
  });

  it("asks for the one biggest open deal ('最大那单是哪个')", () => {
    expect(read("最大那单是哪个")).toMatchObject({ intent: "find_deals", entities: { dealList: { limit: 1 } } });
    expect(read("最大的几个单子").entities.dealList?.limit).toBeUndefined();
  });
});

describe("people and money of the account just discussed", () => {
  it("reads a person described by department and 那个 at the account just discussed", () => {
    const [, finance] = talk("康元物流最近咋样", "财务那个谁说啥时候给");
    expect(finance.entities).toMatchObject({ accountIds: ["kyw"], contactIds: ["wm"] });
    const [, works] = talk("康元物流最近咋样", "现在还有戏吗 门店工程那个经理咋说");
    expect(works.entities.contactIds).toEqual(["zyq"]);
    // A place before 那个 is no department: nobody's title holds it.
    expect(talk("康元物流最近咋样", "长沙那个呢")[1].entities.contactIds).toEqual([]);
  });

  it("asks how often a person was met this month and last as their last contact, which counts both", () => {
    expect(read("吴敏这个月联系几次了 跟上个月比呢")).toMatchObject({
      intent: "last_contact",
      entities: { contactIds: ["wm"] },
    });
    expect(read("how many times did we meet Zhang Guoqing this month")).toMatchObject({
      intent: "last_contact",
      entities: { contactIds: ["zgq"] },
    });
  });

  it("reads what a rival offers, asked right after one account, from that account's notes on the rival", () => {
    const [, cheaper] = talk("康元物流最近咋样", "秦川比咱低多少");
    expect(cheaper).toMatchObject({ intent: "account_overview", entities: { accountIds: ["kyw"] } });
    expect(cheaper.entities.notesAbout).toEqual(expect.arrayContaining(["秦川重装", "秦川"]));
    const [, pitch] = talk("how's BMCS doing", "what's qinchuan putting on the table");
    expect(pitch).toMatchObject({ intent: "account_overview", entities: { accountIds: ["bmcs"] } });
    // With no account just discussed, the rival's deals are asked about.
    expect(read("秦川在跟我抢哪几单").intent).toBe("competitor_deals");
  });

  it("reads '刚才那家' after moving on to another account as the one before it", () => {
    const [, , back] = talk("康元物流今年下了多少单", "那仁济呢", "刚才那家明年想加啥");
    expect(back.entities.accountIds).toEqual(["kyw"]);
    const [, again] = talk("那仁济呢", "刚才那家明年想加啥");
    expect(again.entities.accountIds).toEqual(["rj"]);
  });

  it("answers 'how much is still owed' right after one account with that account's receivables", () => {
    const [, owed] = talk("康元物流最近咋样", "欠款呢 还有多少没回");
    expect(owed).toMatchObject({ intent: "receivables", entities: { accountIds: ["kyw"] } });
    expect(read("欠款还有多少没回").entities.accountIds).toEqual([]);
  });
});

describe("short follow-ups and spoken words", () => {
  it("keeps 'since when' on the money just shown, and reads 跑 as visiting", () => {
    const [owed, since] = talk("what does kangyuan logistics owe", "since when");
    expect(since.intent).not.toBe("help");
    expect(since).toMatchObject({ intent: owed.intent, entities: { accountIds: ["kyw"] } });
    expect(read("哪几家很久没跑了").intent).toBe("stale_accounts");
    expect(read("接下来几天先跑哪几家").intent).toBe("my_week");
    expect(read("team's overdue to-dos?").intent).toBe("list_actions");
    expect(read("谁的货款过期了还没给").intent).toBe("receivables");
  });

  it("reads 老 + surname as the person of that surname at the account named", () => {
    expect(read("康元物流老吴上回见面是几号")).toMatchObject({
      intent: "last_contact",
      entities: { accountIds: ["kyw"], contactIds: ["wm"] },
    });
    // With no account in play, 老吴 names nobody.
    expect(read("老吴上回见面是几号").entities.contactIds).toEqual([]);
  });
});

describe("writes typed in shorthand", () => {
  it("reads a deal's new amount, close day or stage written in shorthand as an update", () => {
    expect(read("康元物流单 改300w 12/18签")).toMatchObject({
      intent: "update_opportunity",
      entities: { accountIds: ["kyw"], deal: { amount: 3_000_000, close: { date: "2026-12-18" } } },
    });
    expect(read("BMCS retrofit -> negotiation, 2.4M")).toMatchObject({
      intent: "update_opportunity",
      entities: { accountIds: ["bmcs"], deal: { amount: 2_400_000, stage: "negotiation" } },
    });
    expect(read("BMCS deal is in negotiation now, change the stage").entities.deal?.stage).toBe("negotiation");
    expect(read("bump the BMCS pipeline deal to proposal, 2.3M").intent).toBe("update_opportunity");
    expect(read("康元物流冷库项目签了 118万 赢单").entities.deal).toMatchObject({ amount: 1_180_000, stage: "won" });
    // A list of the pipeline is no update.
    expect(read("BMCS pipeline deals this quarter").intent).not.toBe("update_opportunity");
  });

  it("reads a dated errand as a to-do, with the day it is due", () => {
    const errand = read("12.2给仁济张丽萍送方案 记得提醒");
    expect(errand).toMatchObject({ intent: "add_action", entities: { accountIds: ["rj"], date: "2026-12-02" } });
    expect(read("todo: visit Zhang Guoqing at ezhou central hospital 11.30")).toMatchObject({
      intent: "add_action",
      entities: { accountIds: ["ezh"], date: "2026-11-30" },
    });
    expect(read("tomorrow: send the quote to Zhang Guoqing at Ezhou Central Hospital")).toMatchObject({
      intent: "add_action",
      entities: { date: "2026-11-23" },
    });
    // A deadline's day of the month already past this month is next month's.
    const [, deadline] = talk("鄂州冷链园最近咋样", "标书10号前要交 记一下");
    expect(deadline).toMatchObject({ intent: "add_action", entities: { accountIds: ["ezp"], date: "2026-12-10" } });
    expect(read("12.5 is when they pay, right?").intent).not.toBe("add_action");
  });

  it("logs a call or visit told as done, whatever deal or tender word its note carries", () => {
    expect(read("昨天跟康元物流吴敏通了电话 用量都写进报价了 记一下")).toMatchObject({
      intent: "log_interaction",
      entities: { accountIds: ["kyw"], contactIds: ["wm"], date: "2026-11-21" },
    });
    expect(read("11/20去了鄂州冷链园 带我看了二期地块 记下")).toMatchObject({
      intent: "log_interaction",
      entities: { accountIds: ["ezp"], date: "2026-11-20" },
    });
    expect(
      read("was at ezhou central hospital yesterday with Zhang Guoqing going over the layout, put that in"),
    ).toMatchObject({ intent: "log_interaction", entities: { accountIds: ["ezh"], date: "2026-11-21" } });
    // Nobody went: a question, no log.
    expect(read("鄂州冷链园多久没人去了").intent).not.toBe("log_interaction");
  });
});

describe("what a description points at", () => {
  it("reads 'the cold store one' right after tenders as a listed notice, not another account named 冷库", () => {
    const tenders: ConversationContext = {
      lastAccountIds: [],
      lastIntent: "tender_matches",
      lastListIds: ["ezp", "ezh", "kyj"],
      lastTenders: [
        { accountId: "ezp", kind: "open_tender" },
        { accountId: "ezh", kind: "upcoming" },
        { accountId: "kyj", kind: "competitor_win" },
      ],
    };
    for (const message of ["那个冷库的投标要啥业绩", "when do bids close on the cold store one"]) {
      const u = read(message, tenders);
      expect(u.intent, message).toBe("tender_matches");
      expect(u.entities.accountIds, message).toEqual(["ezp"]);
    }
  });

  it("reads 'Zhang at ezhou hospital' as the hospital that short name and kind fit, not the park called 鄂州", () => {
    expect(read("Zhang at ezhou hospital - phone?").entities).toMatchObject({
      accountIds: ["ezh"],
      contactIds: ["zgq"],
    });
  });

  it("never reads a real city as a slip for the book's city that sounds the same (泰州 is not 台州)", () => {
    const u = read("江苏泰州天元制药的采购是谁");
    expect(u.entities.accountIds).toEqual([]);
    expect(u.entities.unresolvedNames).toEqual(["江苏泰州天元制药"]);
  });

  it("reports an organisation described in a city the book has no account in, instead of the book's one of its kind", () => {
    const u = read("宁波镇海那个化工园最近咋样");
    expect(u.entities.accountIds).toEqual([]);
    expect(u.entities.unresolvedAccountText).toBe("宁波镇海那个化工园");
  });

  it("keeps questions about the weather or exchange rates out of the accounts, even with a place or 'yuan'", () => {
    for (const message of ["南昌明天要下雨吗", "what's the ringgit to yuan rate today"]) {
      expect(read(message).intent, message).toBe("out_of_scope");
    }
  });
});
