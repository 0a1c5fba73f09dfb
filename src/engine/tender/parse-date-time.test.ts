import { describe, expect, it } from "vitest";
import { parseDate, parseDateTime } from "./parse-date-time";

describe("parseDateTime", () => {
  it.each([
    ["2025年8月28日9时30分", "2025-08-28T09:30"],
    ["2025-08-28 09:30", "2025-08-28T09:30"],
    ["2021年07月19日 09:30(北京时间)", "2021-07-19T09:30"],
    // the time zone named between the date and the time ("…日北京时间11:00(当地时间9:00)")
    ["2026年3月1日北京时间11:00(乌鲁木齐时间9:00)", "2026-03-01T11:00"],
    ["2026年3月1日(北京时间)上午9:30", "2026-03-01T09:30"],
    ["北京时间 2018年1月 4 日09时00分前", "2018-01-04T09:00"],
    ["2021年2月2日9:00:00(北京时间)", "2021-02-02T09:00"],
    ["2016年12月30上午9时30分", "2016-12-30T09:30"],
    ["2025/8/28", "2025-08-28T00:00"],
  ])("reads %s", (text, want) => {
    expect(parseDateTime(text)).toBe(want);
  });

  it("takes the year from the notice when the text leaves it out", () => {
    expect(parseDateTime("8月28日上午九点三十分", 2025)).toBe("2025-08-28T09:30");
  });

  it("adds twelve hours in the afternoon", () => {
    expect(parseDateTime("9月1日下午2点", 2024)).toBe("2024-09-01T14:00");
    expect(parseDateTime("9月1日下午二点半", 2024)).toBe("2024-09-01T14:30");
  });

  it("returns null without a year to anchor the date", () => {
    expect(parseDateTime("8月28日上午九点")).toBeNull();
    expect(parseDateTime("详见公告")).toBeNull();
  });

  it("rejects impossible months and days", () => {
    expect(parseDateTime("2025年13月40日")).toBeNull();
  });
});

describe("parseDate", () => {
  it("reads compact TED dates and Chinese dates", () => {
    expect(parseDate("Date of publication: 20200406")).toBe("2020-04-06");
    expect(parseDate("发布时间:2021年6月30日")).toBe("2021-06-30");
  });
});
