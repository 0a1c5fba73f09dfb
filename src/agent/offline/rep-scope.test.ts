import { describe, expect, it } from "vitest";
import { ACCOUNTS } from "./test-fixtures";
import { understandMessage } from "./understand-message";

const NOW = "2026-11-22T02:00:00Z";
const TEAM = [
  { id: "u-zk", name: "郑凯" },
  { id: "u-hlp", name: "黄丽萍" },
];
const read = (message: string, reps?: typeof TEAM) =>
  understandMessage({ message, now: NOW, accounts: ACCOUNTS, reps });

describe("a list asked of one rep's part of a manager's book", () => {
  it("keeps the list to that rep's accounts (郑凯那边有啥逾期的, 黄丽萍的客户哪些款没到期)", () => {
    const overdue = read("郑凯那边有啥逾期的", TEAM);
    expect([overdue.intent, overdue.entities.ownerId, overdue.entities.risk]).toEqual([
      "at_risk_accounts",
      "u-zk",
      "late_payment",
    ]);
    const owed = read("黄丽萍的客户哪些款没到期", TEAM);
    expect([owed.intent, owed.entities.ownerId]).toEqual(["receivables", "u-hlp"]);
    expect(read("郑凯的客户有哪些", TEAM).entities.ownerId).toBe("u-zk");
  });

  it("still refuses another person's book to a user who does not see that rep's accounts", () => {
    expect(read("郑凯的客户有哪些").intent).toBe("forbidden");
    expect(read("郑凯那边有啥逾期的").entities.ownerId).toBeUndefined();
  });
});
