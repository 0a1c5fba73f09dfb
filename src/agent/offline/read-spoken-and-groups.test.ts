// Kinds read for issue 18 in session 12, over a small made-up book of its own (bus and truck fleets): dictated
// messages (numbers in words, fillers), a group whose short name its members share, another team's English-named
// account written by one word, who-do-we-know questions, to-dos closed, money not in yet. Today is Sunday 2026-11-22.
import { describe, expect, it } from "vitest";
import { planOfflineCalls } from "../plan-offline";
import type { AccountRef, ContactRef, ConversationContext } from "./types";
import { understandMessage } from "./understand-message";

const NOW = "2026-11-22T02:00:00.000Z";
const ACCOUNTS: AccountRef[] = [
  { id: "grp", name: "辽东松原钢铁集团有限公司", aliases: ["松钢集团", "松原钢铁集团"] },
  { id: "cold", name: "辽东松原钢铁冷轧板材有限公司", aliases: ["松钢冷轧"], parentId: "grp" },
  { id: "spec", name: "辽东松原钢铁特钢有限公司", aliases: ["松钢特钢"], parentId: "grp" },
  { id: "bus", name: "赣州市公共交通有限公司", aliases: ["赣州公交"] },
  { id: "truck", name: "厦门海屿集卡运输有限公司", aliases: ["海屿集卡"] },
  { id: "kl", name: "Kinta Line Haulage Sdn. Bhd.", aliases: ["Kinta Line", "KLH"], region: "Ipoh, Malaysia" },
  { id: "vl", name: "Vostok Logistics LLC", aliases: ["Vostok"], region: "Khabarovsk, Russia" },
  { id: "hx", name: "南昌鸿昕快递物流有限公司", aliases: ["鸿昕快递", "Hongxin Express"] },
  { id: "hl", name: "南昌鸿昕冷链物流有限公司", aliases: ["鸿昕冷链", "Hongxin Cold Chain"] },
  { id: "my", name: "福建闽运公交集团有限公司", aliases: ["闽运集团"] },
];
const CONTACTS: ContactRef[] = [
  { id: "cheng", accountId: "bus", name: "程晓东", title: "场站科科长" },
  { id: "chen", accountId: "truck", name: "陈志伟", title: "总经理" },
  { id: "zhou", accountId: "bus", name: "周海涛", title: "处长" },
  { id: "wu", accountId: "bus", name: "吴国平", title: "机务部经理" },
  { id: "zhang", accountId: "cold", name: "张国栋", title: "动力部部长" },
  { id: "sun", accountId: "cold", name: "孙鹏", title: "总经理" },
];
const HIDDEN = ["Selangor Port Haulage Sdn. Bhd.", "Selangor Port Haulage", "SPH", "汕尾潮运公交有限公司"];

const read = (message: string, context?: ConversationContext) =>
  understandMessage({
    message,
    now: NOW,
    accounts: ACCOUNTS,
    contacts: CONTACTS,
    context,
    otherNames: HIDDEN,
    hiddenAccountNames: HIDDEN,
  });
const plan = (message: string, context?: ConversationContext) =>
  planOfflineCalls(read(message, context), "t", NOW.slice(0, 10), { accounts: ACCOUNTS, contacts: CONTACTS, message });

describe("a group's short name that its members share", () => {
  it("answers about the group and offers its members the words fit too", () => {
    for (const message of ["松钢最近怎么样", "松原钢铁最近咋样"]) {
      const p = plan(message);
      expect(
        p.calls.map((c) => c.args.accountId),
        message,
      ).toContain("grp");
      expect(p.ask?.reason, message).toBe("narrow_group");
      expect(
        p.ask?.options?.map((o) => o.label),
        message,
      ).toEqual(ACCOUNTS.slice(0, 3).map((a) => a.name));
    }
  });

  it("offers nothing when the group or a member is named in full", () => {
    expect(plan("松钢集团最近怎么样").ask).toBeUndefined();
    expect(read("松钢冷轧最近怎么样").entities.accountIds).toEqual(["cold"]);
  });

  it("asks which one before writing to the shared short name", () => {
    const p = plan("给松钢加个待办 明天打电话");
    expect(p.calls).toEqual([]);
    expect(p.ask?.reason).toBe("ambiguous_account");
  });
});

