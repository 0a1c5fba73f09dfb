import { describe, expect, it } from "vitest";
import { ACCOUNTS } from "./test-fixtures";
import { understandMessage } from "./understand-message";

const NOW = "2026-11-22T02:00:00Z";
const askedAfter = (lastIntent: string, message: string) =>
  understandMessage({ message, now: NOW, accounts: ACCOUNTS, context: { lastAccountIds: ["ecmg"], lastIntent } });

describe("short follow-ups about what was just discussed", () => {
  it("asks the same account's notice about a topic (要求啥业绩, payment terms?)", () => {
    for (const message of ["要求啥业绩", "付款方式呢", "what about the bid bond"]) {
      const u = askedAfter("tender_matches", message);
      expect([u.intent, u.entities.accountIds, u.entities.noticeAbout?.length]).toEqual([
        "tender_matches",
        ["ecmg"],
        expect.any(Number),
      ]);
    }
  });

  it("asks who took the account's lost deal, not the whole book's (丢给谁了 多少钱)", () => {
    const u = askedAfter("account_overview", "丢给谁了 多少钱");
    expect([u.intent, u.entities.accountIds, u.entities.competitorStatus]).toEqual([
      "competitor_deals",
      ["ecmg"],
      "lost",
    ]);
  });
});

describe("a question about one tender right after tenders of several accounts", () => {
  const listed = {
    lastAccountIds: [],
    lastIntent: "tender_matches",
    lastTenders: [
      { accountId: "ecmg", kind: "open_tender" },
      { accountId: "renji", kind: "upcoming" },
      { accountId: "jsph", kind: "competitor_win" },
    ],
  };
  const read = (message: string) => understandMessage({ message, now: NOW, accounts: ACCOUNTS, context: listed });

  it("asks the one open tender its deadline and terms, the one award who won (zh and en)", () => {
    for (const m of [
      "那个标啥时候截止",
      "资格要求有啥",
      "whens the bid deadline and whats the deposit",
      "when does it close",
    ])
      expect([read(m).intent, read(m).entities.accountIds], m).toEqual(["tender_matches", ["ecmg"]]);
    for (const m of ["中标价多少", "who won it"]) expect(read(m).entities.accountIds, m).toEqual(["jsph"]);
  });

  it("keeps the list when two listed tenders are of the kind asked", () => {
    const two = { ...listed, lastTenders: [...listed.lastTenders, { accountId: "sxch", kind: "open_tender" }] };
    const u = understandMessage({ message: "那个标啥时候截止", now: NOW, accounts: ACCOUNTS, context: two });
    expect(u.entities.accountIds).toEqual([]);
  });
});
