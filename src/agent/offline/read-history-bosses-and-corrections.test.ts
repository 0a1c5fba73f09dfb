// Kinds read for issue 18 in session 15, over the book in printing-book.fixture.ts: another organisation named by a
// trade word one of the user's accounts also ends in, a boss at another account, questions about what happened that
// are no report of it, days corrected mid-message, what was said in a period, orders, and errands typed in English.
import { describe, expect, it } from "vitest";
import { read, talk } from "./printing-book.fixture";
import { correctDates } from "./read-self-correction";

describe("an organisation that is none of the user's accounts", () => {
  it("is said back, never read as the account whose name ends in the same trade word", () => {
    // 印务 ends 平遥古城印务's name; 晋城兰花印务 is another printer.
    const other = read("晋城兰花印务最近咋样");
    expect(other.entities.accountIds).toEqual([]);
    expect(other.entities.unresolvedNames).toContain("晋城兰花印务");
    // 农机 shortens 农业机械 (省农机站); 金穗农机 is another company.
    const dealer = read("金穗农机最近咋样");
    expect(dealer.entities.accountIds).not.toContain("njz");
    expect(dealer.entities.unresolvedNames).toContain("金穗农机");
    // The account's own short names still find it.
    expect(read("古城印务最近咋样").entities.accountIds).toEqual(["py"]);
    expect(read("省农机站最近咋样").entities.accountIds).toEqual(["njz"]);
  });
});

describe("a boss at another account", () => {
  it("answers the boss's own card at the boss's account, and keeps talking about the person's account", () => {
    const [boss, next] = talk("杜文斌的领导是谁", "那个总工呢 最近聊过没");
    expect(boss.intent).toBe("power_map");
    expect(boss.entities).toMatchObject({ accountIds: ["grp"], contactIds: ["chen"] });
    expect(boss.entities.bossOf).toEqual({ contactId: "du", accountId: "plant" });
    // 总工 is at the plant, where the talk stayed.
    expect(next.entities.accountIds).toEqual(["plant"]);
    expect(talk("郭鹏是谁", "and his boss?")[1].entities.bossOf).toBeUndefined();
  });

  it("climbs one step from the boss just named ('他上面呢', 'and HER boss?'), and keeps 'him' on that boss", () => {
    // The answer to "郭鹏的领导是谁" named 杜文斌 (nodes/respond.ts keeps him as answerContactIds).
    const afterBoss = {
      lastAccountIds: ["plant"],
      lastContactIds: ["guo"],
      answerContactIds: ["du"],
      pronoun: "m" as const,
      lastIntent: "power_map",
    };
    const up = read("他上面呢", afterBoss);
    expect(up.entities).toMatchObject({ accountIds: ["grp"], contactIds: ["chen"], bossOf: { contactId: "du" } });
    // After the chairman's card, "这个人" is the chairman; "归谁管" of a person is their boss, not the account's owner.
    const who = read("那这个人又归谁管", {
      lastAccountIds: ["plant"],
      lastContactIds: ["chen"],
      lastIntent: "power_map",
    });
    expect(who).toMatchObject({ intent: "power_map", entities: { contactIds: ["chen"], accountIds: ["grp"] } });
    const when = read("when did we last talk to him", {
      lastAccountIds: ["plant"],
      lastContactIds: ["chen"],
      lastIntent: "power_map",
      language: "en",
    });
    expect(when).toMatchObject({ intent: "last_contact", entities: { contactIds: ["chen"], accountIds: ["grp"] } });
  });

  it("answers 'whom does he report to' on the person's own card", () => {
    const u = read("杜文斌向谁汇报");
    expect(u.entities).toMatchObject({ accountIds: ["plant"], contactIds: ["du"] });
    expect(u.entities.bossOf).toBeUndefined();
  });
});

describe("a question about what happened is no report of it", () => {
  it("counts visits and finds notes instead of logging one", () => {
    expect(read("运河纸箱上个月去了几趟").intent).toBe("last_contact");
    expect(read("what did Xue ask for when we met him in sept").intent).not.toBe("log_interaction");
    expect(read("原来那个郭鹏跑哪去了").intent).not.toBe("log_interaction");
    // Reports still log.
    expect(read("今天去了运河纸箱 薛文斌要48台的报价").intent).toBe("log_interaction");
    expect(read("we met Xue at yunhe today, he wants 48 units").intent).toBe("log_interaction");
  });
});

