import { describe, expect, it } from "vitest";
import { localDay, localTime } from "./local-time";

describe("localTime", () => {
  it("shows a UTC timestamp in the local zone without the T", () => {
    expect(localTime("2026-12-14T01:30:00.000Z", "Asia/Shanghai")).toBe("2026-12-14 09:30");
    expect(localTime("2026-11-18 09:30:00+00", "Asia/Shanghai")).toBe("2026-11-18 17:30");
    expect(localTime("2026-12-14T01:30:00.000Z", "Europe/London")).toBe("2026-12-14 01:30");
  });

  it("keeps dates and local times as they are, minus the T", () => {
    expect(localTime("2026-12-14", "Asia/Shanghai")).toBe("2026-12-14");
    expect(localTime("2026-12-14T09:30", "Asia/Shanghai")).toBe("2026-12-14 09:30");
  });

  it("takes the local calendar day, which may differ from the UTC one", () => {
    expect(localDay("2026-12-13T20:00:00Z", "Asia/Shanghai")).toBe("2026-12-14");
  });
});
