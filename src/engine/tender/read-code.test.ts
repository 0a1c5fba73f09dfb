import { describe, expect, it } from "vitest";
import { readCode } from "./read-code";

describe("readCode", () => {
  it.each([
    ["HCA(4)2017040GNN 一、项目联系方式", "HCA(4)2017040GNN"],
    ["NZC2014-A03-1)实施了政府集中采购", "NZC2014-A03-1"],
    ["16A4937,16A5022,16A5133", "16A4937,16A5022,16A5133"],
    ["闽建融[NP-2017]招字008号", "闽建融[NP-2017]招字008号"],
    ["YNDH-ZB-(2016)1018号)", "YNDH-ZB-(2016)1018号"],
  ])("reads %s", (value, code) => {
    expect(readCode(value)).toBe(code);
  });

  it("returns null for values without letters or digits", () => {
    expect(readCode("/")).toBeNull();
    expect(readCode("")).toBeNull();
    expect(readCode("详见招标文件")).toBeNull();
  });
});
