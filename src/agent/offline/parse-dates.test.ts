import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates";
import { NOW } from "./test-fixtures";

// NOW is Sunday 2026-11-22. Weeks start on Monday: this week is 16-22 November, next week 23-29.
describe("parseDates", () => {
  it.each([
    ["今天", "2026-11-22"],
    ["明天", "2026-11-23"],
    ["后天", "2026-11-24"],
    ["下周三", "2026-11-25"],
    ["周五", "2026-11-27"],
    ["3月15日", "2027-03-15"],
    ["2026-03-15", "2026-03-15"],
    ["2026年12月1日", "2026-12-01"],
    ["today", "2026-11-22"],
    ["tomorrow", "2026-11-23"],
    ["next Wednesday", "2026-11-25"],
    ["on Friday", "2026-11-27"],
    ["Dec 3", "2026-12-03"],
    ["两周后", "2026-12-06"],
    ["3天以后", "2026-11-25"],
    ["一个月后", "2026-12-22"],
    ["in two weeks", "2026-12-06"],
    ["in 10 days", "2026-12-02"],
    ["a week from now", "2026-11-29"],
    ["月底前", "2026-11-30"],
    ["下个月底", "2026-12-31"],
    // A month named by number: its end, the coming one (in November, 1月 is next year's).
    ["12月底前", "2026-12-31"],
    ["1月底", "2027-01-31"],
    ["十二月底", "2026-12-31"],
    ["年底前", "2026-12-31"],
    ["by the end of the month", "2026-11-30"],
    ["end of next month", "2026-12-31"],
    ["before year-end", "2026-12-31"],
    // Said or typed the way people chat.
    ["明早九点", "2026-11-23"],
    ["明儿个下午", "2026-11-23"],
    ["今晚", "2026-11-22"],
    ["昨儿跟他吃了个饭", "2026-11-21"],
    ["昨晚", "2026-11-21"],
    ["前儿", "2026-11-20"],
    ["tmrw", "2026-11-23"],
    ["call him 2moro", "2026-11-23"],
    ["tomorow", "2026-11-23"],
    ["yday", "2026-11-21"],
    ["last night", "2026-11-21"],
    ["tonite", "2026-11-22"],
  ])("reads %s as the day %s", (text, date) => {
    expect(parseDates(text, NOW).date).toBe(date);
  });

  it.each([
    ["下周", "2026-11-23", "2026-11-29"],
    ["本周", "2026-11-16", "2026-11-22"],
    ["本月", "2026-11-01", "2026-11-30"],
    ["下个月", "2026-12-01", "2026-12-31"],
    ["本季度", "2026-10-01", "2026-12-31"],
    ["下季度", "2027-01-01", "2027-03-31"],
    ["第三季度", "2026-07-01", "2026-09-30"],
    ["今年", "2026-01-01", "2026-12-31"],
    ["明年", "2027-01-01", "2027-12-31"],
    ["next week", "2026-11-23", "2026-11-29"],
    ["this month", "2026-11-01", "2026-11-30"],
    ["next month", "2026-12-01", "2026-12-31"],
    ["this quarter", "2026-10-01", "2026-12-31"],
    ["next quarter", "2027-01-01", "2027-03-31"],
    ["Q3", "2026-07-01", "2026-09-30"],
    ["Q1 2027", "2027-01-01", "2027-03-31"],
    ["明年Q1", "2027-01-01", "2027-03-31"],
  ])("reads %s as the period %s to %s", (text, from, to) => {
    const parsed = parseDates(text, NOW);
    expect(parsed.dateRange).toMatchObject({ from, to });
    expect(parsed.date).toBeUndefined();
  });

  it("reads 'by March 15' as the day and the period from today until it", () => {
    expect(parseDates("by March 15", NOW)).toMatchObject({
      date: "2027-03-15",
      dateRange: { from: "2026-11-22", to: "2027-03-15", text: "by March 15" },
    });
  });

  it("reads a bare weekday or month-day as the last one when looking back", () => {
    expect(parseDates("周五拜访了", NOW, "past").date).toBe("2026-11-20");
    expect(parseDates("3月15日见过", NOW, "past").date).toBe("2026-03-15");
  });

  it("uses only the date part of now", () => {
    expect(parseDates("明天", "2026-11-22T23:59:59.000Z").date).toBe("2026-11-23");
  });

  it("finds nothing in a message without dates", () => {
    expect(parseDates("介绍一下华东医疗集团", NOW)).toEqual({ spans: [] });
  });
});

describe("parseDates with a deadline", () => {
  it("reads 3月15日前 and 'by Friday' as running from today", () => {
    expect(parseDates("3月15日前提交", NOW)).toMatchObject({ date: "2027-03-15", dateRange: { from: "2026-11-22" } });
    expect(parseDates("send it by Friday", NOW)).toMatchObject({
      date: "2026-11-27",
      dateRange: { from: "2026-11-22" },
    });
    expect(parseDates("by next Monday", NOW).date).toBe("2026-11-23");
  });
});
