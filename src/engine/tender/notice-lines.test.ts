import { describe, expect, it } from "vitest";
import { isHeaderRow, splitRow } from "./notice-cells";
import { readNoticeLines } from "./notice-lines";
import { colonPairs } from "./notice-pairs";

describe("colonPairs", () => {
  it("splits several labels on one line and keeps times whole", () => {
    expect(colonPairs("联系人:来先生 联系电话:0570-7024402 截止:09:30").map((p) => [p.label, p.value.trim()])).toEqual([
      ["联系人", "来先生"],
      ["联系电话", "0570-7024402"],
      ["截止", "09:30"],
    ]);
  });

  it("keeps bracketed notes inside a label", () => {
    expect(colonPairs("招标(采购)人名称: 某某中心")[0].label).toBe("招标(采购)人名称");
  });

  it("ignores URLs", () => {
    expect(colonPairs("网址:https://www.ccgp.gov.cn")).toHaveLength(1);
  });
});

describe("table rows", () => {
  it("expands a flattened inner row written in brackets", () => {
    expect(splitRow("1 | [1-1 城市规划服务 1项 3520000 否] | 3520000")).toEqual([
      "1",
      "1-1",
      "城市规划服务",
      "1项",
      "3520000",
      "否",
      "3520000",
    ]);
  });

  it("tells a header row from a key-value row", () => {
    expect(isHeaderRow(["序号", "中标供应商名称", "中标金额(万元)"])).toBe(true);
    expect(isHeaderRow(["招标人", "某某市第一人民医院"])).toBe(false);
  });

  it("reads key-value rows into entries tagged with the party they belong to", () => {
    const { entries } = readNoticeLines(
      "招 标 人 | 某某集团有限公司 | 联 系 电 话 | 72707717\n招标代理机构 | 某某招标代理有限公司 | 18983306303",
    );
    expect(entries.map((e) => [e.key, e.value, e.section])).toEqual([
      ["招标人", "某某集团有限公司", "buyer"],
      ["联系电话", "72707717", "buyer"],
      ["招标代理机构", "某某招标代理有限公司", "agency"],
      ["电话", "18983306303", "agency"],
    ]);
  });

  it("collects column tables with their rows", () => {
    const { tables } = readNoticeLines(
      "中标结果:\n序号 | 中标供应商名称 | 中标金额(元)\n1 | 某某科技有限公司 | 425800",
    );
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toEqual([["1", "某某科技有限公司", "425800"]]);
  });

  it("opens the party section named by a heading", () => {
    const { entries } = readNoticeLines("1.采购人信息\n名 称:某某局\n2.采购代理机构信息\n名 称:某某咨询有限公司");
    expect(entries.map((e) => e.section)).toEqual(["buyer", "agency"]);
  });
});

describe("one-cell-per-line and spaced layouts", () => {
  it("pairs a label alone on its line with the next line", () => {
    const { entries } = readNoticeLines("项目编号\nABC-123\n采购人\n某某局\n中标金额\n12.5万元");
    expect(entries.map((e) => [e.key, e.value])).toEqual([
      ["项目编号", "ABC-123"],
      ["采购人", "某某局"],
      ["中标金额", "12.5万元"],
    ]);
  });

  it("does not pair two labels in a row", () => {
    const { entries } = readNoticeLines("项目编号\n项目名称\n某某项目");
    expect(entries.map((e) => e.key)).toEqual(["项目名称"]);
  });

  it("reads a known label separated from its value by a space", () => {
    const { entries } = readNoticeLines("1:中标供应商名称 广东某某医疗器械有限公司 法人代表 张三");
    expect(entries[0]).toMatchObject({ key: "中标供应商名称", value: "广东某某医疗器械有限公司" });
  });
});

describe("flattened inner rows", () => {
  it("keeps the outer columns aligned when a cell holds several inner rows", () => {
    expect(splitRow("1 | [1-1 甲 1项 100 否] [1-2 乙 1项 200 否] | 300 | 6000")).toEqual([
      "1",
      "1-1",
      "甲",
      "1项",
      "100",
      "否",
      "300",
      "6000",
    ]);
  });
});
