import { describe, expect, it } from "vitest";
import { DEFAULT_PREFS, dueThisWeek } from "./preferences";

const TZ = "Asia/Shanghai";
describe("when a briefing is due", () => {
  it("follows BRIEFING_CRON by default, in TZ", () => {
    // Sunday 2026-11-22 10:00 Shanghai belongs to the week of Monday 2026-11-16.
    expect(dueThisWeek(DEFAULT_PREFS, new Date("2026-11-22T02:00:00Z"), "0 8 * * 1", TZ)?.toISOString()).toBe(
      "2026-11-16T00:00:00.000Z",
    );
    expect(dueThisWeek(DEFAULT_PREFS, new Date("2026-11-23T00:00:30Z"), "0 8 * * 1", TZ)?.toISOString()).toBe(
      "2026-11-23T00:00:00.000Z",
    );
  });
  it("takes the user's own day and time", () => {
    const prefs = { ...DEFAULT_PREFS, weekday: 3, time: "09:30" };
    expect(dueThisWeek(prefs, new Date("2026-11-23T00:00:30Z"), "0 8 * * 1", TZ)?.toISOString()).toBe(
      "2026-11-25T01:30:00.000Z",
    );
    expect(
      dueThisWeek({ ...DEFAULT_PREFS, weekday: 7 }, new Date("2026-11-23T00:00:30Z"), "0 8 * * 1", TZ)?.toISOString(),
    ).toBe("2026-11-29T00:00:00.000Z");
  });
});
