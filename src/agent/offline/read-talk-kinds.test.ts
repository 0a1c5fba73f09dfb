import { describe, expect, it } from "vitest";
import { ACCOUNTS, CONTACTS, NOW } from "./test-fixtures";
import type { ConversationContext } from "./types";
import { understandMessage } from "./understand-message";

const read = (message: string, context?: ConversationContext) =>
  understandMessage({ message, now: NOW, accounts: ACCOUNTS, contacts: CONTACTS, context });

describe("how account managers type: finished meetings, dropped apostrophes, people by first name", () => {
  it("logs a meeting or call said as finished (开完会, 通了个电话, wrapped up) with the person's account", () => {
    for (const m of ["刚跟陈静开完会 她说预算批了", "跟陈静通了个电话 她要报价单"])
      expect(read(m), m).toMatchObject({ intent: "log_interaction", entities: { contactIds: ["c-chen"] } });
    expect(read("just wrapped up a meeting with John Smith, they want a demo")).toMatchObject({
      intent: "log_interaction",
      entities: { accountIds: ["acme"], contactIds: ["c-smith"] },
    });
  });
  it("reads an English question typed without its apostrophe", () => {
    expect(read("whos blocking us at renji").intent).toBe("power_map");
  });
  it("sets a reminder as an action even when the reminder is about a risk", () => {
    const u = read("set a reminder tomorrow to chase John Smith about the unpaid invoice");
    expect(u.intent).toBe("add_action");
    expect(u.entities.contactIds).toEqual(["c-smith"]);
  });
  it("answers about a person asked to be told about, in both languages", () => {
    expect(read("tell me about John Smith")).toMatchObject({
      intent: "power_map",
      entities: { contactIds: ["c-smith"] },
    });
    expect(read("介绍一下陈静")).toMatchObject({ intent: "power_map", entities: { contactIds: ["c-chen"] } });
  });
  it("reads what was said the last time with a person as the last contact", () => {
    expect(read("陈静最近一次聊的啥")).toMatchObject({ intent: "last_contact", entities: { contactIds: ["c-chen"] } });
  });
  it("reads a contact's first name in lower case within the account talked about, never outside it", () => {
    const ctx: ConversationContext = { lastAccountIds: ["acme"], lastIntent: "power_map", language: "en" };
    expect(read("and what does john think of us", ctx).entities.contactIds).toEqual(["c-smith"]);
    expect(read("and what does john think of us").entities.contactIds).toEqual([]);
  });
  it("answers a short question that leaves its subject out for the account just discussed, in both languages", () => {
    const zh: ConversationContext = { lastAccountIds: ["renji"], lastIntent: "account_overview", language: "zh" };
    expect(read("竞品是哪家呢", zh)).toMatchObject({ followUp: true });
    expect(read("竞品是哪家呢", zh).entities.accountIds).toEqual(["renji"]);
    const en: ConversationContext = { lastAccountIds: ["acme"], lastIntent: "account_overview", language: "en" };
    expect(read("when's the signing?", en).entities.accountIds).toEqual(["acme"]);
    // Without an account discussed there is nothing to answer for.
    expect(read("竞品是哪家呢").entities.accountIds).toEqual([]);
  });
});
