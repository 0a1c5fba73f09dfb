import { describe, expect, it } from "vitest";
import { DECLINE_STAGES, STRATEGIES, TENURE_STAGES } from "../../engine/types";
import { buildDemoData } from "./build-demo-data";
import { demoProfiles } from "./demo-profiles";

describe("demoProfiles", () => {
  const profiles = demoProfiles();
  const data = buildDemoData("2026-11-22T18:00:00.000Z");

  it("describes every demo account once", () => {
    expect(profiles.map((p) => p.accountId).sort()).toEqual(data.accounts.map((a) => a.id).sort());
    for (const p of profiles) expect(p.profile.length).toBeGreaterThan(10);
  });

  it("intends every strategy and tenure stage at least twice, and each decline stage at least once", () => {
    for (const s of STRATEGIES) expect(profiles.filter((p) => p.strategy === s).length).toBeGreaterThanOrEqual(2);
    for (const l of TENURE_STAGES) expect(profiles.filter((p) => p.lifecycle === l).length).toBeGreaterThanOrEqual(2);
    // `declining` is not intended by a profile of its own: the generated falling accounts show it (demo-spread test).
    for (const l of DECLINE_STAGES.filter((d) => d !== "declining"))
      expect(profiles.filter((p) => p.lifecycle === l).length).toBeGreaterThanOrEqual(1);
  });

  it("gives prospects no orders and everyone else some", () => {
    for (const p of profiles) {
      const orders = data.orders.filter((o) => o.accountId === p.accountId);
      expect(orders.length === 0).toBe(p.lifecycle === "prospect");
    }
  });
});
