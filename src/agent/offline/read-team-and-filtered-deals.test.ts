// Kinds read for issue 18 in session 13 (four blind books: lifts, solar O&M, canteens, HR software), over the small
// made-up book in team-book.fixture.ts: a manager's team questions (pipeline by stage, won by rep, one rep's deals by
// given name), deal lists filtered by kind and place and then narrowed, another team's account written short, English
// names mistyped, deal updates and reminders as people type them.
import { describe, expect, it } from "vitest";
import { planOfflineCalls } from "../plan-offline";
import { read, talk } from "./team-book.fixture";

describe("deal lists by kind of account, place and stage, then narrowed", () => {
  it("lists the open deals of two kinds of account in one province, above a size", () => {
    const u = read("湖北的高校跟医院 还没签下来的 50万以上的");
    expect(u).toMatchObject({
      intent: "find_deals",
      entities: { accountIds: [], industry: "university,hospital", region: "湖北", dealList: { minAmount: 500_000 } },
    });
    expect(planOfflineCalls(u, "t", "2026-11-22").calls[0].args).toMatchObject({
      industry: "university,hospital",
      region: "湖北",
      minAmount: 500_000,
    });
  });

  it("keeps those filters for 'which signs first' (one deal, the soonest) and for 'sort by date' (all of them)", () => {
    const [, first] = talk("湖北的高校跟医院 还没签下来的 50万以上的", "其中哪个最快签");
    expect(first).toMatchObject({
      intent: "find_deals",
      entities: { industry: "university,hospital", region: "湖北", dealList: { sortBy: "close", limit: 1 } },
    });
    const [, sorted] = talk("医院客户还开着的单子加起来多少钱", "按签约日期排一下");
    expect(sorted.entities).toMatchObject({ industry: "hospital", dealList: { sortBy: "close" } });
    expect(sorted.entities.dealList?.limit).toBeUndefined();
  });

  it("never reads a kind of organisation alone as a piece of an account's name", () => {
    expect(read("高校客户有哪些")).toMatchObject({ intent: "find_accounts", entities: { accountIds: [] } });
    expect(read("total open pipeline at universities?")).toMatchObject({
      intent: "find_deals",
      entities: { industry: "university" },
    });
  });

  it("adds the pipeline up by stage, then shows its first three", () => {
    const [stages, top] = talk("团队pipeline按阶段拆一下看看", "前三个");
    expect(stages).toMatchObject({ intent: "find_deals", entities: { dealList: { byStage: true } } });
    expect(top).toMatchObject({ intent: "find_deals", entities: { dealList: { limit: 3 } } });
    expect(top.entities.dealList?.byStage).toBeUndefined();
    expect(read("pipeline by stage").entities.dealList?.byStage).toBe(true);
  });

  it("reads 'before 12/31' as from today to that day", () => {
    expect(read("deals closing before 12/31 over 1M sorted by amount").entities.dateRange).toMatchObject({
      from: "2026-11-22",
      to: "2026-12-31",
    });
  });

  it("reads lost deals asked with their winners, and sorts that list by amount next", () => {
    for (const message of [
      "deals lost this year n to whom",
      "2026 losses - which deals and which competitor took them",
    ])
      expect(read(message), message).toMatchObject({
        intent: "competitor_deals",
        entities: { competitorStatus: "lost" },
      });
    const [, sorted] = talk("今年输掉的单都丢给谁了", "按金额排下");
    expect(sorted).toMatchObject({
      intent: "find_deals",
      entities: { dealList: { status: "lost", sortBy: "amount" } },
    });
  });
});

describe("a manager's team questions", () => {
  it("reads a colleague by given name, in Chinese and in pinyin", () => {
    expect(read("晓云手上都有哪些客户 在跟的单子也列下")).toMatchObject({
      intent: "find_deals",
      entities: { ownerId: "r2" },
    });
    const [, only] = talk("how much is sitting in negotiation rn", "only Xiaoyun's");
    expect(only).toMatchObject({
      intent: "find_deals",
      entities: { ownerId: "r2", dealList: { stages: ["negotiation"] } },
    });
  });

  it("answers a rep's won revenue and the split by rep with the attainment", () => {
    expect(read("贾建国今年签了多少")).toMatchObject({ intent: "attainment", entities: { week: { rep: "贾建国" } } });
    expect(read("won revenue this year, split by rep").intent).toBe("attainment");
    expect(read("今年赢单金额按人分一下").intent).toBe("attainment");
  });

  it("keeps 'and his open deals' on the rep just shown, and counts a rep's deals without the forecast", () => {
    const [, his] = talk("show me jia jianguo's accounts", "and his open deals");
    expect(his).toMatchObject({ intent: "find_deals", entities: { ownerId: "r1" } });
    expect(read("how many open deals does Jia Jianguo have, total value?")).toMatchObject({
      intent: "find_deals",
      entities: { ownerId: "r1" },
    });
  });

  it("reads 'weighted vs unweighted' as the forecast, no comparison of accounts", () => {
    expect(read("team forecast weighted vs unweighted").intent).toBe("forecast");
  });

  it("answers who owns an account with its overview; who holds a duty there stays the power map", () => {
    expect(read("RDP谁负责的 还欠多少钱")).toMatchObject({
      intent: "account_overview",
      entities: { accountIds: ["rdp"] },
    });
    expect(read("who owns Red Dune Power")).toMatchObject({ intent: "account_overview" });
    expect(read("腾格尔光伏采购谁负责").intent).toBe("power_map");
  });
});

