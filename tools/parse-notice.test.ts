import { describe, expect, it } from "vitest";
import { createParseNoticeTool } from "./parse-notice";

const tool = createParseNoticeTool();

// A notice written for this test; the expected fields are read off it by hand.
const NOTICE = [
  "宁波市甬江人民医院超声诊断设备采购项目招标公告",
  "项目编号：NBZC-2026-0815",
  "采购人：宁波市甬江人民医院",
  "采购代理机构：浙江明诚招标代理有限公司",
  "预算金额：380万元",
  "投标截止时间：2026年12月15日 09:30",
  "联系电话：0574-87001234",
].join("\n");

describe("parse_notice", () => {
  it("returns the deterministic parser's fields of a pasted notice", async () => {
    const r = await tool.run(tool.input.parse({ text: NOTICE }), {} as never);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({
      type: "tender",
      projectNumber: "NBZC-2026-0815",
      buyer: "宁波市甬江人民医院",
      agency: "浙江明诚招标代理有限公司",
      budget: { amount: 3_800_000, currency: "CNY" },
      deadline: "2026-12-15T09:30",
    });
  });

  it("hides the pasted text from the model and marks its result as outside data", () => {
    expect(tool.hiddenArgs).toEqual(["text"]);
    expect(tool.external).toBe(true);
  });
});
