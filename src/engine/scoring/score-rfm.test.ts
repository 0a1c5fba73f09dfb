import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BookStats, buildBookStats, EMPTY_BOOK } from "./build-book-stats";
import { computeMetrics } from "./compute-metrics";
import { daysAgo, makeAccount, makeFacts, makeOrder, NOW } from "./fixtures";
import { percentileGrid } from "./percentile-rank";
import { frequencyScore, recencyScore, scoreRfm, WholeValueScores } from "./score-rfm";

describe("scoreRfm", () => {
  const metrics = Array.from({ length: 10 }, (_, k) =>
    computeMetrics(
      makeFacts({
        account: makeAccount({ id: `a${k}` }),
        orders: Array.from({ length: k + 1 }, () =>
          makeOrder({ amount: (k + 1) * 100, orderedAt: daysAgo(100 - k * 10) }),
        ),
      }),
      NOW,
    ),
  );
  const book = buildBookStats(metrics);

  it("gives the most recent, most frequent, biggest buyer 5-5-5 and the opposite 1-1-1", () => {
    expect(scoreRfm(metrics[9], book)).toEqual({ r: 5, f: 5, m: 5 });
    expect(scoreRfm(metrics[0], book)).toEqual({ r: 1, f: 1, m: 1 });
  });

  it("scores each quintile of the book once per pair of accounts", () => {
    expect(metrics.map((m) => scoreRfm(m, book).m)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it("scores an account that never ordered 0-0-0", () => {
    expect(scoreRfm(computeMetrics(makeFacts(), NOW), book)).toEqual({ r: 0, f: 0, m: 0 });
  });
});

describe("WholeValueScores (book scoring's recency and frequency lookup)", () => {
  const sample = fc.oneof(
    fc.array(fc.integer({ min: -50, max: 800 }), { minLength: 1, maxLength: 300 }),
    fc.array(fc.double({ min: -50, max: 800, noNaN: true }), { minLength: 1, maxLength: 300 }),
  );
  const probe = fc.oneof(
    fc.integer({ min: -100, max: 900 }),
    fc.double({ min: -100, max: 900, noNaN: true }),
    fc.constantFrom(-0, 0.5, 1e-9, 0.9999999999999999, 2 ** 31, -(2 ** 31) - 1),
  );

  it("gives what the score gives for any value, whole or not, inside the grid's range or not (property)", () => {
    fc.assert(
      fc.property(sample, fc.array(probe, { minLength: 1, maxLength: 50 }), (values, xs) => {
        const grid = percentileGrid(Float64Array.from(values));
        const book: BookStats = { ...EMPTY_BOOK, recencyGrid: grid, frequencyGrid: grid };
        for (const score of [recencyScore, frequencyScore]) {
          const table = new WholeValueScores(score, book, grid);
          for (const x of [...xs, ...grid]) expect(table.of(x)).toBe(score(x, book));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("scores by the function alone when the grid is empty or too wide for a table", () => {
    const wide = [0, 1 << 20];
    const book: BookStats = { ...EMPTY_BOOK, recencyGrid: wide };
    expect(new WholeValueScores(recencyScore, book, wide).of(5)).toBe(recencyScore(5, book));
    expect(new WholeValueScores(recencyScore, EMPTY_BOOK, []).of(5)).toBe(recencyScore(5, EMPTY_BOOK));
  });
});
