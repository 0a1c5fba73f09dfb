import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BookStats, buildBookStats, EMPTY_BOOK } from "./build-book-stats";
import { computeMetrics } from "./compute-metrics";
import { daysAgo, makeAccount, makeFacts, makeOrder, NOW } from "./fixtures";
import { percentileGrid } from "./percentile-rank";
import { frequencyScore, monetaryScore, nextUp, recencyScore, StepScores, scoreRfm } from "./score-rfm";

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

describe("StepScores (book scoring's RFM lookup)", () => {
  const value = fc.oneof(
    fc.integer({ min: -50, max: 800 }),
    fc.double({ min: -50, max: 800, noNaN: true }),
    fc.double({ noNaN: true }),
    fc.constantFrom(-0, 0, Number.MIN_VALUE, -Number.MAX_VALUE, Number.MAX_VALUE),
  );
  const probe = fc.oneof(value, fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY));
  const sample = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 300 }),
    fc.array(value, { minLength: 1, maxLength: 300 }),
  );

  it("gives what the score gives for any value: on a grid point, beside one, between, outside (property)", () => {
    fc.assert(
      fc.property(sample, fc.array(probe, { minLength: 1, maxLength: 40 }), (values, xs) => {
        const grid = percentileGrid(Float64Array.from(values));
        const book: BookStats = { ...EMPTY_BOOK, recencyGrid: grid, frequencyGrid: grid, monetaryGrid: grid };
        const near = grid.flatMap((v) => [v, nextUp(v), -nextUp(-v)]);
        // Compared plainly and reported once: an expect() per probe was most of this test's time.
        const wrong: string[] = [];
        for (const score of [recencyScore, frequencyScore, monetaryScore]) {
          const steps = new StepScores(score, book, grid);
          for (const x of [...xs, ...near])
            if (!Object.is(steps.of(x), score(x, book)))
              wrong.push(`${score.name}(${x}): ${steps.of(x)} ≠ ${score(x, book)}`);
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the score of an empty book for any value", () => {
    for (const x of [-1, 0, 5, Number.NaN])
      expect(new StepScores(recencyScore, EMPTY_BOOK, []).of(x)).toBe(recencyScore(x, EMPTY_BOOK));
  });

  it("steps to the least double above a number", () => {
    expect(nextUp(1)).toBe(1 + Number.EPSILON);
    expect(nextUp(-0)).toBe(Number.MIN_VALUE);
    expect(nextUp(-Number.MIN_VALUE)).toBe(-0);
    expect(nextUp(Number.MAX_VALUE)).toBe(Number.POSITIVE_INFINITY);
    expect(nextUp(Number.NEGATIVE_INFINITY)).toBe(-Number.MAX_VALUE);
  });
});
