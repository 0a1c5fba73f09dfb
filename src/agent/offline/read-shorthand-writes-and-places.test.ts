// Kinds read for issue 18 in session 14, over the book in cold-chain-book.fixture.ts: short follow-ups and spoken words,
// writes typed in shorthand, tender follow-ups that name the notice's subject, places outside the book, and questions
// that are not about accounts.
import { describe, expect, it } from "vitest";
import { read, talk } from "./cold-chain-book.fixture";
import type { ConversationContext } from "./types";

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
