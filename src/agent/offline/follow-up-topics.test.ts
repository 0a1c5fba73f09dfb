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
