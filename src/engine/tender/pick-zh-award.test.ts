import { describe, expect, it } from "vitest";
import { readNoticeLines } from "./notice-lines";
import { lotOfCaption, pickAward } from "./pick-zh-award";

const award = (text: string) => {
  const { entries, tables, lines } = readNoticeLines(text);
  return pickAward(entries, tables, lines);
};

describe("pickAward", () => {
  it("prefers a printed total over per-winner amounts", () => {
    const a = award("总成交金额:9.955 万元(人民币)\n成交供应商名称:甲科技有限公司\n成交金额:99550元");
    expect(a.total).toEqual({ amount: 99_550, currency: "CNY" });
    expect(a.winners).toEqual(["甲科技有限公司"]);
  });

  it("falls back to the first candidate when no winner is named", () => {
    const a = award("第一中标候选人 | 甲建设有限公司\n第二中标候选人 | 乙建设有限公司\n投标报价 | 壹佰万元整");
    expect(a.winners).toEqual(["甲建设有限公司"]);
    expect(a.amounts).toEqual([{ amount: 1_000_000, currency: "CNY" }]);
  });

  it("reads enumerated framework winners", () => {
    const a = award(
      "五、中标结果:\n1、甲乙宾馆中标标准间协议价:400元/天\n2、乙酒店有限公司\n中标标准间协议价:300元/天",
    );
    expect(a.winners).toEqual(["甲乙宾馆", "乙酒店有限公司"]);
    expect(a.amounts).toEqual([]);
  });

  it("ignores unit prices per area", () => {
    const a = award("推荐名次 | 投标人名称 | 投标单价(元/亩)\n推荐第一成交候选人 | 甲勘测有限公司 | 29.86");
    expect(a.winners).toEqual(["甲勘测有限公司"]);
    expect(a.amounts).toEqual([]);
  });
});

describe("lotOfCaption", () => {
  it("reads the lot a table caption names", () => {
    expect(lotOfCaption("分包号:2")).toBe("2");
    expect(lotOfCaption("某某采购项目(一标段)")).toBe("一标段");
    expect(lotOfCaption("中标结果如下")).toBeNull();
  });

  it("reads a winner named in a sentence whose 为 is followed by a colon", () => {
    const a = award("经竞争性磋商，确定成交供应商为:某某配送有限公司,成交单价:2.10元/盒。");
    expect(a.winners).toEqual(["某某配送有限公司"]);
  });
});
