import { describe, expect, it } from "vitest";
import { cadenceFor } from "./cadence-for";
import { daysAgo, makeContact, makeFacts, makeInteraction, makeOrder, NOW } from "./fixtures";
import { overdueTouchpoints, touchpointStatus } from "./overdue-touchpoints";

describe("cadenceFor", () => {
  it("expects weekly syncs in the first month and quarterly reviews once cooperation is deep", () => {
    expect(cadenceFor("initial")[0]).toMatchObject({ code: "weekly_sync", everyDays: 7, untilMonth: 1 });
    expect(cadenceFor("deep").map((c) => c.code)).toContain("quarterly_business_review");
    expect(cadenceFor("symbiotic").map((c) => c.code)).toContain("annual_strategy_meeting");
  });
});

describe("overdueTouchpoints", () => {
  it("flags the weekly sync of a new account not touched since its first order 10 days ago", () => {
    const facts = makeFacts({ orders: [makeOrder({ orderedAt: daysAgo(10) })] });
    expect(overdueTouchpoints(facts, NOW)).toEqual([
      { code: "weekly_sync", everyDays: 7, lastAt: null, dueAt: daysAgo(3), daysOverdue: 3 },
    ]);
  });

  it("counts a touch only when it matches the kind and the contact's role", () => {
    const boss = makeContact({ role: "decision_maker" });
    const user = makeContact({ role: "user" });
    const facts = makeFacts({
      contacts: [boss, user],
      // Still buying (an order a month ago), so the account is deep, not declining.
      orders: [makeOrder({ orderedAt: daysAgo(500) }), makeOrder({ orderedAt: daysAgo(30) })],
      interactions: [
        makeInteraction({ contactId: user.id, kind: "meeting", occurredAt: daysAgo(20) }),
        makeInteraction({ contactId: boss.id, kind: "call", occurredAt: daysAgo(45) }),
      ],
    });
    const status = touchpointStatus(facts, NOW);
    expect(status.find((t) => t.code === "quarterly_business_review")).toMatchObject({
      lastAt: daysAgo(20),
      daysOverdue: -71,
    });
    expect(status.find((t) => t.code === "monthly_exec_touch")).toMatchObject({ lastAt: daysAgo(45), daysOverdue: 15 });
    expect(overdueTouchpoints(facts, NOW).map((t) => t.code)).toEqual(["monthly_exec_touch"]);
  });

  it("expects nothing of a prospect nobody has touched yet", () => {
    expect(touchpointStatus(makeFacts(), NOW)).toEqual([]);
  });
});
