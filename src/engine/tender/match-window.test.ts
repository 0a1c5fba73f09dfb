import { describe, expect, it } from "vitest";
import { windowStatus } from "./match-window";

describe("windowStatus", () => {
  it("calls a window that started three months ago open, not upcoming, and one that ended past", () => {
    expect(windowStatus({ from: "2026-08-01", to: "2026-12-31" }, "2026-11-20T08:00:00Z")).toBe("open");
    expect(windowStatus({ from: "2026-08-01", to: "2026-10-31" }, "2026-11-20")).toBe("past");
    expect(windowStatus({ from: "2026-12-01", to: "2027-01-31" }, "2026-11-20")).toBe("ahead");
  });

  it("counts the first and last day of a window as inside it", () => {
    expect(windowStatus({ from: "2026-11-20", to: "2026-11-20" }, "2026-11-20")).toBe("open");
  });
});
