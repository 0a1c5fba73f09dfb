import { describe, expect, it } from "vitest";
import { extractActionTitle, extractSummary } from "./extract-free-text";

describe("extractActionTitle", () => {
  it("takes what follows the colon, without the date", () => {
    expect(extractActionTitle("给浙大一院加一个行动：下周三拜访王院长", "下周三")).toBe("拜访王院长");
    expect(extractActionTitle("add an action for Acme: demo on Friday", "Friday")).toBe("demo");
  });

  it("takes what follows 'set a task', without the date and the words it leaves dangling", () => {
    expect(extractActionTitle("set a task for Dec 3 to send Ramon the revised cold room quote", "Dec 3")).toBe(
      "send Ramon the revised cold room quote",
    );
  });

  it("leaves out the request to book it", () => {
    expect(extractActionTitle("帮我约一下明天下午去庐峰酒业", "明天")).toBe("下午去庐峰酒业");
    // 约 as the thing to do stays: inviting someone is the action.
    expect(extractActionTitle("提醒我明天约张总吃饭", "明天")).toBe("约张总吃饭");
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
  it("leaves out what the card already says before the note: a call with someone, the day", () => {
    expect(extractSummary("log a call with 高振东 today - he wants a quote for 200 drip kits by friday")).toBe(
      "he wants a quote for 200 drip kits by friday",
    );
    expect(extractSummary("log the visit with Dr. Wang yesterday: budget approved")).toBe("budget approved");
    // Nothing after the lead: the words as said.
    expect(extractSummary("log a call with Ramon")).toBe("a call with Ramon");
  });

  it("keeps the user's own words after the colon", () => {
    expect(extractSummary("记录一下：今天拜访了李主任，谈了PACS升级")).toBe("今天拜访了李主任，谈了PACS升级");
  });

  it("drops a leading 'log'", () => {
    expect(extractSummary("log a call with the CIO today")).toBe("a call with the CIO today");
  });
});

describe("free text said the way people type it", () => {
  it("takes the clause before a softened or space-separated command as the title", () => {
    expect(extractActionTitle("明早去甬江拜访张主任，提醒我一下", "明早")).toBe("去甬江拜访张主任");
    expect(extractActionTitle("明儿个给甬江张主任打个电话 加个待办", "明儿个")).toBe("给甬江张主任打个电话");
    expect(extractActionTitle("给 甬江医院 加个待办")).toBeUndefined();
  });

  it("drops a trailing 'log it' or 记一下 from the summary", () => {
    expect(extractSummary("昨儿跟甬江张主任吃了个饭 记一下")).toBe("昨儿跟甬江张主任吃了个饭");
    expect(extractSummary("yday had lunch with Zhang Lei at Yongjiang, log it")).toBe(
      "yday had lunch with Zhang Lei at Yongjiang",
    );
  });
});
