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

  it("picks by what the organisation is, said in English, against Chinese labels, only when one fits", () => {
    const fresh = [
      { label: "厦门鹭港生鲜超市连锁有限公司", message: "鹭港生鲜 news" },
      { label: "厦门鹭岛生鲜配送有限公司", message: "鹭岛生鲜 news" },
    ];
    expect(pickChoice("the supermarket chain", fresh, ACCOUNTS, CONTACTS)).toBe("鹭港生鲜 news");
    expect(pickChoice("the delivery company pls", fresh, ACCOUNTS, CONTACTS)).toBe("鹭岛生鲜 news");
    expect(pickChoice("the hospital one", choices, ACCOUNTS, CONTACTS)).toBe("王建国最近联系过吗");
    // Fits both, fits none, or asks more than the pick.
    expect(pickChoice("the fresh food one", fresh, ACCOUNTS, CONTACTS)).toBeNull();
    expect(pickChoice("the bank", fresh, ACCOUNTS, CONTACTS)).toBeNull();
    expect(pickChoice("the supermarket chain's forecast", fresh, ACCOUNTS, CONTACTS)).toBeNull();
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
