import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, fromDayNumber, monthsBetween, toDayNumber, toDayOrNull } from "./day-numbers";

describe("day numbers", () => {
  it("agrees with Date.UTC for any date between 1900 and 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(toDayNumber(iso)).toBe(Math.floor(ms / 86_400_000));
        expect(fromDayNumber(toDayNumber(iso))).toBe(iso.slice(0, 10));
      }),
    );
  });

  it("counts any written day, overflowing days included, as Date.UTC does, inside and outside the month table", () => {
    const two = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2300 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => {
          expect(toDayNumber(`${y}-${two(m)}-${two(d)}`)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
        },
      ),
    );
  });

  it("reads a timestamp on its UTC calendar day and rejects text that is not a date", () => {
    expect(toDayNumber("2025-08-28T23:10:00Z")).toBe(toDayNumber("2025-08-28"));
    expect(toDayNumber("2025/8/28")).toBeNaN();
    expect(toDayOrNull(null)).toBeNull();
    expect(toDayOrNull("soon")).toBeNull();
  });

  it("counts a month only once its day of month is reached", () => {
    expect(monthsBetween(toDayNumber("2026-01-31"), toDayNumber("2026-02-28"))).toBe(0);
    expect(monthsBetween(toDayNumber("2026-01-15"), toDayNumber("2026-04-14"))).toBe(2);
    expect(monthsBetween(toDayNumber("2026-01-15"), toDayNumber("2026-04-15"))).toBe(3);
    expect(monthsBetween(toDayNumber("2023-06-30"), toDayNumber("2026-06-30"))).toBe(36);
  });

  it("counts months between any two days as the calendar does, inside and outside the month table", () => {
    const civil = (day: number) => {
      const d = new Date(day * 86_400_000);
      return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
    };
    const day = fc.integer({ min: toDayNumber("1850-01-01"), max: toDayNumber("2250-12-31") });
    fc.assert(
      fc.property(day, day, (from, to) => {
        const a = civil(from);
        const b = civil(to);
        expect(monthsBetween(from, to)).toBe((b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0));
      }),
      { numRuns: 2000 },
    );
    // The table's edges: its first and last days, and either side of them.
    for (const [from, to] of [
      ["1899-12-31", "1900-01-01"],
      ["1900-01-01", "2199-12-31"],
      ["2199-12-31", "2200-01-01"],
      ["1900-01-31", "1900-02-28"],
    ]) {
      const a = civil(toDayNumber(from));
      const b = civil(toDayNumber(to));
      expect(monthsBetween(toDayNumber(from), toDayNumber(to))).toBe(
        (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0),
      );
    }
  });

  it("clamps addMonths to the end of a shorter month, leap years included", () => {
    expect(fromDayNumber(addMonths(toDayNumber("2026-01-31"), 1))).toBe("2026-02-28");
    expect(fromDayNumber(addMonths(toDayNumber("2024-01-31"), 1))).toBe("2024-02-29");
    expect(fromDayNumber(addMonths(toDayNumber("2025-11-15"), 3))).toBe("2026-02-15");
  });
});
