import { describe, expect, it } from "vitest";
import { noticeTopicLabel, noticeTopicWords, quoteNotice } from "./quote-notice";

const NOTICE = [
  "福州某冷库一期工程设备采购项目招标公告",
  "项目名称：福州某冷库一期工程设备采购项目",
  "1.投标人须具备压力管道安装许可。2.本项目不接受进口产品投标；投标保证金：人民币100000元，须于截止前到账。",
  "评标办法：综合评分法。",
].join("\n");

describe("quoting a notice on what was asked", () => {
  it("reads the topic a question asks about, in either language", () => {
    expect(noticeTopicWords("保证金多少")).toContain("保证金");
    expect(noticeTopicWords("does the yuguan tender require domestic instruments?")).toContain("国产");
    expect(noticeTopicWords("how are bids scored")).toContain("评标办法");
    expect(noticeTopicWords("谁中的标")).toEqual([]);
    expect(noticeTopicLabel(noticeTopicWords("保证金多少"), "en")).toBe("the bid bond");
  });

  it("quotes the sentences that mention it, passing over the title and the project's name", () => {
    expect(quoteNotice(NOTICE, noticeTopicWords("保证金要交多少"))).toEqual([
      "投标保证金：人民币100000元，须于截止前到账",
    ]);
    expect(quoteNotice(NOTICE, noticeTopicWords("要国产的吗"))).toEqual(["2.本项目不接受进口产品投标"]);
    expect(quoteNotice(NOTICE, ["采购"], 2, "福州某冷库一期工程设备采购项目")).toEqual([]);
    expect(quoteNotice(NOTICE, noticeTopicWords("有没有质保要求"))).toEqual([]);
    // What a bidder must meet: every condition line, the heading announcing them left out.
    const conditions = "二、申请人的资格要求：\n1.投标人须具有ISO 9001认证。\n2.投标人须提供疲劳寿命试验报告。";
    for (const asked of ["资格要求有啥", "what does it require from bidders"])
      expect(quoteNotice(conditions, noticeTopicWords(asked), 5), asked).toEqual([
        "1.投标人须具有ISO 9001认证",
        "2.投标人须提供疲劳寿命试验报告",
      ]);
  });

  it("trims a long sentence around the word", () => {
    const long = `${"甲".repeat(200)}投标保证金五万元${"乙".repeat(200)}`;
    const [q] = quoteNotice(long, ["保证金"]);
    expect(q.startsWith("…") && q.endsWith("…")).toBe(true);
    expect(q).toContain("保证金五万元");
    expect(q.length).toBeLessThanOrEqual(162);
  });
});
