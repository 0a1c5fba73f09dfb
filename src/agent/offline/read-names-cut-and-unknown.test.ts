import { describe, expect, it } from "vitest";
import { planOfflineCalls } from "../plan-offline";
import { writesRep } from "./list-scope";
import { ACCOUNTS } from "./test-fixtures";
import type { ConversationContext } from "./types";
import { understandMessage } from "./understand-message";

const NOW = "2026-11-22T02:00:00Z";
const read = (message: string, context?: ConversationContext) =>
  understandMessage({ message, now: NOW, accounts: ACCOUNTS, context });

describe("an English name with its last word cut short", () => {
  it("names the account (Hosp, Univ-style shortenings of the alias's words)", () => {
    for (const [message, id] of [
      ["Jiangsu Province Hosp status", "jsph"],
      ["why is Shaoxing Central Hosp scored so low", "sxch"],
      ["write an account plan for Ningbo Lihuili Hosp", "lihuili"],
    ])
      expect(read(message).entities.accountIds, message).toEqual([id]);
  });

  it("does not take a longer word that starts with an alias word for a shortening (Hospitality)", () => {
    expect(read("how is Renji Hospitality Partners doing").entities.accountIds).toEqual([]);
  });
});

describe("a name that is none of the user's accounts, said back however the question is put", () => {
  it("reads the name heading the message or after how's (English)", () => {
    for (const [message, name] of [
      ["hows Guangming Cloud doing", "Guangming Cloud"],
      ["Yubei Coal status", "Yubei Coal"],
      ["Ocean Star Shipyard Singapore - last contact?", "Ocean Star Shipyard Singapore"],
    ]) {
      const u = read(message);
      expect([u.entities.accountIds, u.entities.unresolvedAccountText], message).toEqual([[], name]);
    }
  });

  it("asks the last contact of an unknown name back as not found, with the closest accounts", () => {
    const u = read("Ocean Star Shipyard Singapore - last contact?");
    const plan = planOfflineCalls(u, "t", "2026-11-22", { accounts: ACCOUNTS, contacts: [], message: "x" });
    expect([plan.reason, plan.ask?.reason]).toEqual(["unknown_account", "unknown_account"]);
  });

  it("reads Chinese organisations by their kind word (地铁, 船厂) and a whole industry as no name (数据中心)", () => {
    expect(read("西安地铁最近咋样").entities.unresolvedNames).toEqual(["西安地铁"]);
    expect(read("上次跟蓝海船厂联系是什么时候").entities.unresolvedNames).toEqual(["蓝海船厂"]);
    expect(read("数据中心的客户").entities.unresolvedNames).toBeUndefined();
  });
});

describe("money owed asked as a list, then its total", () => {
  it("reads an overdue list however it is typed", () => {
    for (const message of ["overdue list pls, biggest first", "who's overdue", "overdue accounts?"]) {
      const u = read(message);
      expect([u.intent, u.entities.receivableDue], message).toEqual(["receivables", "overdue"]);
    }
  });

  it("sums the same list when asked for the total next (一共多少, total?), keeping its dues", () => {
    const after = { lastAccountIds: [], lastIntent: "receivables", lastReceivableDue: "overdue" as const };
    for (const message of ["一共多少", "total?", "加起来多少钱"]) {
      const u = read(message, after);
      expect([u.intent, u.entities.receivableDue], message).toEqual(["receivables", "overdue"]);
    }
    expect(read("没到期的一共多少", after).entities.receivableDue).toBe("not_due");
  });
});

describe("a rep of the manager's team named in pinyin", () => {
  it("is the rep whatever the order or spacing (Ma Xiao, Xiao Ma, maxiao for 马骁)", () => {
    for (const text of ["which of Ma Xiao's accounts owe us", "Xiao Ma accounts", "maxiao overdue", "马骁的客户"])
      expect(writesRep(text, "马骁"), text).toBe(true);
    expect(writesRep("Max Xiaoming's accounts", "马骁")).toBe(false);
  });
});

describe("a character of a name typed as pinyin, a city heading a pinyin form", () => {
  it("reads 一ju as 一局 after two characters of the name written in Chinese", () => {
    const accounts = [{ id: "j1", name: "华通桥梁第一工程局有限公司", aliases: ["华通一局"] }];
    const u = understandMessage({ message: "华通一ju尾款催了没 还差多少", now: NOW, accounts });
    expect([u.entities.accountIds, u.intent]).toEqual([["j1"], "receivables"]);
    expect(understandMessage({ message: "huatong一局", now: NOW, accounts }).entities.accountIds).toEqual(["j1"]);
    // Chasing the money is an errand to do or done, not a question about what is owed.
    expect(understandMessage({ message: "明天去华通一局催款", now: NOW, accounts }).intent).toBe("add_action");
    expect(understandMessage({ message: "华通一局尾款催了没", now: NOW, accounts }).intent).toBe("receivables");
  });

  it("does not take the city of a pinyin form for the account (the yantai job at the third bureau)", () => {
    const accounts = [
      { id: "zh", name: "烟台振海风电设备有限公司", aliases: ["振海风电"] },
      { id: "b3", name: "华通桥梁第三工程局有限公司", aliases: ["Huatong Third Bureau"] },
    ];
    const u = understandMessage({
      message: "who won the yantai sea bridge job at the third bureau",
      now: NOW,
      accounts,
    });
    expect(u.entities.accountIds).toEqual(["b3"]);
    // Standing alone beside another name, the city is the account there.
    const both = understandMessage({ message: "compare yantai and the third bureau", now: NOW, accounts });
    expect(both.entities.accountIds).toEqual(["zh", "b3"]);
  });
});
