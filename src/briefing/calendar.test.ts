import { describe, expect, it } from "vitest";
import { daysBetween, isoWeek, isoWeekday, localDay, localTime } from "./calendar";

describe("briefing calendar", () => {
  it("reads the local day and time in the deployment's zone", () => {
    expect(localDay(new Date("2026-11-22T17:00:00Z"), "Asia/Shanghai")).toBe("2026-11-23");
    expect(localTime(new Date("2026-11-22T17:05:00Z"), "Asia/Shanghai")).toBe("01:05");
  });
  it("numbers ISO weeks across year ends", () => {
    expect(isoWeek("2026-11-23")).toBe("2026-W48");
    expect(isoWeek("2026-11-22")).toBe("2026-W47");
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
    expect(isoWeek("2025-12-29")).toBe("2026-W01");
    expect(isoWeekday("2026-11-23")).toBe(1);
    expect(daysBetween("2026-11-22", "2026-12-10T09:30")).toBe(18);
  });
});
