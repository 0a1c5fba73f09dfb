import { describe, expect, it } from "vitest";
import { pickChoice } from "./pick-choice";
import { ACCOUNTS, CONTACTS } from "./test-fixtures";

const choices = [
  { label: "张伟（华东医疗集团，CIO）", message: "张伟最近联系过吗" },
  { label: "王建国（浙江大学医学院附属第一医院，院长）", message: "王建国最近联系过吗" },
];

describe("pickChoice: a typed answer to the choices offered", () => {
  it("picks by position in either language", () => {
    expect(pickChoice("第二个", choices, ACCOUNTS, CONTACTS)).toBe("王建国最近联系过吗");
    expect(pickChoice("the first one", choices, ACCOUNTS, CONTACTS)).toBe("张伟最近联系过吗");
  });

  it("picks the one choice the answer names: a piece of its label, an account or a person", () => {
    expect(pickChoice("华东那个", choices, ACCOUNTS, CONTACTS)).toBe("张伟最近联系过吗");
    expect(pickChoice("浙一", choices, ACCOUNTS, CONTACTS)).toBe("王建国最近联系过吗");
    expect(pickChoice("王建国", choices, ACCOUNTS, CONTACTS)).toBe("王建国最近联系过吗");
  });

  it("picks nothing when the answer fits none or both, is a new question, or nothing was offered", () => {
    expect(pickChoice("上海仁济", choices, ACCOUNTS, CONTACTS)).toBeNull();
    expect(pickChoice("最近", choices, ACCOUNTS, CONTACTS)).toBeNull();
    expect(pickChoice("哪些客户有流失风险，按风险从高到低排一下", choices, ACCOUNTS, CONTACTS)).toBeNull();
    expect(pickChoice("第二个", undefined, ACCOUNTS, CONTACTS)).toBeNull();
  });
});

describe("pickChoice: a new question is not a pick", () => {
  it("leaves a message that asks more than the choice alone", () => {
    expect(pickChoice("那华东医疗集团的预测呢", choices, ACCOUNTS, CONTACTS)).toBeNull();
    expect(pickChoice("王建国上次说了啥", choices, ACCOUNTS, CONTACTS)).toBeNull();
  });
});
