import { describe, expect, it } from "vitest";
import { addWorkingDays, onWorkingDay, scheduleOnWorkingDays, weekday } from "./working-days";

describe("working days", () => {
  it("knows the weekday of a date", () => {
    // 2026-11-22 is a Sunday, 2026-11-23 a Monday, 2026-11-28 a Saturday.
    expect([weekday("2026-11-22"), weekday("2026-11-23"), weekday("2026-11-28")]).toEqual([0, 1, 6]);
  });

  it("moves a Saturday or Sunday to the Monday after, and keeps a weekday", () => {
    expect(onWorkingDay("2026-11-28")).toBe("2026-11-30");
    expect(onWorkingDay("2026-11-29")).toBe("2026-11-30");
    expect(onWorkingDay("2026-11-25")).toBe("2026-11-25");
  });

  it("counts working days over a weekend", () => {
    // Thursday + 3 working days: Fri, Mon, Tue.
    expect(addWorkingDays("2026-11-26", 3)).toBe("2026-12-01");
    // From a Sunday: Monday is day 0, then Tue, Wed, Thu.
    expect(addWorkingDays("2026-11-22", 3)).toBe("2026-11-26");
  });

  it("pulls a plan's first action into the next working days and keeps every action off the weekend", () => {
    const out = scheduleOnWorkingDays(
      [
        { id: "a", due: "2026-12-06" }, // first (a Sunday, 14 days out)
        { id: "b", due: "2026-12-19" }, // a Saturday
        { id: "c", due: "2026-12-22" }, // a Tuesday
      ],
      "2026-11-22T02:00:00Z",
    );
    expect(out.map((a) => a.due)).toEqual(["2026-11-26", "2026-12-21", "2026-12-22"]);
    for (const a of out) expect([0, 6]).not.toContain(weekday(a.due));
  });
});
