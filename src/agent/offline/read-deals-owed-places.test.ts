import { describe, expect, it } from "vitest";
import type { Intent } from "./intents";
import type { ContactRef, ConversationContext } from "./types";
import { understandMessage } from "./understand-message";

// A small book of its own (a vendor of factory software): a group of appliance makers with two plants, a battery
// maker in a district that shares its short name, a brewery in the same district, a municipal wastewater plant whose
// alias says 城市, an English-named plant abroad. The sentences are written here the way reps type them; none is
// copied from an eval book.
const BOOK = [
  {
    id: "gp",
    name: "粤海电器集团有限公司",
    aliases: ["粤海集团"],
    industry: "home_appliance",
    region: "广东省佛山市顺德区",
  },
  { id: "k", name: "佛山粤海厨房电器有限公司", aliases: ["粤海厨电"], parentId: "gp", industry: "home_appliance" },
  { id: "a", name: "中山粤海空调有限公司", aliases: ["粤海空调"], parentId: "gp", industry: "home_appliance" },
  {
    id: "bt",
    name: "岳麓新能源电池有限公司",
    aliases: ["岳麓电池"],
    industry: "battery",
    region: "湖南省长沙市岳麓区",
  },
  { id: "br", name: "湘江啤酒有限公司", aliases: ["湘江啤酒"], industry: "brewery", region: "湖南省长沙市岳麓区" },
  { id: "ww", name: "阜阳颍东区城市污水处理有限公司", aliases: ["颍东城市污水厂"], industry: "municipal_wastewater" },
  { id: "lc", name: "Lahore Clean Water Company", aliases: ["LCWC"], industry: "municipal_water" },
];
const PEOPLE: ContactRef[] = [
  { id: "tm", accountId: "lc", name: "Tariq Mahmood", title: "Managing Director" },
  { id: "zh", accountId: "bt", name: "张红", title: "设备技术科科长" },
  { id: "lq", accountId: "bt", name: "李强", title: "物资采购科科长" },
];
const REPS = [
  { id: "r1", name: "陶思远" },
  { id: "r2", name: "葛俊" },
];
const NOW = "2026-11-22T09:00:00+08:00";
const read = (message: string, context?: ConversationContext) =>
  understandMessage({ message, now: NOW, accounts: BOOK, contacts: PEOPLE, competitors: [], reps: REPS, context });
const following = (lastAccountIds: string[], lastIntent: Intent, more: Partial<ConversationContext> = {}) =>
  ({ lastAccountIds, lastIntent, ...more }) as ConversationContext;

describe("deal lists, money overdue, slips of names and places, read as kinds", () => {
  it("lists deals by stage and size, in either language; a period alone stays the forecast", () => {
    expect(read("100万以上还在谈判的单子给我列下")).toMatchObject({
      intent: "find_deals",
      entities: { dealList: { stages: ["negotiation"], minAmount: 1_000_000 } },
    });
    expect(read("deals over 3M")).toMatchObject({
      intent: "find_deals",
      entities: { dealList: { minAmount: 3_000_000 } },
    });
    expect(read("opps in proposal stage, by date")).toMatchObject({
      intent: "find_deals",
      entities: { dealList: { stages: ["proposal"], sortBy: "close" } },
    });
    // 报价 before a figure is the price; a quotation to send is no deal list.
    expect(read("报价￥80,000的商机有哪些").entities.dealList?.stages).toBeUndefined();
    expect(read("跟张红通了个电话 她要报价单").intent).toBe("log_interaction");
    expect(read("这季度能签下来的单子有哪些").intent).toBe("forecast");
    expect(read("deal -> 1.65M").intent).not.toBe("find_deals");
    // Sloppier ways to say it: 单 alone after 些, the biggest few, deals in talks, "biggest deals in my pipeline".
    expect(read("报价阶段有哪些单")).toMatchObject({
      intent: "find_deals",
      entities: { dealList: { stages: ["proposal"] } },
    });
    for (const m of [
      "金额最大的几个单子",
      "有几个单子在谈",
      "biggest deals in my pipeline",
      "my open deals",
      "所有在跟的单子",
    ])
      expect(read(m).intent, m).toBe("find_deals");
    expect(read("deals closing next month over 1M")).toMatchObject({
      intent: "find_deals",
      entities: { dealList: { minAmount: 1_000_000 }, dateRange: { from: "2026-12-01", to: "2026-12-31" } },
    });
  });

  it("scopes a deal list to the rep named, and keeps the period when the next rep is asked with 的呢", () => {
    expect(read("陶思远的单子")).toMatchObject({ intent: "find_deals", entities: { ownerId: "r1" } });
    expect(read("show me Ge Jun's deals")).toMatchObject({ intent: "find_deals", entities: { ownerId: "r2" } });
    const first = read("陶思远这季度要签的单子有哪些");
    expect(first).toMatchObject({ intent: "forecast", entities: { ownerId: "r1" } });
    const next = read("葛俊的呢", {
      ...following([], "forecast"),
      lastDealAsk: { dateRange: first.entities.dateRange },
    });
    expect(next).toMatchObject({
      intent: "forecast",
      entities: { ownerId: "r2", dateRange: { from: "2026-10-01", to: "2026-12-31" } },
    });
  });

  it("reads money past due asked for as the receivables' overdue part, and a dated errand to chase it as a task", () => {
    for (const m of [
      "逾期的款有哪些 列一下",
      "哪些客户有逾期款",
      "overdue invoices pls, biggest first",
      "invoices past due?",
    ])
      expect(read(m), m).toMatchObject({ intent: "receivables", entities: { receivableDue: "overdue" } });
    expect(read("remind me tomorrow to chase Tariq on the overdue invoice").intent).toBe("add_action");
  });

  it("takes 'that last one' and 最后那家 as the last of the list just shown", () => {
    const list = following([], "receivables", { lastListIds: ["gp", "bt", "lc"] });
    expect(read("and that last one, when was it due", list).entities.accountIds).toEqual(["lc"]);
    expect(read("最后那家啥时候到期的", list).entities.accountIds).toEqual(["lc"]);
  });

  it("reports a name that only shares a plant's kind as not found, never as the plant", () => {
    const u = read("南京江心洲污水厂最近咋样");
    expect(u.entities.accountIds).toEqual([]);
    expect(u.entities.unresolvedAccountText).toBe("南京江心洲污水厂");
    expect(read("颍东城市污水厂最近咋样").entities.accountIds).toEqual(["ww"]);
    expect(read("Cairo East wastewater plant - last contact?").entities.unresolvedAccountText).toBe(
      "Cairo East wastewater plant",
    );
  });

  it("finds a person by an English name with a typo in the surname, and by the duty their title holds", () => {
    expect(read("Tariq Mahmod's email?").entities.contactIds).toEqual(["tm"]);
    expect(read("岳麓电池谁管技术").entities.contactIds).toEqual(["zh"]);
    expect(read("岳麓电池采购那块谁负责").entities.contactIds).toEqual(["lq"]);
  });

  it("reads a book place typed with a same-sounding character, and battery or appliance makers as industries", () => {
    expect(read("月麓那边有哪些客户").entities.region).toBe("岳麓");
    expect(read("电池行业的客户有哪些").entities.industry).toBe("battery");
    expect(read("家电客户有哪些").entities.industry).toBe("home_appliance");
  });
});
