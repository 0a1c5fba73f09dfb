import { describe, expect, it } from "vitest";
import { industryCode } from "./normalize-filters";

describe("industryCode", () => {
  it("reads the demo's industries as before", () => {
    expect(industryCode("我的医院客户")).toBe("hospital");
    expect(industryCode("pharma accounts")).toBe("pharma");
    expect(industryCode("医疗集团有哪些")).toBe("medical_group");
  });

  it("reads seafood and fresh retail in either language as the book's codes", () => {
    expect(industryCode("海鲜客户有哪些", ["seafood", "dairy"])).toBe("seafood");
    expect(industryCode("list my seafood accounts", ["seafood"])).toBe("seafood");
    expect(industryCode("水产企业", ["food_processing"])).toBe("food_processing");
    expect(industryCode("超市客户", ["fresh_retail"])).toBe("fresh_retail");
    expect(industryCode("supermarket customers", ["fresh_retail"])).toBe("fresh_retail");
  });

  it("reads an industry as the codes the user's own book stores it under", () => {
    const book = ["energy", "retail", "finance", "real_estate"];
    expect(industryCode("零售行业", book)).toBe("retail");
    expect(industryCode("show me my finance customers", book)).toBe("finance");
    expect(industryCode("which property developers do I have", book)).toBe("real_estate");
    expect(industryCode("电力客户", book)).toBe("energy");
    // 保险 where the book has no `insurance`: its finance accounts, the next tier.
    expect(industryCode("保险客户", book)).toBe("finance");
    expect(industryCode("保险客户", ["insurance", "finance"])).toBe("insurance");
    // Several codes of one industry in a book: all of them, and a book's codes in any case or language.
    expect(industryCode("bank accounts", ["Bank", "finance"])).toBe("finance,Bank");
    expect(industryCode("物流客户", ["物流"])).toBe("物流");
  });

  it("reads an industry as the book's codes that carry its word when the book has none of its codes as they are", () => {
    const book = ["supermarket", "pharma_distribution", "seafood_processing", "central_kitchen", "logistics"];
    expect(industryCode("医药配送这块的客户 列一下", book)).toBe("pharma_distribution");
    expect(industryCode("pharma accounts", book)).toBe("pharma_distribution");
    expect(industryCode("超市客户有哪些", book)).toBe("supermarket");
    // A code of its own beats a shared word: 海鲜 is `seafood_processing` here, `seafood` where the book has it.
    expect(industryCode("海鲜客户", book)).toBe("seafood_processing");
    expect(industryCode("海鲜客户", [...book, "seafood"])).toBe("seafood");
  });

  it("names no industry where none is said, and keeps the usual code when the book has none of it", () => {
    expect(industryCode("我的客户", ["retail"])).toBeUndefined();
    expect(industryCode("制造业客户", ["retail"])).toBe("manufacturing");
  });
});
