import { describe, expect, it } from "vitest";
import { cadenceFor } from "./cadence-for";
import { computeMetrics } from "./compute-metrics";
import { daysAgo, makeFacts, makeInteraction, makeOpportunity, makeOrder, NOW, orderRun } from "./fixtures";
import { lifecycleStage } from "./lifecycle-stage";

const stageOn = (firstOrder: string, now: string) => {
  const facts = makeFacts({ orders: [makeOrder({ orderedAt: firstOrder }), makeOrder({ orderedAt: now })] });
  const touched = { ...facts, interactions: [makeInteraction({ occurredAt: now })] };
  return lifecycleStage(computeMetrics(touched, now), touched);
};
const life = (facts: ReturnType<typeof makeFacts>) => lifecycleStage(computeMetrics(facts, NOW), facts);

describe("lifecycleStage", () => {
  it("is prospect before any order or won deal", () => {
    const info = lifecycleStage(computeMetrics(makeFacts(), "2026-06-30"));
    expect([info.stage, info.tenure, info.months, info.reason.code]).toEqual([
      "prospect",
      "prospect",
      null,
      "no_orders",
    ]);
  });

  it("moves initial -> stable at 3 months, -> deep at 12, -> symbiotic at 36 while the account keeps buying", () => {
    expect(stageOn("2026-03-31", "2026-06-30").stage).toBe("initial");
    expect(stageOn("2026-03-30", "2026-06-30").stage).toBe("stable");
    expect(stageOn("2025-07-01", "2026-06-30").stage).toBe("stable");
    expect(stageOn("2023-07-01", "2026-06-30").stage).toBe("deep");
    const symbiotic = stageOn("2023-06-30", "2026-06-30");
    expect([symbiotic.stage, symbiotic.months, symbiotic.reason.code]).toEqual(["symbiotic", 36, "tenure"]);
    expect(symbiotic.reason.zh).toContain("合作36个月");
  });

  it("starts cooperation at a won deal when it precedes the first order", () => {
    const facts = makeFacts({ opportunities: [makeOpportunity({ status: "won", closedAt: "2025-01-10" })] });
    expect(lifecycleStage(computeMetrics(facts, "2026-06-30")).tenure).toBe("deep");
  });

  it("calls a key account lost after 14 months without orders and its last deal lost to a competitor", () => {
    // 4.5 M a year for two years, then nothing for 14 months; the last deal went to a competitor 5 months ago.
    const orders = [...orderRun(12, 375_000, 30, 425), ...orderRun(12, 375_000, 30, 785)];
    const lost = makeOpportunity({ status: "lost", closedAt: daysAgo(150), competitor: "迈瑞医疗", name: "CT 扩容" });
    const info = life(makeFacts({ orders, opportunities: [lost], interactions: [makeInteraction()] }));
    expect([info.stage, info.tenure, info.reason.code]).toEqual(["lost", "symbiotic", "lost_no_order_since"]);
    expect(info.reason.facts).toMatchObject({ competitor: "迈瑞医疗", daysSinceOrder: 425, lostAt: daysAgo(150) });
    expect(info.reason.zh).toContain("迈瑞医疗");
  });

  it("calls an account lost on a competitor's award with no order since, but not once an order follows", () => {
    const orders = [makeOrder({ orderedAt: daysAgo(200) }), makeOrder({ orderedAt: daysAgo(700) })];
    const award = { at: daysAgo(120), competitor: "联影", project: "MRI 采购" };
    const touched = [makeInteraction({ occurredAt: daysAgo(3) })];
    expect(life(makeFacts({ orders, competitorAwards: [award], interactions: touched })).stage).toBe("lost");
    const reordered = [...orders, makeOrder({ orderedAt: daysAgo(100) })];
    // First order 700 days ago: 23 months of cooperation, deep again once the account buys after the award.
    expect(life(makeFacts({ orders: reordered, competitorAwards: [award], interactions: touched })).stage).toBe("deep");
  });

  it("does not call a steadily buying account lost for one deal lost last month", () => {
    const lost = makeOpportunity({ status: "lost", closedAt: daysAgo(20), competitor: "GE" });
    const info = life(
      makeFacts({ orders: orderRun(24, 1000, 30, 30), opportunities: [lost], interactions: [makeInteraction()] }),
    );
    expect(info.stage).toBe("deep");
  });

  it("calls a hospital that stopped buying a year ago and that nobody has touched since dormant", () => {
    const orders = orderRun(10, 50_000, 30, 365);
    const info = life(makeFacts({ orders, interactions: [makeInteraction({ occurredAt: daysAgo(240) })] }));
    expect([info.stage, info.tenure, info.reason.code]).toEqual(["dormant", "deep", "no_order_no_touch"]);
    expect(info.reason.facts).toMatchObject({ daysSinceOrder: 365, daysSinceTouch: 240, thresholdDays: 180 });
  });

  it("calls an account declining when revenue falls 30% or more, and not at 29%", () => {
    const touched = [makeInteraction({ occurredAt: daysAgo(5) })];
    const at = (recent: number) =>
      life(
        makeFacts({
          interactions: touched,
          orders: [
            makeOrder({ amount: 1000, orderedAt: daysAgo(400) }),
            makeOrder({ amount: recent, orderedAt: daysAgo(10) }),
          ],
        }),
      );
    expect([at(700).stage, at(700).reason.code, at(700).reason.facts.changePct]).toEqual([
      "declining",
      "revenue_down",
      -30,
    ]);
    expect(at(710).stage).toBe("deep");
  });

  it("calls a buying account declining when touches lapse for 90 days, but not one that never logged a touch", () => {
    const orders = orderRun(6, 1000, 30, 5);
    expect(life(makeFacts({ orders, interactions: [makeInteraction({ occurredAt: daysAgo(90) })] })).reason.code).toBe(
      "touches_lapsing",
    );
    expect(life(makeFacts({ orders, interactions: [makeInteraction({ occurredAt: daysAgo(89) })] })).stage).toBe(
      "stable",
    );
    expect(life(makeFacts({ orders })).stage).toBe("stable");
  });

  it("gives each decline stage its own cadence", () => {
    expect(cadenceFor("declining").map((c) => c.code)).toEqual(["recovery_checkin", "monthly_exec_touch"]);
    expect(cadenceFor("dormant").map((c) => c.everyDays)).toEqual([30]);
    expect(cadenceFor("lost").map((c) => c.code)).toEqual(["winback_review"]);
  });
});
