import { describe, expect, it } from "vitest";
import type { AccountFacts } from "../types";
import { computeMetrics } from "./compute-metrics";
import { detectRisks } from "./detect-risks";
import {
  daysAgo,
  makeContact,
  makeFacts,
  makeInteraction,
  makeOpportunity,
  makeOrder,
  makeRiskRecord,
  NOW,
  orderRun,
} from "./fixtures";

const risks = (facts: AccountFacts) => detectRisks(facts, computeMetrics(facts, NOW), NOW);
const severityOf = (facts: AccountFacts, code: string) => risks(facts).find((r) => r.code === code)?.severity;
const touched = [makeInteraction({ occurredAt: daysAgo(1) })];

/** Prior-year revenue 1000, trailing-year revenue `recent`. */
const falling = (recent: number) =>
  makeFacts({
    interactions: touched,
    orders: [
      makeOrder({ amount: 1000, orderedAt: daysAgo(400) }),
      makeOrder({ amount: recent, orderedAt: daysAgo(10) }),
    ],
  });

describe("detectRisks", () => {
  it("grades falling orders by the drop against the prior year: 10% low, 20% medium, 40% high", () => {
    expect(severityOf(falling(950), "orders_falling")).toBeUndefined();
    expect(severityOf(falling(900), "orders_falling")).toBe("low");
    expect(severityOf(falling(800), "orders_falling")).toBe("medium");
    expect(severityOf(falling(600), "orders_falling")).toBe("high");
    expect(risks(falling(600))[0].reason).toContain("(-40%)");
  });

  it("flags late payment by the oldest unpaid invoice and the on-time rate", () => {
    const paidLate = makeOrder({ dueAt: daysAgo(60), paidAt: daysAgo(50) });
    const onTime = orderRun(9, 100).map((o) => ({ ...o, dueAt: o.orderedAt, paidAt: o.orderedAt }));
    expect(severityOf(makeFacts({ orders: [...onTime, paidLate] }), "late_payment")).toBe("low");
    const unpaid = makeOrder({ dueAt: daysAgo(91), paidAt: null });
    expect(severityOf(makeFacts({ orders: [...onTime, unpaid] }), "late_payment")).toBe("high");
    expect(severityOf(makeFacts({ orders: onTime }), "late_payment")).toBeUndefined();
  });

  it("raises main_contact_left high when no other key contact is close to us", () => {
    const gone = makeContact({ role: "decision_maker", leftCompany: true });
    expect(severityOf(makeFacts({ contacts: [gone] }), "main_contact_left")).toBe("high");
    const other = makeContact({ influence: 4, ourStrength: 4 });
    expect(severityOf(makeFacts({ contacts: [gone, other] }), "main_contact_left")).toBe("medium");
    const minor = makeContact({ role: "user", influence: 2, leftCompany: true });
    expect(severityOf(makeFacts({ contacts: [minor] }), "main_contact_left")).toBeUndefined();
  });

  it("raises no_touch for an engaged account after 45, 90 and 180 days", () => {
    const at = (days: number) =>
      makeFacts({ orders: [makeOrder()], interactions: [makeInteraction({ occurredAt: daysAgo(days) })] });
    expect(severityOf(at(44), "no_touch")).toBeUndefined();
    expect(severityOf(at(45), "no_touch")).toBe("low");
    expect(severityOf(at(90), "no_touch")).toBe("medium");
    expect(severityOf(at(180), "no_touch")).toBe("high");
    expect(severityOf(makeFacts(), "no_touch")).toBeUndefined();
  });

  it("raises competitor_stronger when a decision maker is closer to a competitor", () => {
    const contact = (gap: number) =>
      makeContact({ role: "decision_maker", ourStrength: 2, competitor: "Rival", competitorStrength: 2 + gap });
    expect(severityOf(makeFacts({ contacts: [contact(1)] }), "competitor_stronger")).toBe("medium");
    expect(severityOf(makeFacts({ contacts: [contact(2)] }), "competitor_stronger")).toBe("high");
    expect(severityOf(makeFacts({ contacts: [contact(0)] }), "competitor_stronger")).toBeUndefined();
  });

  it("grades a lost deal by its size against trailing-year revenue and forgets it after 180 days", () => {
    const lost = (amount: number, daysBack = 30) =>
      makeFacts({
        interactions: touched,
        orders: [makeOrder({ amount: 1000 })],
        opportunities: [makeOpportunity({ status: "lost", amount, closedAt: daysAgo(daysBack) })],
      });
    expect(severityOf(lost(50), "lost_deal")).toBe("low");
    expect(severityOf(lost(100), "lost_deal")).toBe("medium");
    expect(severityOf(lost(500), "lost_deal")).toBe("high");
    expect(severityOf(lost(500, 180), "lost_deal")).toBeUndefined();
  });

  it("reports external records per kind at their worst severity within a year", () => {
    const facts = makeFacts({
      riskRecords: [
        makeRiskRecord({ kind: "judicial", severity: "low" }),
        makeRiskRecord({ kind: "judicial", severity: "high", occurredAt: daysAgo(200) }),
        makeRiskRecord({ kind: "sentiment", severity: "medium" }),
        makeRiskRecord({ kind: "financial", severity: "high", occurredAt: daysAgo(365) }),
      ],
    });
    expect(risks(facts).map((r) => [r.code, r.severity])).toEqual([
      ["external_judicial", "high"],
      ["external_sentiment", "medium"],
    ]);
  });

  it("orders signals by severity, then code", () => {
    const facts = makeFacts({
      contacts: [makeContact({ role: "decision_maker", leftCompany: true })],
      riskRecords: [
        makeRiskRecord({ kind: "sentiment", severity: "low" }),
        makeRiskRecord({ kind: "financial", severity: "high" }),
      ],
    });
    expect(risks(facts).map((r) => r.code)).toEqual(["external_financial", "main_contact_left", "external_sentiment"]);
  });
});

