import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { factsArb, orderArb, scorecardArb } from "./arbitraries";
import { buildBookStats } from "./build-book-stats";
import { computeMetrics } from "./compute-metrics";
import { defaultScorecard } from "./default-scorecard";
import { NOW } from "./fixtures";
import { scoreAccount } from "./score-account";
import { scoreBook } from "./score-book";
import { ScorecardSchema } from "./scorecard-schema";

describe("scoring invariants", () => {
  it("accepts only scorecards whose weights sum to 1, and every generated one does", () => {
    fc.assert(
      fc.property(scorecardArb, (card) => {
        expect(ScorecardSchema.safeParse(card).success).toBe(true);
        const sum = card.dimensions.reduce((s, d) => s + d.weight, 0);
        expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it("makes the total the weighted sum of points (within rounding) and keeps it within 0-100", () => {
    fc.assert(
      fc.property(factsArb, scorecardArb, (facts, scorecard) => {
        const score = scoreAccount(facts, { scorecard, now: NOW });
        const weighted = score.breakdown.reduce((s, d) => s + d.weight * d.points, 0);
        expect(Math.abs(score.total - weighted)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(score.total).toBeGreaterThanOrEqual(0);
        expect(score.total).toBeLessThanOrEqual(100);
        expect(score.breakdown.map((d) => d.dimension)).toEqual(scorecard.dimensions.map((d) => d.key));
      }),
    );
  });

  it("never lowers the revenue dimension when an order adds revenue", () => {
    fc.assert(
      fc.property(factsArb, orderArb, (facts, extra) => {
        const revenuePoints = (f: typeof facts) =>
          scoreAccount(f, { scorecard: defaultScorecard, now: NOW }).breakdown.find((d) => d.dimension === "revenue")!
            .points;
        const more = { ...facts, orders: [...facts.orders, extra] };
        expect(revenuePoints(more)).toBeGreaterThanOrEqual(revenuePoints(facts));
      }),
    );
  });

  it("gives byte-identical output for the same input, including a deep copy of it", () => {
    fc.assert(
      fc.property(fc.array(factsArb, { minLength: 1, maxLength: 6 }), (book) => {
        const first = JSON.stringify(scoreBook(book, { scorecard: defaultScorecard, now: NOW }));
        const again = JSON.stringify(scoreBook(structuredClone(book), { scorecard: defaultScorecard, now: NOW }));
        expect(again).toBe(first);
      }),
      { numRuns: 50 },
    );
  });

  it("re-scores one account against the stored book exactly as the whole-book run did", () => {
    fc.assert(
      fc.property(fc.array(factsArb, { minLength: 1, maxLength: 6 }), (list) => {
        const { scores, book } = scoreBook(list, { scorecard: defaultScorecard, now: NOW });
        const again = scoreAccount(list[0], { scorecard: defaultScorecard, now: NOW, book });
        expect(again).toEqual(scores[0]);
        expect(book).toEqual(buildBookStats(list.map((f) => computeMetrics(f, NOW))));
      }),
      { numRuns: 50 },
    );
  });
});
