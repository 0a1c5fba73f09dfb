import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBookStats, EMPTY_BOOK, FALLBACK_MARGIN_RATE } from "./build-book-stats";
import { computeMetrics } from "./compute-metrics";
import { makeAccount, makeFacts, makeOrder, NOW } from "./fixtures";
import { percentileGrid, percentileRank, percentileValue } from "./percentile-rank";

describe("percentileGrid and percentileRank", () => {
  const grid = percentileGrid(Float64Array.from([40, 10, 30, 20]));

  it("holds the nearest-rank value at each percentile 1..100", () => {
    expect(grid).toHaveLength(100);
    expect([grid[0], grid[24], grid[25], grid[49], grid[74], grid[99]]).toEqual([10, 10, 20, 20, 30, 40]);
  });

  it("holds the same values when ranking whole numbers by counting, and percentileValue reads one of them (property)", () => {
    // Day counts and order counts are counted, not selected: narrow and wide ranges, negatives, one value repeated.
    const whole = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.integer({ min: -2e9, max: 2e9 }), fc.constant(7));
    fc.assert(
      fc.property(fc.array(whole, { minLength: 1, maxLength: 3000 }), fc.integer({ min: 1, max: 100 }), (xs, p) => {
        const sorted = Float64Array.from(xs).sort();
        const n = xs.length;
        const at = (q: number) => sorted[Math.min(n - 1, Math.ceil((q / 100) * n) - 1)];
        const grid = percentileGrid(Float64Array.from(xs));
        expect(grid).toEqual(Array.from({ length: 100 }, (_, q) => at(q + 1)));
        expect(Object.is(percentileValue(Float64Array.from(xs), p), at(p))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("holds the same values as reading a fully sorted copy, on any sample (property)", () => {
    // Grid samples are sums and day counts: never NaN (unknowns are left out) and never -0 (sums start at +0).
    const value = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -5, max: 5 })).map((x) => x + 0);
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3000, size: "max" }), (xs) => {
        const sorted = Float64Array.from(xs).sort();
        const n = xs.length;
        const expected = Array.from(
          { length: 100 },
          (_, p) => sorted[Math.min(n - 1, Math.ceil(((p + 1) / 100) * n) - 1)],
        );
        expect(percentileGrid(Float64Array.from(xs))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("ranks any value by counting the grid points below it and equal to it (property)", () => {
    const value = fc.integer({ min: -20, max: 20 }).map((x) => x / 4);
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), value, (xs, x) => {
        const grid = percentileGrid(Float64Array.from(xs));
        const below = grid.filter((g) => g < x).length;
        const equal = grid.filter((g) => g === x).length;
        expect(percentileRank(x, grid)).toBe(((below + equal / 2) / grid.length) * 100);
      }),
      { numRuns: 500 },
    );
  });

  it("ranks by grid points below plus half of those equal", () => {
    expect(percentileRank(5, grid)).toBe(0);
    expect(percentileRank(10, grid)).toBe(12.5);
    expect(percentileRank(25, grid)).toBe(50);
    expect(percentileRank(99, grid)).toBe(100);
  });

  it("puts everything at the neutral 50 for an empty book", () => {
    expect(percentileRank(123, [])).toBe(50);
    expect(EMPTY_BOOK.medianMarginRate).toBe(FALLBACK_MARGIN_RATE);
  });
});

describe("buildBookStats", () => {
  it("takes the median stated margin and leaves non-buyers out of the RFM grids", () => {
    const metrics = [0.1, 0.3, 0.5].map((margin, k) =>
      computeMetrics(makeFacts({ account: makeAccount({ id: `a${k}` }), orders: [makeOrder({ margin })] }), NOW),
    );
    metrics.push(computeMetrics(makeFacts({ account: makeAccount({ id: "none" }) }), NOW));
    const book = buildBookStats(metrics);
    expect(book.accounts).toBe(4);
    expect(book.medianMarginRate).toBe(0.3);
    expect(new Set(book.monetaryGrid)).toEqual(new Set([100_000]));
  });
});
