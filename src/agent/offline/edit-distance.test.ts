import { describe, expect, it } from "vitest";
import { allowedTypos, editDistance } from "./edit-distance";

describe("editDistance", () => {
  it("counts an adjacent swap as one edit", () => {
    expect(editDistance("eats", "east")).toBe(1);
  });

  it("counts a missing letter as one edit", () => {
    expect(editDistance("fahz", "fahzu")).toBe(1);
  });

  it("is zero for equal strings", () => {
    expect(editDistance("renji", "renji")).toBe(0);
  });

  it("tolerates no typo in short names and two in long ones", () => {
    expect(allowedTypos(4)).toBe(0);
    expect(allowedTypos(6)).toBe(1);
    expect(allowedTypos(20)).toBe(2);
  });
});
