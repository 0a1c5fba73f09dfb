import { describe, expect, it } from "vitest";
import { checkNoticeText } from "./check-notice-text";

describe("checkNoticeText", () => {
  it("accepts an ordinary notice with tabs and page noise", () => {
    expect(checkNoticeText("某某医院监护仪采购项目招标公告\n项目编号：A-1\t\r\n预算金额：80万元\u000c")).toBeNull();
  });

  it("calls empty and whitespace-only text empty", () => {
    expect(checkNoticeText("")).toBe("text is empty");
    expect(checkNoticeText(" \n\t ")).toBe("text is empty");
  });

  it("names binary text and where its first non-text character is", () => {
    const pdf = "%PDF-1.7\n\u0000\u0001\u0002stream";
    expect(checkNoticeText(pdf)).toMatch(/^text looks binary: 3 control .* at character 9;/);
    expect(checkNoticeText(`abc${"\uFFFD".repeat(10)}${"x".repeat(100)}`)).toMatch(/binary: 10 .* at character 3;/);
  });

  it("refuses a 5 MB text as too long", () => {
    expect(checkNoticeText("公告".repeat(2_500_000))).toMatch(/^text is longer than 500,000 characters \(5,000,000\)/);
  });
});