describe("another team's account and people at an account", () => {
  it("says back another team's English-named account written by one word, in any case, or by its acronym", () => {
    for (const [message, name] of [
      ["who do we know at selangor", "selangor"],
      ["SPH overview", "SPH"],
    ] as const) {
      const u = read(message);
      expect(u.entities.accountIds, message).toEqual([]);
      expect(u.entities.unresolvedNames, message).toEqual([name]);
    }
    // A common English word of that name ("port") is no mention of it.
    expect(read("any port deals this month").entities.unresolvedNames).toBeUndefined();
  });

  it("reads who-do-we-know questions as the power map", () => {
    for (const message of [
      "who do we know at kinta line",
      "KLH contacts",
      "map out kinta line for me",
      "赣州公交谁是老大",
      "赣州公交的对接人",
      "赣州公交那边都有谁",
    ]) {
      expect(read(message).intent, message).toBe("power_map");
    }
    // 客户都有谁 is a list of accounts, not of people.
    expect(read("江西的客户都有谁").intent).toBe("find_accounts");
  });

  it("never reads a place before 那边的客户 as a person's book", () => {
    expect(read("黑龙江那边的客户给我列列").intent).toBe("find_accounts");
    expect(read("张伟的客户有哪些").intent).toBe("forbidden");
  });

  it("reads 比较 after a rival as an adverb, not a comparison", () => {
    const u = read("赣州公交那个周处长好像跟鑫诺走得比较近 找个人帮我引荐一下");
    expect(u.intent).toBe("power_map");
  });
});

describe("dictated messages", () => {
  it("reads days and amounts said in Chinese numerals", () => {
    const todo = read("那个二十五号约了赣州公交的程科长去场站看充电桩帮我加个待办");
    expect(todo).toMatchObject({ intent: "add_action", entities: { accountIds: ["bus"], date: "2026-11-25" } });
    expect(todo.entities.actionTitle).toBe("约了赣州公交的程科长去场站看充电桩");
    expect(read("十二月三号拜访赣州公交").entities.date).toBe("2026-12-03");
    const deal = read("海屿集卡那个充电站的单子金额改一下改成两百八十万吧陈总那边砍了十万");
    expect(deal).toMatchObject({ intent: "update_opportunity", entities: { accountIds: ["truck"] } });
    expect(deal.entities.amount?.amount).toBe(2_800_000);
  });

  it("reads a reminder asked for at the end of an errand as an action, without the request in its title", () => {
    const u = read("明天要去海屿集卡那边找陈总催一下那八十万的尾款帮我记个提醒");
    expect(u).toMatchObject({ intent: "add_action", entities: { accountIds: ["truck"], date: "2026-11-23" } });
    expect(u.entities.actionTitle).toBe("要去海屿集卡那边找陈总催一下那八十万的尾款");
    expect(read("nov 26 reminder: send the payment schedule to kinta line").intent).toBe("add_action");
  });

  it("reads a to-do closed (关掉, 勾掉, close it) as done", () => {
    for (const message of ["赣州公交程科长要的报价已经发了 那条待办关掉", "the todo for KLH is done, pls close it"]) {
      const u = read(message);
      expect(u.intent, message).toBe("update_action");
      expect(u.entities.week?.status, message).toBe("done");
    }
  });
});

describe("money not in yet", () => {
  it("lists what is owed when money is said not to be back, and sums it after", () => {
    const u = read("现在谁家的钱还没回来 给我拉个单子");
    expect(u).toMatchObject({ intent: "receivables", entities: { receivableDue: "all" } });
    expect(read("哪些客户的款超期了 列下").entities.receivableDue).toBe("overdue");
    expect(read("款还没到账的有哪些").entities.receivableDue).not.toBe("not_due");
    const after: ConversationContext = { lastAccountIds: [], lastIntent: "receivables", lastReceivableDue: "all" };
    expect(read("sum?", after).intent).toBe("receivables");
  });

  it("answers why one account's money is not in from its notes (its overview)", () => {
    const u = read("海屿集卡那二十八万尾款怎么还没到账");
    expect(u).toMatchObject({ intent: "account_overview", entities: { accountIds: ["truck"] } });
    expect(u.entities.notesAbout).toContain("尾款");
  });
});

