import { describe, expect, it } from "vitest";
import { defaultScorecard } from "./default-scorecard";
import { type Scorecard, ScorecardSchema } from "./scorecard-schema";

function withWeights(weights: number[]): Scorecard {
  return {
    ...defaultScorecard,
    dimensions: weights.map((weight, i) => ({ ...defaultScorecard.dimensions[i], weight })),
    industryOverrides: undefined,
  };
}

describe("ScorecardSchema", () => {
  it("accepts the default scorecard, whose weights sum to 1", () => {
    expect(ScorecardSchema.safeParse(defaultScorecard).success).toBe(true);
    expect(defaultScorecard.dimensions.length).toBeGreaterThanOrEqual(10);
  });

  it("rejects weights that do not sum to 1 and accepts float noise within 1e-9", () => {
    expect(ScorecardSchema.safeParse(withWeights([0.5, 0.4])).success).toBe(false);
    expect(ScorecardSchema.safeParse(withWeights([0.1, 0.2, 0.7])).success).toBe(true); // 0.1+0.2 is not 0.3
  });

  it("rejects duplicate dimension keys", () => {
    const card = withWeights([0.5, 0.5]);
    card.dimensions[1] = { ...card.dimensions[1], key: card.dimensions[0].key };
    expect(ScorecardSchema.safeParse(card).success).toBe(false);
  });

  it("rejects an industry override for a dimension the scorecard does not have", () => {
    const card = { ...defaultScorecard, industryOverrides: { retail: { bands: { nope: [{ points: 1 }] } } } };
    expect(ScorecardSchema.safeParse(card).success).toBe(false);
  });

  it("rejects tier thresholds out of order and bands whose min is not below max", () => {
    expect(ScorecardSchema.safeParse({ ...defaultScorecard, tierThresholds: { S: 60, A: 70, B: 40 } }).success).toBe(
      false,
    );
    const card = withWeights([1]);
    card.dimensions[0] = {
      ...card.dimensions[0],
      rule: { ...card.dimensions[0].rule, bands: [{ min: 5, max: 5, points: 1 }] },
    };
    expect(ScorecardSchema.safeParse(card).success).toBe(false);
  });
});
