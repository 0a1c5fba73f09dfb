import { describe, expect, it } from "vitest";
import { forecastPipeline } from "../planning/forecast-pipeline";
import { makeOpportunity } from "../scoring/fixtures";
import { computeAttainment, sumAttainment } from "./compute-attainment";

const NOW = "2026-11-22";
const opps = [
  makeOpportunity({ id: "w1", status: "won", stage: "won", amount: 400_000, closedAt: "2026-03-01" }),
  makeOpportunity({ id: "w0", status: "won", stage: "won", amount: 900_000, closedAt: "2025-12-20" }),
  makeOpportunity({ id: "o1", status: "open", stage: "negotiation", amount: 500_000, expectedClose: "2026-12-10" }),
  makeOpportunity({ id: "o2", status: "open", stage: "lead", amount: 1_000_000, expectedClose: "2027-03-01" }),
];

describe("computeAttainment", () => {
  it("counts this year's won deals and the weighted open deals closing by year end against the goal", () => {
    const a = computeAttainment(opps, NOW, 1_000_000);
    // won 400k (last year's 900k excluded); open 500k × 0.8 = 400k; next year's lead excluded.
    expect(a).toMatchObject({ won: 400_000, weightedOpen: 400_000, expected: 800_000, goal: 1_000_000, gap: 200_000 });
    expect(a.rate).toBe(0.4);
    expect(a.expectedRate).toBe(0.8);
  });

  it("gives the same gap as the forecast for the same account and target", () => {
    const f = forecastPipeline(opps, { now: NOW, target: 1_000_000 });
    expect(computeAttainment(opps, NOW, 1_000_000).gap).toBe(f.gapToTarget);
  });

  it("has no gap or rate without a goal", () => {
    expect(computeAttainment(opps, NOW, null)).toMatchObject({ goal: null, gap: null, rate: null });
  });

  it("sums accounts into a rep's figure against the quota", () => {
    const a = computeAttainment(opps, NOW, null);
    const s = sumAttainment([a, a], 2_000_000, a.year);
    expect(s).toMatchObject({ won: 800_000, expected: 1_600_000, gap: 400_000, rate: 0.4 });
  });
});
