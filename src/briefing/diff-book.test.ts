import { describe, expect, it } from "vitest";
import type { BookState } from "./book-state";
import { diffBook } from "./diff-book";

const account = (
  tier: string,
  total: number,
  dims: Record<string, number>,
  risks: Record<string, "low" | "medium" | "high">,
) => ({
  name: "A",
  ownerId: "u1",
  tier,
  total,
  dims,
  risks,
});
const deal = (stage: string, status: "open" | "won" | "lost", expectedClose: string) => ({
  accountId: "a1",
  name: "D",
  stage,
  status,
  amount: 100,
  expectedClose,
});

describe("diffBook", () => {
  const before: BookState = {
    asOf: "2026-11-16T00:00:00.000Z",
    accounts: { a1: account("A", 70, { revenue: 80, relationship: 60 }, { late_payment: "high" }) },
    deals: {
      d1: deal("qualified", "open", "2026-12-01"),
      d2: deal("proposal", "open", "2026-12-01"),
      d3: deal("negotiation", "open", "2026-11-18"),
      d4: deal("negotiation", "open", "2027-01-01"),
    },
    tenders: ["t1|a1"],
    left: {},
  };
  const after: BookState = {
    asOf: "2026-11-23T00:00:00.000Z",
    accounts: { a1: account("B", 58, { revenue: 78, relationship: 30 }, { no_touch: "medium" }) },
    deals: {
      d1: deal("solution", "open", "2026-12-01"),
      d2: deal("proposal", "open", "2027-02-01"),
      d3: deal("negotiation", "open", "2026-11-18"),
      d4: deal("won", "won", "2027-01-01"),
    },
    tenders: ["t1|a1", "t2|a1"],
    left: { c1: { accountId: "a1", name: "王", title: "院长" } },
  };

  it("names the dimension behind a tier move, the risks that came and went, deals, tenders and leavers", () => {
    const d = diffBook(before, after);
    expect(d.scoreMoves).toEqual([
      {
        accountId: "a1",
        tierFrom: "A",
        tierTo: "B",
        totalFrom: 70,
        totalTo: 58,
        delta: -12,
        driver: { dimension: "relationship", from: 60, to: 30 },
      },
    ]);
    expect(d.newRisks).toEqual([{ accountId: "a1", code: "no_touch", severity: "medium" }]);
    expect(d.resolvedRisks).toEqual([{ accountId: "a1", code: "late_payment", severity: "high" }]);
    expect(d.deals.map((m) => [m.opportunityId, m.kind])).toEqual([
      ["d1", "advanced"],
      ["d2", "slipped"],
      ["d3", "slipped"],
      ["d4", "won"],
    ]);
    expect(d.newTenders).toEqual(["t2|a1"]);
    expect(d.left).toEqual([{ contactId: "c1", accountId: "a1", name: "王", title: "院长" }]);
  });

  it("finds nothing between a state and itself", () => {
    const d = diffBook(after, after);
    expect([d.scoreMoves, d.newRisks, d.resolvedRisks, d.deals, d.newTenders, d.left].flat()).toEqual([]);
  });
});
