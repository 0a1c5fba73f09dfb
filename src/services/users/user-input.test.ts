import { describe, expect, it } from "vitest";
import { NewUserInput, normalizeLocale } from "./user-input";

describe("user input", () => {
  it("reads the locales people write as the two Furrow speaks", () => {
    expect(["zh-CN", "zh", "中文", "ZH-Hans"].map(normalizeLocale)).toEqual(["zh", "zh", "zh", "zh"]);
    expect(["en", "en-US", "English", "英文"].map(normalizeLocale)).toEqual(["en", "en", "en", "en"]);
    expect(normalizeLocale("fr")).toBeNull();
  });

  it("stores e-mails in lower case so one person cannot be created twice by case", () => {
    const parsed = NewUserInput.parse({ email: " Li.Wei@ACME.cn ", name: "李伟", role: "rep" });
    expect(parsed.email).toBe("li.wei@acme.cn");
  });

  it("refuses fields it does not know, so a typo is not silently dropped", () => {
    const r = NewUserInput.safeParse({ email: "a@b.cn", name: "A", role: "rep", mangerEmail: "x@y.cn" });
    expect(r.success).toBe(false);
  });
});