describe("a day corrected in the middle of a message", () => {
  it("takes the day said after the correction, and drops the correction from the text", () => {
    expect(correctDates("行 明天 不对 后天去找胡经理对一下账 帮我记个待办", NOW)).toBe(
      "行 后天去找胡经理对一下账 帮我记个待办",
    );
    expect(correctDates("12.3去平遥印务问雷总贷款进度 哦不对是12.4 加个待办", NOW)).toBe(
      "12.4去平遥印务问雷总贷款进度 加个待办",
    );
    expect(correctDates("call her dec 3 no sorry dec 4 about the quote", NOW)).toBe("call her dec 4 about the quote");
    // A correction of something else, or no second day, leaves the message as it is.
    expect(correctDates("报价12.5万 不对 13万", NOW)).toBe("报价12.5万 不对 13万");
    expect(correctDates("不是一院 是二院", NOW)).toBe("不是一院 是二院");
    const u = read("平遥印务 11.24带工程师过去看 哦不对 11.25 加个待办");
    expect(u.intent).toBe("add_action");
    expect(u.entities.date).toBe("2026-11-25");
    expect(u.entities.actionTitle).not.toMatch(/不对|11\.2/);
  });
});

describe("what was said in a period", () => {
  it("reads a season or the start of the year as the period whose notes answer", () => {
    const winter = read("杜文斌去年冬天交代检修最晚哪天弄完");
    expect(winter.intent).toBe("last_contact");
    expect(winter.entities.saidThen).toBe(true);
    expect(winter.entities.dateRange).toMatchObject({ from: "2025-12-01", to: "2026-02-28" });
    expect(read("雷总年初说过为啥跟别家好").entities.dateRange).toMatchObject({ from: "2026-01-01", to: "2026-03-31" });
    const march = read("ACP - what were they complaining about back in march");
    expect(march).toMatchObject({ intent: "last_contact", entities: { accountIds: ["acp"], saidThen: true } });
    expect(read("last summer what did Aigerim want").entities.dateRange).toMatchObject({ from: "2026-06-01" });
    // How often is a count, not what was said.
    expect(read("运河纸箱这个月聊了几次").entities.saidThen).toBeUndefined();
  });
});

describe("orders asked about", () => {
  it("reads when they last ordered, and what they bought in a period, as the account's orders", () => {
    const [, last] = talk("运河纸箱最近咋样", "他们最后一次下单是啥时候 买的啥");
    expect(last).toMatchObject({ intent: "account_overview", entities: { accountIds: ["yh"], ordersAsked: true } });
    const year = read("去年平遥印务从咱这买过啥");
    expect(year.entities).toMatchObject({ ordersAsked: true, dateRange: { from: "2025-01-01", to: "2025-12-31" } });
    expect(read("almaty carton: when was the last order and how much").entities.ordersAsked).toBe(true);
  });
});

describe("errands and lists asked the way reps type them", () => {
  it("reads 'ping me', 'put it on my list' and 'add a to do for' as actions with their day", () => {
    const ping = read("ping me tmrw to ring Lei at pingyao about the loan");
    expect(ping).toMatchObject({ intent: "add_action", entities: { accountIds: ["py"], date: "2026-11-23" } });
    expect(ping.entities.actionTitle).toBe("ring Lei at pingyao about the loan");
    const list = read("11/26 - need to send ACP the russian manual, put it on my list");
    expect(list).toMatchObject({ intent: "add_action", entities: { date: "2026-11-26" } });
    expect(list.entities.actionTitle).toBe("send ACP the russian manual");
    const todo = read("add a to do for dec 2 call Xue at yunhe about the discount");
    expect(todo.entities.actionTitle).toBe("call Xue at yunhe about the discount");
  });

  it("reads 'which first this week' as the week's plan and 'not been since spring' as the stale list", () => {
    expect(read("这两天先跑哪几家 给我排一下").intent).toBe("my_week");
    expect(read("busy week ahead - what should I hit first?").intent).toBe("my_week");
    const stale = read("有哪些客户从8月到现在一次都没去过");
    expect(stale.intent).toBe("stale_accounts");
    expect(stale.entities.week?.days).toBe(113);
    expect(read("who have I not been to since spring").entities.week?.days).toBe(266);
  });
});

const NOW = "2026-11-22T09:00:00.000Z";

describe("lists of a kind, the biggest deals, and picks from them", () => {
  it("lists the accounts of a kind asked how they are doing; a deal question about them stays a deal list", () => {
    expect(read("政府客户现在都啥情况")).toMatchObject({
      intent: "find_accounts",
      entities: { industry: "government" },
    });
    expect(read("packaging accounts - how are they doing").intent).toBe("find_accounts");
    expect(read("政府客户还开着的单子加起来多少钱").intent).toBe("find_deals");
  });

  it("lists tiers named with 级 and joined ('把战略级和重点客户筛出来看看')", () => {
    expect(read("把战略级和重点客户筛出来看看")).toMatchObject({
      intent: "find_accounts",
      entities: { tier: ["S", "A"] },
    });
    // 级别 is no tier's name.
    expect(read("重点级别的事情先放放").entities.tier).toBeUndefined();
  });

  it("reads 'top 3 deals' as the three biggest, and 'biggest one - …' next as the first of that list", () => {
    const [top, pick] = talk("top 3 open deals across the team pls", "biggest one - whats the next step");
    expect(top).toMatchObject({ intent: "find_deals", entities: { dealList: { limit: 3 } } });
    expect(read("前三大的商机").entities.dealList?.limit).toBe(3);
    // The list's order is known only from the answer (nodes/respond.ts); here the context says it.
    const after = read("biggest one - whats the next step", {
      lastAccountIds: [],
      lastListIds: ["yh", "py"],
      lastIntent: "find_deals",
    });
    expect(after.entities.accountIds).toEqual(["yh"]);
    expect(pick.intent).not.toBe("help");
  });

  it("reads 月底前 and 'by the end of the month' as from today to the month's last day", () => {
    expect(read("其中月底前就得签的是哪单").entities.dateRange).toMatchObject({ from: "2026-11-22", to: "2026-11-30" });
    expect(read("deals closing by the end of the month").entities.dateRange).toMatchObject({ to: "2026-11-30" });
  });
});

