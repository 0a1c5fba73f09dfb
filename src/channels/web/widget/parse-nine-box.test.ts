import { describe, expect, it } from "vitest";
import { parseNineBox } from "./parse-nine-box";

describe("parseNineBox", () => {
  it("reads potential first, contribution second", () => {
    expect(parseNineBox("high-mid")).toEqual({ potential: "high", contribution: "mid" });
    expect(parseNineBox("low-high")).toEqual({ potential: "low", contribution: "high" });
  });

  it("tolerates case, spaces, other separators and 'medium'", () => {
    expect(parseNineBox(" High_Medium ")).toEqual({ potential: "high", contribution: "mid" });
    expect(parseNineBox("mid / low")).toEqual({ potential: "mid", contribution: "low" });
  });

  it("returns null for anything else", () => {
    for (const code of [null, undefined, "", "high", "high-mid-low", "top-left", "3-2", "highmid"]) {
      expect(parseNineBox(code)).toBeNull();
    }
  });
});
