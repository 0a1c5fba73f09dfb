import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forecast, forecastPipeline } from "./forecast-pipeline";
import { NOW, opportunity } from "./test-fixtures";

// NOW is 2026-06-15: this quarter is April-June, next is July-September.
const opps = [
  opportunity("a", { stage: "proposal", amount: 100, expectedClose: "2026-06-30" }),
  opportunity("b", { stage: "negotiation", amount: 200, expectedClose: "2026-08-01" }),
  opportunity("c", { stage: "lead", amount: 1000, expectedClose: "2026-09-30" }),
  opportunity("d", { stage: "won", status: "won", amount: 300, createdAt: "2026-01-01", closedAt: "2026-05-01" }),
  opportunity("e", { stage: "lost", status: "lost", amount: 500, closedAt: "2026-05-02" }),
  opportunity("f", { stage: "qualified", amount: 50, expectedClose: null }),
  opportunity("g", { stage: "solution", amount: 100, expectedClose: "2026-03-01" }),
];

describe("forecastPipeline", () => {
  it("weights open deals by stage within each quarter and counts overdue deals in this quarter", () => {
    const f = forecastPipeline(opps, { now: NOW });
    const [thisQ, nextQ] = f.periods;
    expect(thisQ).toMatchObject({
      from: "2026-04-01",
      to: "2026-06-30",
      weighted: 100 * 0.6 + 100 * 0.4,
      won: 300,
      committed: 300,
      bestCase: 500,
      open: 200,
    });
    expect(nextQ).toMatchObject({ weighted: 200 * 0.8 + 1000 * 0.1, committed: 200, bestCase: 1200, open: 1200 });
    expect(f.undatedOpportunityIds).toEqual(["f"]);
  });

  it("reports the gap to target and quota from won-to-date plus weighted open deals this year", () => {
    const f = forecastPipeline(opps, { now: NOW, target: 1000, quota: 100 });
    expect(f.year.expected).toBe(300 + 60 + 40 + 160 + 100);
    expect(f.gapToTarget).toBe(1000 - 660);
    expect(f.gapToQuota).toBe(0);
  });

  it("averages the conversion cycle of won deals", () => {
    expect(forecastPipeline(opps, { now: NOW }).conversionCycleDays).toBe(120);
    expect(forecastPipeline([], { now: NOW }).conversionCycleDays).toBeNull();
  });

  it("gives unknown stage names the documented default weight and accepts overrides", () => {
    const odd = [opportunity("x", { stage: "Verbal OK", amount: 100, expectedClose: "2026-06-20" })];
    expect(forecastPipeline(odd, { now: NOW }).periods[0].weighted).toBe(20);
    expect(forecastPipeline(odd, { now: NOW, stageWeights: { "verbal ok": 0.9 } }).periods[0].committed).toBe(100);
  });

  it("is exported under the contract's name", () => {
    expect(forecast).toBe(forecastPipeline);
  });

  it("does not depend on input order", () => {
    const expected = JSON.stringify(forecastPipeline(opps, { now: NOW, target: 5000 }));
    fc.assert(
      fc.property(fc.shuffledSubarray(opps, { minLength: opps.length }), (xs) => {
        expect(JSON.stringify(forecastPipeline(xs, { now: NOW, target: 5000 }))).toBe(expected);
      }),
      { numRuns: 50 },
    );
  });
});
