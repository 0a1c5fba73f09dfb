import { describe, expect, it } from "vitest";
import { cosine } from "./cosine";

describe("cosine", () => {
  it("is 1 for parallel vectors, 0 for orthogonal ones and rejects length mismatches", () => {
    expect(cosine([1, 2], [2, 4])).toBeCloseTo(1);
    expect(cosine([1, 0], [0, 3])).toBe(0);
    expect(() => cosine([1], [1, 2])).toThrow();
  });
});
