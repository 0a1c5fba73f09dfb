import { describe, expect, it } from "vitest";
import { buildBookStats } from "./build-book-stats";
import { computeMetrics } from "./compute-metrics";
import { daysAgo, makeAccount, makeFacts, makeOrder, NOW } from "./fixtures";
import { scoreRfm } from "./score-rfm";

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
