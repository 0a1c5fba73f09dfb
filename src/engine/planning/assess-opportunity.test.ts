import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AccountFacts, Opportunity } from "../types";
import { assessOpportunity } from "./assess-opportunity";
import { buyingCentre, contact, facts, interaction, NOW, opportunity, order } from "./test-fixtures";

const dim = (opp: Opportunity, f: AccountFacts, key: string) =>
  assessOpportunity(opp, f, NOW).dimensions.find((d) => d.key === key)!;

describe("assessOpportunity", () => {
  it("scores all nine dimensions in a fixed order and averages them", () => {
    const h = assessOpportunity(opportunity("o1"), facts({ contacts: buyingCentre() }), NOW);
    expect(h.dimensions.map((d) => d.key)).toEqual([
      "need",
      "budget",
      "decision_chain",
      "competition",
      "solution_fit",
      "timeline",
      "relationship",
      "commercial_terms",
      "progress",
    ]);
    const mean = Math.round(h.dimensions.reduce((s, d) => s + d.score, 0) / 9);
    expect(h.score).toBe(mean);
    for (const d of h.dimensions) expect(d.score).toBeGreaterThanOrEqual(0);
  });

  it("rates need higher the further the deal has come", () => {
    const f = facts();
    expect(dim(opportunity("a", { stage: "lead" }), f, "need").score).toBeLessThan(
      dim(opportunity("b", { stage: "negotiation" }), f, "need").score,
    );
  });

  it("rates a deal larger than the whole wallet as a budget stretch", () => {
    const f = facts();
    expect(dim(opportunity("a", { amount: 3_000_000 }), f, "budget").code).toBe("budget_exceeds_wallet");
    expect(dim(opportunity("b", { amount: 100_000 }), f, "budget").code).toBe("budget_within_wallet");
  });

  it("rates competition low where the named competitor is closer to the people", () => {
    const f = facts({
      contacts: [contact("a", { competitor: "Rival", competitorStrength: 5, ourStrength: 1, influence: 5 })],
    });
    const d = dim(opportunity("o", { competitor: "rival" }), f, "competition");
    expect(d.code).toBe("competitor_stronger");
    expect(d.score).toBeLessThan(50);
  });

  it("rates a passed close date and stage regressions as timeline problems", () => {
    const f = facts();
    expect(dim(opportunity("a", { expectedClose: "2026-05-01" }), f, "timeline").code).toBe("close_date_passed");
    const slipped = opportunity("b", {
      stageHistory: [
        { stage: "proposal", at: "2026-04-01" },
        { stage: "solution", at: "2026-05-01" },
      ],
      stage: "solution",
    });
    expect(dim(slipped, f, "timeline")).toMatchObject({ code: "stage_slipped", score: 60 });
  });

  it("marks a deal long in its stage as stalled", () => {
    const old = opportunity("a", { stageHistory: [{ stage: "proposal", at: "2026-01-01" }] });
    expect(dim(old, facts(), "progress").code).toBe("stalled");
    expect(dim(opportunity("b"), facts(), "progress").code).toBe("moving");
  });

  it("treats a product the account already buys as a proven fit", () => {
    const f = facts({ orders: [order("x", { productSku: "SKU-A" })] });
    expect(dim(opportunity("a"), f, "solution_fit").code).toBe("product_proven_here");
  });

  it("penalises late payment history in commercial terms", () => {
    const late = [
      order("x", { dueAt: "2026-01-01", paidAt: "2026-03-01" }),
      order("y", { dueAt: "2026-02-01", paidAt: null }),
    ];
    expect(dim(opportunity("a"), facts({ orders: late }), "commercial_terms").code).toBe("payment_late_history");
  });

  it("does not depend on the order of contacts, orders or interactions", () => {
    const base = facts({
      contacts: [...buyingCentre(), contact("c", { competitor: "R", competitorStrength: 4 })],
      orders: [order("x", { dueAt: "2026-01-01" }), order("y")],
      interactions: [interaction("i1"), interaction("i2", { occurredAt: "2026-06-10" })],
    });
    const opp = opportunity("o", { competitor: "R" });
    const expected = JSON.stringify(assessOpportunity(opp, base, NOW));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(base.contacts, { minLength: 5 }),
        fc.shuffledSubarray(base.interactions, { minLength: 2 }),
        (cs, is) => {
          expect(JSON.stringify(assessOpportunity(opp, { ...base, contacts: cs, interactions: is }, NOW))).toBe(
            expected,
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});
