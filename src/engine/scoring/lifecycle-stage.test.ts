import { describe, expect, it } from "vitest";
import { computeMetrics } from "./compute-metrics";
import { makeFacts, makeOpportunity, makeOrder } from "./fixtures";
import { lifecycleStage } from "./lifecycle-stage";

const stageOn = (firstOrder: string, now: string) =>
  lifecycleStage(computeMetrics(makeFacts({ orders: [makeOrder({ orderedAt: firstOrder })] }), now));

describe("lifecycleStage", () => {
  it("is prospect before any order or won deal", () => {
    expect(lifecycleStage(computeMetrics(makeFacts(), "2026-06-30"))).toEqual({ stage: "prospect", months: null });
  });

  it("moves initial -> stable at 3 months, -> deep at 12, -> symbiotic at 36", () => {
    expect(stageOn("2026-03-31", "2026-06-30").stage).toBe("initial");
    expect(stageOn("2026-03-30", "2026-06-30").stage).toBe("stable");
    expect(stageOn("2025-07-01", "2026-06-30").stage).toBe("stable");
    expect(stageOn("2025-06-30", "2026-06-30").stage).toBe("deep");
    expect(stageOn("2023-07-01", "2026-06-30").stage).toBe("deep");
    expect(stageOn("2023-06-30", "2026-06-30")).toEqual({ stage: "symbiotic", months: 36 });
  });

  it("starts cooperation at a won deal when it precedes the first order", () => {
    const facts = makeFacts({ opportunities: [makeOpportunity({ status: "won", closedAt: "2025-01-10" })] });
    expect(lifecycleStage(computeMetrics(facts, "2026-06-30")).stage).toBe("deep");
  });
});
