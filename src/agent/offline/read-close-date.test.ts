import { describe, expect, it } from "vitest";
import { readCloseDate } from "./read-close-date";

// Sunday 2026-11-22: a month said without a year is the coming one.
const NOW = "2026-11-22T10:00:00.000Z";

describe("readCloseDate", () => {
  it.each([
    ["月底签", { date: "2026-11-30", period: "月底" }],
    ["推迟到1月底", { date: "2027-01-31", period: "1月底" }],
    ["12月底", { date: "2026-12-31", period: "12月底" }],
    ["明年3月底", { date: "2027-03-31", period: "明年3月底" }],
    ["下个月底", { date: "2026-12-31", period: "下个月底" }],
    ["年底能签", { date: "2026-12-31", period: "年底" }],
    ["下季度签", { date: "2027-03-31", period: "下季度" }],
    ["推到2月", { date: "2027-02-28", period: "2月" }],
    ["推迟到一季度", { date: "2027-03-31", period: "一季度" }],
    ["pushed to q1", { date: "2027-03-31", period: "q1" }],
    ["slipped to January", { date: "2027-01-31", period: "January" }],
    ["closes end of January", { date: "2027-01-31", period: "end of January" }],
    ["closing end of month", { date: "2026-11-30", period: "end of month" }],
  ])("reads %s as the last day of the period, and names the period", (text, want) => {
    expect(readCloseDate(text, NOW)).toEqual(want);
  });

  it.each([
    ["12月15日签", "2026-12-15"],
    ["1月15号", "2027-01-15"],
    ["moved to Jan 15", "2027-01-15"],
  ])("reads a day written out (%s) as that day, with no period", (text, date) => {
    expect(readCloseDate(text, NOW)).toEqual({ date });
  });

  it("reads nothing when no date is said", () => {
    expect(readCloseDate("金额改成150万", NOW)).toBeUndefined();
  });
});
