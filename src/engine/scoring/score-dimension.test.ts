import { describe, expect, it } from "vitest";
import { computeMetrics } from "./compute-metrics";
import { makeAccount, makeFacts, NOW } from "./fixtures";
import { readRaw, scoreDimension } from "./score-dimension";
import type { Dimension } from "./scorecard-schema";

const revenue: Dimension = {
  key: "revenue",
  weight: 0.25,
  rule: {
    kind: "metric",
    metric: "revenue12m",
    missing: 5,
    bands: [
      { max: 100, points: 10 },
      { min: 100, max: 200, points: 50 },
      { min: 200, points: 90 },
    ],
  },
};
const industry: Dimension = {
  key: "industry",
  weight: 0.1,
  rule: { kind: "attribute", attribute: "industry", missing: 7, bands: { values: { energy: 80 }, otherwise: 30 } },
};

describe("scoreDimension", () => {
  it("puts a value equal to a band's min in that band and one equal to its max in the next", () => {
    expect(scoreDimension(revenue, revenue.rule.bands, 99.9999).points).toBe(10);
    expect(scoreDimension(revenue, revenue.rule.bands, 100).points).toBe(50);
    expect(scoreDimension(revenue, revenue.rule.bands, 200).points).toBe(90);
  });

  it("gives the rule's missing points for an unknown value and says so", () => {
    const line = scoreDimension(revenue, revenue.rule.bands, null);
    expect(line.points).toBe(5);
    expect(line.reason).toContain("unknown");
  });

  it("gives missing points when no band holds the value", () => {
    const gappy: Dimension = { ...revenue, rule: { ...revenue.rule, bands: [{ min: 0, max: 10, points: 40 }] } };
    expect(scoreDimension(gappy, gappy.rule.bands, 50).points).toBe(5);
    expect(scoreDimension(gappy, gappy.rule.bands, "lots").points).toBe(5);
  });

  it("matches categorical values trimmed and case-insensitively, else the otherwise points", () => {
    expect(scoreDimension(industry, industry.rule.bands, " Energy ").points).toBe(80);
    expect(scoreDimension(industry, industry.rule.bands, "mining").points).toBe(30);
    expect(scoreDimension(industry, industry.rule.bands, "mining").reason).toContain("not listed");
  });

  it("writes a reason with raw value, band, points, weight and weighted points", () => {
    const line = scoreDimension(revenue, revenue.rule.bands, 150);
    expect(line).toMatchObject({ dimension: "revenue", weight: 0.25, raw: 150, points: 50 });
    expect(line.reason).toBe("revenue12m = 150 in [100, 200) -> 50 points x weight 0.25 = 12.5");
  });

  it("names an industry override in the reason", () => {
    const line = scoreDimension(revenue, [{ points: 70 }], 150, " (bands for industry retail)");
    expect(line.points).toBe(70);
    expect(line.reason).toBe(
      "revenue12m = 150 in [-inf, inf) -> 70 points x weight 0.25 = 17.5 (bands for industry retail)",
    );
  });
});

describe("readRaw", () => {
  it("reads attributes from the account and metrics from the metrics, rounded to 4 decimals", () => {
    const facts = makeFacts({ account: makeAccount({ industry: "  ", walletEstimate: 3 }) });
    const m = { ...computeMetrics(facts, NOW), revenue12m: 1 / 3 };
    expect(readRaw(industry, facts.account, m)).toBeNull();
    expect(readRaw(revenue, facts.account, m)).toBe(0.3333);
  });
});
