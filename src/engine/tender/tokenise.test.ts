import { describe, expect, it } from "vitest";
import { tokenise } from "./tokenise";

describe("tokenise", () => {
  it("keeps content words and drops procurement boilerplate", () => {
    const t = tokenise("深圳市某中学空调采购项目公告");
    expect(t).toContain("空调");
    expect(t).not.toContain("采购");
    expect(t).not.toContain("项目");
    expect(t).not.toContain("公告");
  });

  it("lower-cases English and drops stopwords, numbers and punctuation", () => {
    expect(tokenise("Website re-design, development and maintenance services 2025")).toEqual(
      expect.arrayContaining(["website", "development", "maintenance"]),
    );
    expect(tokenise("the and of 2025 , .")).toEqual([]);
  });
});
