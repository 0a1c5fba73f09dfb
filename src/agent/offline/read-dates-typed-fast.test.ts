import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates";
import { ACCOUNTS } from "./test-fixtures";
import { understandMessage } from "./understand-message";

const NOW = "2026-11-22T02:00:00Z";

describe("a month and day typed fast (12.5, 11/20)", () => {
  it("reads month/day and month.day before what happens that day, never an amount or a rate", () => {
    expect(parseDates("11/20见了陈静 记一下", NOW, "past").date).toBe("2026-11-20");
    expect(parseDates("12.5去仁济拜访陈静", NOW, "future").date).toBe("2026-12-05");
    for (const money of ["金额改12.5", "12.5万", "涨了3.5%", "v1.2去看看"])
      expect(parseDates(money, NOW, "future").date, money).toBeUndefined();
  });

  it("makes a visit to come written down an action due that day, the order to write it down left out", () => {
    for (const m of ["12.5去仁济拜访陈静 记上", "12月5日去仁济拜访陈静 记上"]) {
      const u = understandMessage({ message: m, now: NOW, accounts: ACCOUNTS });
      expect([u.intent, u.entities.date, u.entities.actionTitle], m).toEqual([
        "add_action",
        "2026-12-05",
        "去仁济拜访陈静",
      ]);
    }
    // A call that just happened, whose content names a day to come, is logged today.
    const now = understandMessage({
      message: "log a call with Renji just now - they review our proposal Dec 8",
      now: NOW,
      accounts: ACCOUNTS,
    });
    expect([now.intent, now.entities.date]).toEqual(["log_interaction", "2026-11-22"]);
    // A call today that promised something for later, no reminder asked: logged today.
    const today = understandMessage({ message: "今天跟仁济通了电话 报告他们说下周给", now: NOW, accounts: ACCOUNTS });
    expect([today.intent, today.entities.date]).toEqual(["log_interaction", "2026-11-22"]);
    const past = understandMessage({ message: "11/20见了陈静 记一下", now: NOW, accounts: ACCOUNTS });
    expect([past.intent, past.entities.date]).toEqual(["log_interaction", "2026-11-20"]);
  });
});