describe("names said by sound, countries, picks and lists", () => {
  it("reads an account and a person written by their sound (民运 for 闽运, 吴国萍 for 吴国平)", () => {
    expect(read("民运集团那个能源平台的单子多少钱来着").entities.accountIds).toEqual(["my"]);
    const u = read("今天上午去了赣州公交见了吴国萍经理 他说技术上没问题了");
    expect(u).toMatchObject({ intent: "log_interaction", entities: { accountIds: ["bus"], contactIds: ["wu"] } });
    expect(u.entities.summary?.startsWith("今天上午")).toBe(true);
  });

  it("reads an account described by its country's adjective", () => {
    expect(read("korean customer what we have").entities.accountIds).toEqual([]);
    expect(read("malaysian customer what we have").entities.accountIds).toEqual(["kl"]);
    expect(read("and the russian one?").entities.accountIds).toEqual(["vl"]);
  });

  it("answers a pronoun right after the accounts longest without contact for the first, offering the others", () => {
    const message = "它最后一次联系是啥时候";
    // A list leaves no account talked about, only the list.
    const context: ConversationContext = {
      lastAccountIds: [],
      lastListIds: ["truck", "bus"],
      lastIntent: "stale_accounts",
    };
    const p = planOfflineCalls(read(message, context), "t", NOW.slice(0, 10), {
      accounts: ACCOUNTS,
      contacts: CONTACTS,
      message,
      lastListIds: ["truck", "bus"],
      lastIntent: "stale_accounts",
    });
    expect(p.calls).toMatchObject([{ name: "last_contact", args: { accountId: "truck" } }]);
    expect(p.ask).toMatchObject({ reason: "top_of_list", options: [{ label: ACCOUNTS[3].name }] });
    // After any other list it asks which.
    const other = planOfflineCalls(read(message, { ...context, lastIntent: "find_accounts" }), "t", NOW.slice(0, 10), {
      accounts: ACCOUNTS,
      contacts: CONTACTS,
      message,
      lastListIds: ["truck", "bus"],
      lastIntent: "find_accounts",
    });
    expect(other).toMatchObject({ calls: [], ask: { reason: "which_listed" } });
    // After a list of one, that one, whatever the list.
    const one = planOfflineCalls(read(message, { ...context, lastListIds: ["bus"] }), "t", NOW.slice(0, 10), {
      accounts: ACCOUNTS,
      contacts: CONTACTS,
      message,
      lastListIds: ["bus"],
      lastIntent: "find_accounts",
    });
    expect(one.calls).toMatchObject([{ name: "last_contact", args: { accountId: "bus" } }]);
    expect(one.ask).toBeUndefined();
  });

  it("reads tender questions said by where they are posted or by the ceiling price", () => {
    for (const message of ["公共资源交易网上我的客户最近挂网了没", "anything on the procurement sites for my accts"])
      expect(read(message).intent, message).toBe("tender_matches");
    expect(read("赣州公交那个标最高限价多少").entities.noticeAbout).toContain("最高限价");
  });

  it("reads lost deals asked as a question as the list, never as marking one lost", () => {
    expect(read("lost deal this year, lost to who").intent).toBe("competitor_deals");
    expect(read("wat did we lose in 2026").intent).toBe("competitor_deals");
    expect(read("mark the KLH deal lost to Vostok").intent).toBe("update_opportunity");
  });

  it("reads a week's priorities and an account that got the final say, in loose words", () => {
    expect(read("这几天我重点跟哪些事").intent).toBe("my_week");
    expect(read("which customer need attention this week").intent).toBe("my_week");
    expect(read("klh whos got the final say").intent).toBe("power_map");
    expect(read("klh plan pls, build one").intent).toBe("generate_plan");
    expect(read("年底前能落袋的单子有哪些").intent).toBe("forecast");
  });

  it("says back an unknown organisation named as a plant", () => {
    expect(read("Almaty Fertilizer Plant last contact?").entities.unresolvedNames).toEqual(["Almaty Fertilizer Plant"]);
  });
});

describe("a group's member by what follows the group's name, and people by pinyin titles", () => {
  it("reads 冷轧 as 松钢冷轧 when said on its own, never a city or the end of a longer phrase", () => {
    expect(read("冷轧那85万啥时候能付").entities.accountIds).toEqual(["cold"]);
    const call = read("今天上午跟冷轧张部长通了个电话 他说对手又降价了");
    expect(call).toMatchObject({
      intent: "log_interaction",
      entities: { accountIds: ["cold"], contactIds: ["zhang"] },
    });
    expect(read("钢材冷轧这块的客户 列一下").entities.accountIds).toEqual([]);
  });

  it("reads a surname and a Chinese title in pinyin (zhang gong, sun zong) within the account", () => {
    expect(read("zhang gong in songgang cold rolling, phone pls").entities.contactIds).toEqual(["zhang"]);
    expect(read("sun zong at 松钢冷轧 still want discount?").entities.contactIds).toEqual(["sun"]);
  });
});

describe("two questions about one account in one message", () => {
  it("answers both, each with its own tool, on the same account", () => {
    const p = plan("kinta line who do we know there n last time we spoke");
    expect(p.calls.map((c) => [c.name, c.args.accountId])).toEqual([
      ["last_contact", "kl"],
      ["power_map", "kl"],
    ]);
    const deal = plan("pls check 松钢冷轧 deal, sun zong still want discount? which stage now, competitor who");
    expect(deal.calls.map((c) => c.name)).toEqual(["power_map", "account_overview"]);
    // One question gets one answer.
    expect(plan("who do we know at kinta line").calls.map((c) => c.name)).toEqual(["power_map"]);
  });

  it("reads 'budget confirmed or not' right after an account as a question about it", () => {
    const u = read("budget confirmed or not", { lastAccountIds: ["kl"], lastIntent: "account_overview" });
    expect(u.entities.accountIds).toEqual(["kl"]);
  });
});
