import { describe, expect, it } from "vitest";
import { splitRow } from "./notice-cells";
import { recoverCollapsedTable } from "./recover-collapsed-table";

describe("recoverCollapsedTable", () => {
  it("rebuilds header and rows from one collapsed line", () => {
    const cells = splitRow(
      "1.中标结果: 序号 | 中标金额(元) | 中标供应商名称 1 | 1000 | 甲科技有限公司 2 | 2000 | 乙科技有限公司",
    );
    expect(recoverCollapsedTable(cells)).toEqual({
      caption: "1.中标结果:",
      header: ["序号", "中标金额(元)", "中标供应商名称"],
      rows: [
        ["1", "1000", "甲科技有限公司"],
        ["2", "2000", "乙科技有限公司"],
      ],
    });
  });

  it("leaves key-value rows alone", () => {
    expect(recoverCollapsedTable(splitRow("招标人 | 某某局 | 联系电话 | 72707717"))).toBeNull();
    expect(recoverCollapsedTable(splitRow("项目名称 | 某某工程 | 项目编号 | 070767"))).toBeNull();
  });
});
