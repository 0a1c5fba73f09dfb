import { describe, expect, it } from "vitest";
import { alignRows } from "./align-row";

describe("alignRows", () => {
  it("right-aligns rows that lost their group cell to a row span and inherits it", () => {
    const header = ["包号", "投标人名称", "得分", "推荐排名"];
    const rows = [
      ["1", "甲公司", "90", "1"],
      ["乙公司", "80", "2"],
    ];
    expect(alignRows(header, rows)[1]).toEqual(["1", "乙公司", "80", "2"]);
  });

  it("left-aligns rows that only lost trailing empty cells", () => {
    const header = ["序号", "采购项目名称", "预算金额(万元)", "备注"];
    expect(alignRows(header, [["1", "实验室改造", "65"]])[0]).toEqual(["1", "实验室改造", "65"]);
    expect(alignRows(["分包内容", "金额(元)", "成交供应商", "地址"], [["设备", "100", "甲公司"]])[0]).toEqual([
      "设备",
      "100",
      "甲公司",
    ]);
  });
});
