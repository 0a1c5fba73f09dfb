import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount";

describe("parseAmount", () => {
  it.each([
    ["预算50万", 500_000, "CNY"],
    ["大约1.2亿的项目", 120_000_000, "CNY"],
    ["合同300万元", 3_000_000, "CNY"],
    ["报价￥80,000", 80_000, "CNY"],
    ["a $2m deal", 2_000_000, "USD"],
    ["around 500k", 500_000, "CNY"],
    ["€1.5 million", 1_500_000, "EUR"],
    ["200万美元", 2_000_000, "USD"],
    ["RMB 3,000,000", 3_000_000, "CNY"],
    // Dictated in English words, and the short "mil".
    ["ok bump it to two point one five million", 2_150_000, "CNY"],
    ["three hundred k", 300_000, "CNY"],
    ["twenty five thousand", 25_000, "CNY"],
    ["1.2 mil", 1_200_000, "CNY"],
  ])("reads %s as %d %s", (text, amount, currency) => {
    expect(parseAmount(text)).toEqual({ amount, currency });
  });

  it("reads no money in dates, counts or quarters", () => {
    expect(parseAmount("下周三拜访3个人，Q3 2026-03-15")).toBeUndefined();
  });
});
