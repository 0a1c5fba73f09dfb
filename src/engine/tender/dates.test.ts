import { describe, expect, it } from "vitest";
import { addDays, addMonths, endOfMonth } from "./dates";

describe("calendar helpers", () => {
  it("adds days across month and year ends", () => {
    expect(addDays("2025-12-30", 3)).toBe("2026-01-02");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
  });

  it("adds months clamping to the month's last day", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
  });

  it("finds the end of a month", () => {
    expect(endOfMonth("2026-02")).toBe("2026-02-28");
    expect(endOfMonth("2026-04-10")).toBe("2026-04-30");
  });
});