describe("people asked about in passing", () => {
  it("finds a surname typed in lower case after a word said of a person, even one who has left", () => {
    const [, still] = talk("平遥印务最近咋样", "oh and is lei still there or did he leave");
    expect(still).toMatchObject({ intent: "power_map", entities: { contactIds: ["lei"] } });
    expect(read("met xue at yunhe yesterday, log it as a visit").entities).toMatchObject({
      contactIds: ["xue"],
      interactionKind: "visit",
    });
  });

  it("writes for the person just talked about when no account is in play ('remind me Dec 2 to call him')", () => {
    // After a list (no account in play) and the last visit's person named (nodes/respond.ts keeps him).
    const u = read("remind me Dec 2 to call him", {
      lastAccountIds: [],
      lastContactIds: ["lei"],
      lastIntent: "last_contact",
    });
    expect(u).toMatchObject({
      intent: "add_action",
      entities: { accountIds: ["py"], contactIds: ["lei"], date: "2026-12-02" },
    });
  });

  it("answers 'did he ever complain' from the notes with that person on the topic", () => {
    const [, ever] = talk("雷鸣是谁", "他以前对咱们有啥不满意的");
    expect(ever).toMatchObject({ intent: "last_contact", entities: { contactIds: ["lei"], saidThen: true } });
    expect(ever.entities.notesAbout).toContain("投诉");
  });
});

describe("calls received and deals resized in words", () => {
  it("logs a call received (来电) at the account it is to be written to (记到…), as a call", () => {
    const u = read("雷总11.20来电 说尾款先打30万 其余明年 记到平遥印务");
    expect(u).toMatchObject({ intent: "log_interaction", entities: { accountIds: ["py"], interactionKind: "call" } });
    expect(u.entities.date).toBe("2026-11-20");
    expect(u.entities.summary).not.toContain("记到");
  });

  it("resizes the deal the turn before named when told to 'bump it to' an amount in words", () => {
    const [, bump] = talk("运河纸箱那个模切机的单子现在多少钱", "ok bump it to two point one five million");
    expect(bump).toMatchObject({ intent: "update_opportunity", entities: { accountIds: ["yh"] } });
    expect(bump.entities.deal).toMatchObject({ amount: 2_150_000, dealHint: "模切机" });
  });
});

describe("Chinese with English words mixed in", () => {
  it("reads notes, to-dos, overdue lists and a deal's stage typed half in English", () => {
    expect(read("记个note 运河纸箱要demo")).toMatchObject({
      intent: "log_interaction",
      entities: { accountIds: ["yh"], summary: "运河纸箱要demo" },
    });
    expect(read("加个todo 明天call雷鸣 问贷款").entities).toMatchObject({
      actionTitle: "call雷鸣 问贷款",
      date: "2026-11-23",
    });
    expect(read("哪些account overdue了")).toMatchObject({
      intent: "receivables",
      entities: { receivableDue: "overdue" },
    });
    const [, stage, po] = talk("运河纸箱最近咋样", "这个deal的stage是啥", "PO还没来 是不是卡在财务");
    expect(stage).toMatchObject({ intent: "account_overview", entities: { accountIds: ["yh"] } });
    expect(po).toMatchObject({ intent: "account_overview", entities: { accountIds: ["yh"] } });
    expect(po.entities.notesAbout).toContain("PO");
  });
});

describe("the trade's words typed by their sound", () => {
  it("reads 鱼期 as 逾期 and 保正金 as 保证金, and what is not yet due right after the receivables", () => {
    expect(read("帮我看一下那个 嗯 鱼期的款 谁欠得最多").intent).toBe("receivables");
    const [, notDue] = talk("逾期的款谁欠得最多", "那还没到期的呢 最大那笔是谁的");
    expect(notDue).toMatchObject({ intent: "receivables", entities: { receivableDue: "not_due" } });
    expect(read("雨季来了 平遥印务那边咋样").entities.accountIds).toEqual(["py"]);
  });
});
