import { describe, expect, it } from "vitest";
import { type BuyerAccount, isAbbreviation, matchBuyer } from "./match-buyer";

const account = (id: string, name: string, aliases: string[] = [], parentId: string | null = null): BuyerAccount => ({
  id,
  name,
  aliases,
  parentId,
});

const book = [
  account("a1", "浙江大学医学院附属第一医院"),
  account("a2", "杭州市城市建设投资集团有限公司", ["杭州城投"]),
  account("a3", "嘉兴市第一医院"),
  account("a4", "Sheffield City Council"),
  account("a5", "温州市生态环境局"),
];

describe("matchBuyer", () => {
  it("matches a name despite its legal suffix", () => {
    const [m] = matchBuyer("杭州市城市建设投资集团", book);
    expect(m).toMatchObject({ accountId: "a2", confidence: 1 });
    expect(m.reasons[0].code).toBe("name_match");
  });

  it("matches an alias", () => {
    expect(matchBuyer("杭州城投", book)[0]).toMatchObject({ accountId: "a2", confidence: 0.95 });
  });

  it("matches an abbreviation built from the full name's characters in order", () => {
    const [m] = matchBuyer("浙大一院", book);
    expect(m.accountId).toBe("a1");
    expect(m.reasons[0].code).toBe("abbreviation_match");
    expect(m.confidence).toBeLessThan(0.95);
  });

  it("maps a branch without its own account to the parent, with lower confidence", () => {
    const [m] = matchBuyer("杭州市城市建设投资集团有限公司第二分公司", book);
    expect(m).toMatchObject({ accountId: "a2", confidence: 0.7 });
    expect(m.reasons[0]).toMatchObject({ code: "parent_of_branch", branch: "第二分公司" });
  });

  it("maps a campus in brackets to the hospital", () => {
    expect(matchBuyer("嘉兴市第一医院（南湖院区）", book)[0]).toMatchObject({ accountId: "a3", confidence: 0.7 });
  });

  it("prefers the branch's own account over its parent", () => {
    const withBranch = [...book, account("a6", "温州市生态环境局苍南分局", [], "a5")];
    const matches = matchBuyer("温州市生态环境局苍南分局", withBranch);
    expect(matches[0]).toMatchObject({ accountId: "a6", confidence: 1 });
    expect(matches.find((m) => m.accountId === "a5")).toBeUndefined();
  });

  it("matches English names case-insensitively", () => {
    expect(matchBuyer("SHEFFIELD CITY COUNCIL", book)[0]?.accountId).toBe("a4");
  });

  it("returns nothing for an unrelated buyer", () => {
    expect(matchBuyer("龙游县自然资源和规划局", book)).toEqual([]);
  });

  it("sorts by confidence, then account id", () => {
    const twins = [account("b2", "某某大学"), account("b1", "某某大学")];
    expect(matchBuyer("某某大学", twins).map((m) => m.accountId)).toEqual(["b1", "b2"]);
  });
});

describe("isAbbreviation", () => {
  it("needs the characters in order and a much shorter abbreviation", () => {
    expect(isAbbreviation("浙大一院", "浙江大学医学院附属第一医院")).toBe(true);
    expect(isAbbreviation("大浙一院", "浙江大学医学院附属第一医院")).toBe(false);
    expect(isAbbreviation("医院", "浙江大学医学院附属第一医院")).toBe(false);
  });
});
