import { describe, expect, it } from "vitest";
import { extractActionTitle, extractSummary } from "./extract-free-text";

describe("extractActionTitle", () => {
  it("takes what follows the colon, without the date", () => {
    expect(extractActionTitle("给浙大一院加一个行动：下周三拜访王院长", "下周三")).toBe("拜访王院长");
    expect(extractActionTitle("add an action for Acme: demo on Friday", "Friday")).toBe("demo");
  });

  it("takes what follows 'remind me to'", () => {
    expect(extractActionTitle("remind me to call John Smith next Wednesday", "next Wednesday")).toBe("call John Smith");
  });

  it("takes what precedes a trailing command", () => {
    expect(extractActionTitle("明天去江苏省人民医院拜访，帮我加个行动", "明天")).toBe("去江苏省人民医院拜访");
  });

  it("takes the whole request when there is no command word", () => {
    expect(extractActionTitle("下周一给浙一的王院长发方案", "下周一")).toBe("给浙一的王院长发方案");
  });

  it("finds no title in a bare command", () => {
    expect(extractActionTitle("给浙大一院加一个行动")).toBeUndefined();
  });
});

describe("extractSummary", () => {
  it("keeps the user's own words after the colon", () => {
    expect(extractSummary("记录一下：今天拜访了李主任，谈了PACS升级")).toBe("今天拜访了李主任，谈了PACS升级");
  });

  it("drops a leading 'log'", () => {
    expect(extractSummary("log a call with the CIO today")).toBe("a call with the CIO today");
  });
});