describe("detectRisks on departed people and money owed", () => {
  it("raises a high risk when the technical evaluator left and we never met the decision maker", () => {
    const evaluator = makeContact({ role: "technical_evaluator", influence: 3, leftCompany: true, ourStrength: 4 });
    const unmet = makeContact({ role: "decision_maker", influence: 5, ourStrength: null, attitude: null });
    const r = risks(makeFacts({ contacts: [evaluator, unmet] })).find((x) => x.code === "main_contact_left");
    expect(r?.severity).toBe("high");
    expect(r?.facts).toMatchObject({ contactIds: [evaluator.id], roles: ["technical_evaluator"], covered: false });
  });

  it("raises a risk when our strongest tie left, even in a minor role", () => {
    const friend = makeContact({ role: "user", influence: 2, ourStrength: 5, leftCompany: true });
    const others = [makeContact({ role: "user", influence: 2, ourStrength: 2 })];
    const r = risks(makeFacts({ contacts: [friend, ...others] })).find((x) => x.code === "main_contact_left");
    expect(r?.facts).toMatchObject({ strongestTie: true });
    expect(r?.reason).toContain("our strongest tie");
  });

  it("grades money owed by age and share of a year's revenue, with an aging table", () => {
    // 977,200 unpaid for 182 days against 2 M of yearly revenue.
    const unpaid = makeOrder({ amount: 977_200, orderedAt: daysAgo(212), dueAt: daysAgo(182), paidAt: null });
    const paid = makeOrder({ amount: 1_022_800, orderedAt: daysAgo(40), dueAt: daysAgo(10), paidAt: daysAgo(12) });
    const r = risks(makeFacts({ orders: [unpaid, paid], interactions: touched })).find(
      (x) => x.code === "late_payment",
    );
    expect(r?.severity).toBe("high");
    expect(r?.facts).toMatchObject({
      overdueUnpaidAmount: 977_200,
      maxOverdueDays: 182,
      overdueSharePct: 49,
      aging: { "1-30": 0, "31-90": 0, "91-180": 0, "180+": 977_200 },
      // The oldest invoice unpaid past its due date, as a day, so a reply can say when it fell due.
      oldestDueAt: daysAgo(182).slice(0, 10),
    });
    // 40 days late is high when it is a quarter of the year's revenue, medium when it is small.
    const big = makeOrder({ amount: 300_000, orderedAt: daysAgo(70), dueAt: daysAgo(40), paidAt: null });
    const small = makeOrder({ amount: 10_000, orderedAt: daysAgo(70), dueAt: daysAgo(40), paidAt: null });
    // One invoice paid on time beside the late one keeps the on-time rate at 50% (not the < 50% rule).
    const year = makeOrder({ amount: 900_000, orderedAt: daysAgo(100), dueAt: daysAgo(70), paidAt: daysAgo(71) });
    expect(severityOf(makeFacts({ orders: [big, year], interactions: touched }), "late_payment")).toBe("high");
    expect(severityOf(makeFacts({ orders: [small, year], interactions: touched }), "late_payment")).toBe("medium");
  });
});
