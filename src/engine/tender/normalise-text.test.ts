import { describe, expect, it } from "vitest";
import { cleanValue, joinSpacedLabels, labelKey, labelUnit, normaliseText, stripNumbering } from "./normalise-text";

describe("normaliseText", () => {
  it("folds full-width characters and fixes the 釆 typo", () => {
    expect(normaliseText("项目编号：ＡＢＣ－１２３（重１）\r\n釆购人：某局")).toBe(
      "项目编号:ABC-123(重1)\n采购人:某局",
    );
  });

  it("keeps a label typeset wide at a line start as one label, not two blocks", () => {
    expect(normaliseText("联 系 人：李工\n电    话：0551-1234567\n地     址：某路1号")).toBe(
      "联系人:李工\n电话:0551-1234567\n地址:某路1号",
    );
    // a name then a wide gap before a label is still two blocks
    expect(normaliseText("某某公司    电话：0551-1234567")).toBe("某某公司\n电话:0551-1234567");
  });

  it("joins a heading typeset one character at a time, not a line of words", () => {
    expect(normaliseText("某村道路工程\n询 价 公 告\n联系人 张三")).toBe("某村道路工程\n询价公告\n联系人 张三");
  });

  it("turns runs of three spaces into line breaks but keeps single and double spaces as one", () => {
    expect(normaliseText("项目名称:甲   项目编号:乙  丙")).toBe("项目名称:甲\n项目编号:乙 丙");
  });

  it("breaks a long collapsed line before outline numbers", () => {
    const filler = "说明".repeat(160);
    const out = normaliseText(`一、项目名称:某项目 ${filler} 二、采购人:某局 1.联系人:张三`);
    expect(out.split("\n").map((l) => l.slice(0, 4))).toEqual(["一、项目", "二、采购", "1.联系"]);
  });
});

describe("label helpers", () => {
  it("joins labels typeset with spaces but leaves names followed by labels alone", () => {
    expect(joinSpacedLabels("名 称:某局")).toBe("名称:某局");
    expect(joinSpacedLabels("招 标 人 | 某公司")).toBe("招标人 | 某公司");
    expect(joinSpacedLabels("联系人:来先生 联系电话:1")).toBe("联系人:来先生 联系电话:1");
  });

  it("reduces a label to its key and reads its unit", () => {
    expect(labelKey("三、预算金额(万元)")).toBe("预算金额");
    expect(labelKey("招标(采购)人名称")).toBe("招标人名称");
    expect(labelUnit("预算金额(万元)")).toBe("万元");
    expect(labelUnit("联系人(询问)")).toBeNull();
  });

  it("strips outline numbers of several styles", () => {
    for (const s of ["一、项目", "(三)项目", "2.1项目", "4、项目", "1:项目", "①项目"])
      expect(stripNumbering(s)).toBe("项目");
    expect(stripNumbering("2021年项目")).toBe("2021年项目");
  });

  it("cleans trailing punctuation and a stray outline number", () => {
    expect(cleanValue(" 某某局; ")).toBe("某某局");
    expect(cleanValue("HCA-1 三")).toBe("HCA-1");
    expect(cleanValue("某某项目(")).toBe("某某项目");
    // a time with its digits typeset apart keeps its last digit
    expect(cleanValue("2026年3月2日 上午 9 :3 0")).toBe("2026年3月2日 上午 9 :3 0");
  });
});
