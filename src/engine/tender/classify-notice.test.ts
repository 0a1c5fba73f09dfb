import { describe, expect, it } from "vitest";
import { classifyEnglishNotice, classifyNotice } from "./classify-notice";

describe("classifyNotice", () => {
  it.each([
    ["某某大学2026年01月(至)06月政府采购意向", "intention"],
    ["某某局办公设备采购项目更正公告", "correction"],
    ["某某医院空调采购中标(成交)结果公告", "award"],
    ["某某工程中标候选人公示", "award"],
    ["某某公司关于某某项目的竞争性磋商公告", "tender"],
  ])("reads the title %s as %s", (title, type) => {
    expect(classifyNotice(title, "")).toBe(type);
  });

  it("falls back to the body when there is no title", () => {
    expect(classifyNotice(null, "更正事项:投标截止时间延期")).toBe("correction");
    expect(classifyNotice(null, "成交供应商名称:某某有限公司 成交金额:10万元")).toBe("award");
  });

  it("does not call a tender an award because it mentions the future winner", () => {
    const body =
      "潜在投标人应在网上获取招标文件,并于2021年7月15日前递交投标文件。投标截止时间:… 中标单位与采购单位签订合同";
    expect(classifyNotice(null, body)).toBe("tender");
  });

  it("returns other when nothing tells", () => {
    expect(classifyNotice(null, "今天天气很好")).toBe("other");
  });
});

describe("classifyEnglishNotice", () => {
  it("reads TED headings", () => {
    expect(classifyEnglishNotice("Denmark: Microscopes\n2020/S 068-161232\nContract notice")).toBe("tender");
    expect(classifyEnglishNotice("Norway: Snow\n2020/S 064-154292\nContract award notice")).toBe("award");
    expect(classifyEnglishNotice("Prior information notice")).toBe("intention");
  });
});
