// Kinds read for issue 18 in session 12 (second pair of blind books), over a small made-up book of its own (cold chain
// and coatings): names typed half in pinyin, "the other one" after a pick, e-mails to write declined, hurried English
// ("ovrdue", "forcast", "tmrw"), plan actions, deals said as "how big". Today is Sunday 2026-11-22.
import { describe, expect, it } from "vitest";
import { planOfflineCalls } from "../plan-offline";
import { otherChoice, pickChoice } from "./pick-choice";
import type { AccountRef, ContactRef, ConversationContext } from "./types";
import { understandMessage } from "./understand-message";

const NOW = "2026-11-22T02:00:00.000Z";
const ACCOUNTS: AccountRef[] = [
  { id: "grp", name: "云南苍洱农业集团有限公司", aliases: ["苍洱集团", "Canger Group"] },
  { id: "cof", name: "云南苍洱咖啡产业有限公司", aliases: ["苍洱咖啡", "Canger Coffee"], parentId: "grp" },
  { id: "xl", name: "昆明鲜洱冷链物流有限公司", aliases: ["鲜洱冷链", "Xian'er Cold Chain"] },
  { id: "xs", name: "昆明鲜洱生鲜超市连锁有限公司", aliases: ["鲜洱超市", "Xian'er Fresh Mart"] },
  { id: "ms", name: "Mekong Star Haulage Co.", aliases: ["Mekong Star", "MSH"] },
];
const CONTACTS: ContactRef[] = [
  { id: "deng", accountId: "xs", name: "邓宏", title: "总经理" },
  { id: "fin", accountId: "ms", name: "Noy Vongsa", title: "Finance Manager" },
  { id: "qian", accountId: "xl", name: "钱志远", title: "总经理" },
];
const HIDDEN = ["Vung Tau Offshore Wind JSC", "Vung Tau Offshore Wind"];

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

describe("names half in pinyin, and the other one of two", () => {
  it("reads a name typed half in pinyin as that account, not its group", () => {
    expect(read("canger咖啡下一步我应该做什么比较好").entities.accountIds).toEqual(["cof"]);
  });

  it("answers 'and the other one?' after a pick from two with the one not picked", () => {
    const choices = [
      { label: ACCOUNTS[2].name, message: `${ACCOUNTS[2].name} how are they doing` },
      { label: ACCOUNTS[3].name, message: `${ACCOUNTS[3].name} how are they doing` },
    ];
    const picked = pickChoice("the fresh mart one", choices, ACCOUNTS, CONTACTS);
    expect(picked).toBe(choices[1].message);
    const others = choices.filter((c) => c.message !== picked);
    expect(otherChoice("ok and the other one?", others)).toBe(choices[0].message);
    expect(otherChoice("那另一个呢", others)).toBe(choices[0].message);
    // Not after a pick from more than two, and not for another question.
    expect(otherChoice("ok and the other one?", choices)).toBeNull();
    expect(otherChoice("and the other deal?", others)).toBeNull();
  });

  it("says back another team's account written by its first two words, each short or common alone", () => {
    expect(read("vung tau - how's it going there").entities.unresolvedNames).toEqual(["vung tau"]);
    expect(read("vung tau offshore wind how's it going").entities.unresolvedNames).toEqual(["Vung Tau Offshore Wind"]);
  });
});

