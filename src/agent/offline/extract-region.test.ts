import { describe, expect, it } from "vitest";
import { extractRegion } from "./extract-region";

describe("extractRegion", () => {
  it("reads a place of the user's book that jieba takes for a name", () => {
    expect(extractRegion("宁德有哪些客户", ["福建", "宁德"])).toBe("宁德");
    expect(extractRegion("宁德有哪些客户")).toBeUndefined();
  });
  it("never reads an industry word as a place", () => {
    expect(extractRegion("海鲜水产类的客户")).toBeUndefined();
    expect(extractRegion("浙江的客户")).toBe("浙江");
  });
  it("reads an English place after in", () => {
    expect(extractRegion("accounts in Fujian")).toBe("Fujian");
  });
});
