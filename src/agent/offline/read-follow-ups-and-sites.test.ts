// Kinds read for issue 18 in session 13, over the book in team-book.fixture.ts: places that are also short names,
// sites where a named person works, rivals after "vs", lists picked from by their deals, and conversations that lean
// on the turn before (the other one of a kind, corrections, the group).
import { describe, expect, it } from "vitest";
import { pickChoice } from "./pick-choice";
import { ACCOUNTS, CONTACTS, NOW, read, talk } from "./team-book.fixture";
import type { ConversationContext } from "./types";
import { understandMessage } from "./understand-message";

describe("places, sites, rivals and lists picked from", () => {
  it("lists the accounts in a place whose name is also an account's short name", () => {
    expect(read("嘉定那块我有几个客户啊")).toMatchObject({ intent: "find_accounts", entities: { region: "嘉定" } });
  });

  it("logs a meeting at a named person's account when the place said is only where it happened", () => {
    expect(read("met Michael Zhang yday at the Jiading plant, did the demo side by side. pls log")).toMatchObject({
      intent: "log_interaction",
      entities: {
        accountIds: ["kms"],
        contactIds: ["mz"],
        summary: "met Michael Zhang yday at the Jiading plant, did the demo side by side.",
      },
    });
  });

  it("reads 'X deal vs a rival' as that account's deal, not a comparison of accounts", () => {
    const u = understandMessage({
      message: "RDP O&M deal vs Solaris where are we",
      now: NOW,
      accounts: ACCOUNTS,
      contacts: CONTACTS,
      competitors: [{ name: "Solaris Services", aliases: ["Solaris"] }],
    });
    expect(u.intent).not.toBe("compare_accounts");
    expect(u.entities.accountIds).toEqual(["rdp"]);
  });

  it("picks the second of two accounts sharing a short name from 'no2' and asks who won its tender", () => {
    expect(read("who won the liangxi no2 outpatient lift job, and at what price")).toMatchObject({
      intent: "tender_matches",
      entities: { accountIds: ["lx2"] },
    });
  });

  it("finds the biggest open deal among the accounts just listed", () => {
    // The list's accounts come from the answer shown (nodes/respond.ts), in its order.
    const shown: ConversationContext = {
      lastAccountIds: [],
      lastIntent: "find_accounts",
      lastListIds: ["jdl", "htg", "hts"],
    };
    const biggest = read("which of them has the biggest open deal", shown);
    expect(biggest.intent).toBe("find_deals");
    expect(biggest.entities.dealList).toMatchObject({ accountIds: ["jdl", "htg", "hts"], limit: 1 });
    expect(read("which of them has the biggest open deal").entities.dealList?.accountIds).toBeUndefined();
  });

  it("never hides the user's own account behind a short form of a name the user may see elsewhere", () => {
    // The directory's known names include the user's own: "无锡医院" is a short form of both of them (asked which).
    const u = understandMessage({
      message: "无锡医院的院长是谁",
      now: NOW,
      accounts: ACCOUNTS,
      contacts: CONTACTS,
      otherNames: ACCOUNTS.map((a) => a.name),
    });
    expect(u.entities.unresolvedNames).toBeUndefined();
    expect(u.entities.ambiguousAccount?.accountIds.sort()).toEqual(["lx1", "lx2"]);
  });

  it("says back an organisation named by place, name and trade that is none of the user's", () => {
    expect(read("南通海星纺织最近有啥动静").entities.unresolvedNames).toEqual(["南通海星纺织"]);
  });

  it("closes a to-do typed as 'todo' in a Chinese sentence", () => {
    expect(read("腾格尔光伏陈静那个 todo 做完了 帮我关掉").intent).toBe("update_action");
  });

  it("narrows the last deal list by kind or place, and sets two accounts' deals side by side", () => {
    const [, factories] = talk("湖北的客户里 还在跟的100万以上的单子", "只要医院的");
    expect(factories).toMatchObject({
      intent: "find_deals",
      entities: { industry: "hospital", region: "湖北", dealList: { minAmount: 1_000_000 } },
    });
    const shown: ConversationContext = { lastAccountIds: [], lastIntent: "find_accounts", lastListIds: ["ctu", "cth"] };
    expect(read("他俩的单子各多少钱", shown).entities.dealList).toMatchObject({ accountIds: ["ctu", "cth"] });
    expect(read("is harbour pointe's deal bigger than red dune's?").entities.dealList?.accountIds?.sort()).toEqual([
      "hpp",
      "rdp",
    ]);
  });
});

describe("conversations that lean on the turn before: the other one of a kind, corrections, the group", () => {
  const talkedAbout = (id: string, lastIntent = "power_map"): ConversationContext => ({
    lastAccountIds: [id],
    lastIntent,
  });

  it("reads 'the other hospital' as the other of that kind, the closest name first, and 'same for' as the same question", () => {
    expect(read("same for the other hospital", talkedAbout("lx1"))).toMatchObject({
      intent: "power_map",
      entities: { accountIds: ["lx2"] },
    });
    expect(read("那另一家医院呢", talkedAbout("lx1")).entities.accountIds).toEqual(["lx2"]);
  });

  it("reads a correction as the follow-up it stands for, and picks the numbered one of the choices offered", () => {
    const choices = [
      { label: "无锡梁溪第一人民医院", message: "无锡梁溪第一人民医院最近咋样" },
      { label: "无锡梁溪第二人民医院", message: "无锡梁溪第二人民医院最近咋样" },
    ];
    expect(pickChoice("不是一院 是二院", choices, ACCOUNTS, CONTACTS)).toBe(choices[1].message);
    expect(pickChoice("二院", choices, ACCOUNTS, CONTACTS)).toBe(choices[1].message);
    const group: ConversationContext = { lastAccountIds: ["cof"], lastIntent: "account_overview" };
    const accounts = [
      ...ACCOUNTS,
      { id: "grp", name: "苏州金桂物业集团有限公司", aliases: ["金桂集团"] },
      { id: "cof", name: "苏州金桂园区物业有限公司", aliases: ["金桂园区物业"], parentId: "grp" },
    ];
    const u = understandMessage({
      message: "不对 我要的是他们集团的",
      now: NOW,
      accounts,
      contacts: CONTACTS,
      context: group,
    });
    expect(u.entities.accountIds).toEqual(["grp"]);
  });
});
