import { describe, expect, it } from "vitest";
import { parseNotice } from "./parse-notice";
import { readRequirements } from "./read-requirements";

describe("what a bidder must have (资格要求, qualifications)", () => {
  it("keeps the project's own conditions of a numbered section and drops the boilerplate every notice repeats", () => {
    const text = [
      "二、申请人的资格要求：",
      "1.满足《中华人民共和国政府采购法》第二十二条规定。",
      "2.未被“信用中国”列入失信被执行人名单。",
      "3.所投平台须通过国产化（信创）环境适配。",
      "4.投标人须具备电子与智能化工程专业承包二级及以上资质。",
      "三、获取招标文件",
      "时间：2026年12月1日至2026年12月8日",
    ].join("\n");
    expect(readRequirements(text)).toEqual([
      "所投平台须通过国产化（信创）环境适配",
      "投标人须具备电子与智能化工程专业承包二级及以上资质",
    ]);
  });

  it("reads a labelled line with its items inline, and stops at the next label or heading", () => {
    const text =
      "中介机构资格要求：1、在中华人民共和国境内注册的设计企业，具有独立法人资格； 2、投标人须具备建筑行业设计甲级资质；\n" +
      "项目负责人资格要求：须具备一级注册建筑师资格\n选取方式：公开比选\n服务费用：700000元";
    expect(readRequirements(text)).toEqual(["投标人须具备建筑行业设计甲级资质", "须具备一级注册建筑师资格"]);
  });

  it("reads English sections and conditions in prose", () => {
    const section = [
      "Qualifications:",
      "1. Minimum five years of experience with AMI meter installations of similar size.",
      "2. Bidders shall not be debarred by any federal agency.",
      "Bid documents are available at City Hall.",
    ].join("\n");
    expect(readRequirements(section)).toEqual([
      "Minimum five years of experience with AMI meter installations of similar size",
    ]);
    expect(readRequirements("Plans are available from the Plans Office. Bidders must be prequalified.")).toEqual([
      "Bidders must be prequalified",
    ]);
    // The sentence around the condition, on a line with no stop before it.
    const pasted = `${"the city will receive sealed bids and "}bidders must hold a class A licence; see the office`;
    expect(readRequirements(pasted)).toEqual([pasted.trim()]);
  });

  it("is empty when the notice states none of its own, and a parsed tender carries them", () => {
    expect(readRequirements("二、供应商资格要求：详见招标文件\n三、获取招标文件")).toEqual([]);
    expect(readRequirements("一、项目基本情况\n项目名称：网点改造")).toEqual([]);
    const notice = parseNotice(
      "某某银行网点改造项目招标公告\n项目名称：网点改造\n预算金额：100万元\n二、资格要求：\n1.投标人须具有银行网点同类项目业绩。\n三、获取招标文件",
    );
    expect(notice.requirements).toEqual(["投标人须具有银行网点同类项目业绩"]);
  });
});