describe("what is no account question, and hurried English", () => {
  it("declines writing an e-mail or a letter, touching no account", () => {
    for (const message of [
      "可以帮我写一封邮件给鲜洱超市的邓总吗 约他月底见个面",
      "could you draft an email to deng hong",
    ]) {
      const u = read(message);
      expect(u.intent, message).toBe("out_of_scope");
      expect(planOfflineCalls(u, "t", NOW.slice(0, 10)).calls, message).toEqual([]);
    }
    expect(read("draft a plan for mekong star").intent).toBe("generate_plan");
  });

  it("reads the trade's words typed in a hurry", () => {
    expect(read("who owes me ovrdue money, largest on top")).toMatchObject({
      intent: "receivables",
      entities: { receivableDue: "overdue" },
    });
    expect(read("q4 forcast - what closes by dec 31").intent).toBe("forecast");
    expect(read("tmrw call noy vongsa at mekong star re the 2nd batch").entities.date).toBe("2026-11-23");
    // An English word is never corrected into another ("prioritise" stays itself).
    expect(read("What should I prioritise this week?").intent).toBe("my_week");
  });

  it("reads money past its terms in other words, and a call that happened with its money note as the call", () => {
    expect(read("咱组里过了账期没收回来的钱总共多少").intent).toBe("receivables");
    expect(read("帮我看一下哪些客户有逾期没付的款").entities.receivableDue).toBe("overdue");
    expect(read("11/20给鲜洱超市邓总打过电话 他说尾款下月初付").intent).toBe("log_interaction");
  });
});

describe("plans and deals", () => {
  it("reads who owns a plan's actions as the plan", () => {
    expect(read("鲜洱冷链的计划里 哪些行动是谁负责的").intent).toBe("show_plan");
    expect(read("who owns the actions on the mekong star plan").intent).toBe("show_plan");
  });

  it("drafts a plan right after one was shown, for the same account", () => {
    const context: ConversationContext = { lastAccountIds: ["xl"], lastIntent: "show_plan" };
    for (const message of ["如果没有的话帮我draft一个吧", "if there's none, draft one for me pls"])
      expect(read(message, context), message).toMatchObject({
        intent: "generate_plan",
        entities: { accountIds: ["xl"] },
      });
  });

  it("reads a polite 'can you update … to 1.5M' as the deal update, and 'how big' as where the deal stands", () => {
    expect(read("can you update the xian'er cold chain truck deal to 1.5M").intent).toBe("update_opportunity");
    expect(read("mekong star deal - how big").intent).toBe("account_overview");
    expect(read("how should I approach Mekong Star? havent met anyone there yet").intent).toBe("power_map");
    expect(read("mekong star - whos the finance contact n her phone").entities.contactIds).toEqual(["fin"]);
  });
});

describe("a list re-ordered, narrowed to one rep, and summed", () => {
  it("orders the last list of money by amount when that is all the message asks", () => {
    const afterForecast: ConversationContext = {
      lastAccountIds: [],
      lastIntent: "forecast",
      lastDealAsk: { dateRange: { from: "2026-11-22", to: "2026-12-31", text: "年底" } },
    };
    expect(read("按金额从大到小排", afterForecast)).toMatchObject({
      intent: "find_deals",
      entities: { dealList: { sortBy: "amount" }, dateRange: { to: "2026-12-31" } },
    });
    const afterLatePayers: ConversationContext = {
      lastAccountIds: [],
      lastIntent: "at_risk_accounts",
      lastRisk: "late_payment",
    };
    expect(read("sort by amount", afterLatePayers)).toMatchObject({
      intent: "receivables",
      entities: { receivableDue: "overdue" },
    });
    // With no list before, an order alone is no question of its own.
    expect(read("sort by amount").intent).not.toBe("receivables");
  });

  it("reads 'total overdue across the team' with no list before as the money past due", () => {
    expect(read("total overdue across the team")).toMatchObject({
      intent: "receivables",
      entities: { receivableDue: "overdue" },
    });
  });
});

describe("the list's first by its own measure, and a surname that starts a word", () => {
  it("reads 'which owes the most' right after the receivables as the first of that list", () => {
    const context: ConversationContext = { lastAccountIds: [], lastIntent: "receivables", lastListIds: ["xs", "xl"] };
    for (const message of ["哪家欠得最多", "who owes the most"])
      expect(read(message, context), message).toMatchObject({
        intent: "account_overview",
        entities: { accountIds: ["xs"] },
      });
  });

  it("does not read 钱总 in 钱总共多少 as a person, and still reads 钱总是谁", () => {
    const u = read("咱组里过了账期没收回来的钱总共多少");
    expect(u).toMatchObject({ intent: "receivables", entities: { accountIds: [], contactIds: [] } });
    expect(read("钱总是谁").entities.contactIds).toEqual(["qian"]);
  });
});
