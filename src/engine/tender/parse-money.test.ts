import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseChineseAmount, parseMoney } from "./parse-money";

describe("parseChineseAmount", () => {
  it.each([
    ["壹佰贰拾万元整", 1_200_000],
    ["陆拾叁万玖仟元整", 639_000],
    ["贰仟捌佰贰拾玖万叁仟零柒拾陆元肆角陆分", 28_293_076.46],
    ["壹亿贰仟万元", 120_000_000],
    ["一百二十万", 1_200_000],
    ["拾万元", 100_000],
  ])("reads %s as %d", (text, amount) => {
    expect(parseChineseAmount(text)).toBe(amount);
  });

  it("returns null when the text holds no numeral", () => {
    expect(parseChineseAmount("见公告原文")).toBeNull();
  });
});

describe("parseMoney", () => {
  it("scales 万元 and 亿元 to yuan", () => {
    expect(parseMoney("9.955 万元(人民币)")).toEqual({ amount: 99_550, currency: "CNY" });
    expect(parseMoney("1.2亿元")).toEqual({ amount: 120_000_000, currency: "CNY" });
  });

  it("applies the unit the label announced when the value has none", () => {
    expect(parseMoney("817.657533", { unit: "万元" })).toEqual({ amount: 8_176_575.33, currency: "CNY" });
    expect(parseMoney("1728800.00(元)", { unit: "万元" })?.amount).toBe(1_728_800);
  });

  it("reads thousands separators and currency signs", () => {
    expect(parseMoney("¥:99,550.00元")?.amount).toBe(99_550);
    expect(parseMoney("EUR 1,200,000", { currency: "EUR" })).toEqual({ amount: 1_200_000, currency: "EUR" });
    expect(parseMoney("£40,000", { currency: "GBP" })).toEqual({ amount: 40_000, currency: "GBP" });
    expect(parseMoney("USD 5,000")?.currency).toBe("USD");
  });

  it("prefers the digits written beside an upper-case amount", () => {
    expect(parseMoney("人民币 伍拾叁万玖仟贰佰壹拾壹元(¥539211.00元)")?.amount).toBe(539_211);
  });

  it("falls back to the upper-case numeral when no digits are printed", () => {
    expect(parseMoney("人民币壹佰贰拾万元整")).toEqual({ amount: 1_200_000, currency: "CNY" });
  });

  it("returns null for text without an amount", () => {
    expect(parseMoney("详见招标文件")).toBeNull();
    expect(parseMoney(null)).toBeNull();
  });

  it("round-trips any amount in cents written with 元 and with 万元", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        const yuan = cents / 100;
        return (
          parseMoney(`${yuan.toFixed(2)}元`)?.amount === yuan &&
          parseMoney(`${(yuan / 10000).toFixed(6)}万元`)?.amount === yuan
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("parseMoney on rates", () => {
  it("does not read a percentage as an amount", () => {
    expect(parseMoney("下浮率10%")).toBeNull();
    expect(parseMoney("费率:1.2%")).toBeNull();
    expect(parseMoney("1,000元(下浮5%)")?.amount).toBe(1000);
  });

  it("skips a rate before the amount it gives ('下浮率12%,即人民币2,464,000.00元/年')", () => {
    expect(parseMoney("下浮率8%,即人民币1,150,000.00元/年")).toEqual({ amount: 1_150_000, currency: "CNY" });
  });
});