describe("names written short, misheard or mistyped", () => {
  it("says back another team's account written as its head and a later word, never one of the user's", () => {
    const u = read("韩东那个中岳青海支架单咋样了");
    expect(u.entities.accountIds).toEqual([]);
    expect(u.entities.unresolvedNames).toEqual(["中岳青海"]);
    expect(read("中岳宁夏咋样").entities.accountIds).toEqual(["zyn"]);
  });

  it("picks of two accounts sharing a short name the one an English kind word fits", () => {
    expect(read("haitou storage whats the latest").entities.accountIds).toEqual(["hts"]);
  });

  it("reads a name's head heard with another first character", () => {
    expect(read("藤格尔谁拍板").entities.accountIds).toEqual(["tge"]);
  });

  it("reads English names one letter off, but not a name of someone else written in pinyin", () => {
    expect(read("log a call with Melisa Ong today - invoice to be paid mid Dec")).toMatchObject({
      intent: "log_interaction",
      entities: { accountIds: ["hpp"], contactIds: ["mel"] },
    });
    expect(read("spoke to Omer on the phone today - eval wraps mid jan. record it")).toMatchObject({
      intent: "log_interaction",
      entities: { accountIds: ["rdp"], contactIds: ["omar"] },
    });
    expect(read("show me Xu Jing's accounts", undefined, []).entities.contactIds).toEqual([]);
    expect(read("Could you kindly update the Harbour Pointe IoT rollout amount to 1.75M?")).toMatchObject({
      intent: "update_opportunity",
      entities: { accountIds: ["hpp"], deal: { amount: 1_750_000 } },
    });
  });
});

describe("writes and lists as people type them", () => {
  it("reads stage changes with English stage words and 阶段改成", () => {
    expect(read("腾格尔光伏运维合同推到 negotiation 了").entities.deal).toMatchObject({ stage: "negotiation" });
    expect(read("HPP modernisation is now at proposal stage, update it")).toMatchObject({
      intent: "update_opportunity",
      entities: { deal: { stage: "proposal" } },
    });
    expect(read("腾格尔光伏巡检项目 阶段改成报价").entities.deal).toMatchObject({ stage: "proposal" });
  });

  it("reads reminders asked with todo, 设置提醒 and 到时候提醒我, dated month.day", () => {
    expect(read("12.2 约了腾格尔光伏陈静聊巡检方案 加个 todo")).toMatchObject({
      intent: "add_action",
      entities: { accountIds: ["tge"], date: "2026-12-02" },
    });
    expect(read("腾格尔光伏陈总监约在12.3，届时上门汇报方案，请设置提醒")).toMatchObject({
      intent: "add_action",
      entities: { date: "2026-12-03" },
    });
    const later = read("12.2给腾格尔光伏陈总监送整体方案 到时候提醒我");
    expect(later.intent).toBe("add_action");
    expect(later.entities.actionTitle).toBe("给腾格尔光伏陈总监送整体方案");
    expect(read("had a meeting w omar yday about 2027 O&M - add to timeline").intent).toBe("log_interaction");
  });

  it("reads late payers, money falling due, accounts gone unvisited (木去) and a rival's deals (撞了几个项目)", () => {
    expect(read("my late payers, largest amount on top")).toMatchObject({
      intent: "receivables",
      entities: { receivableDue: "overdue" },
    });
    expect(read("anything falling due in december?")).toMatchObject({
      intent: "receivables",
      entities: { receivableDue: "not_due" },
    });
    expect(read("哪些客户老长时间木去了").intent).toBe("stale_accounts");
  });
});
