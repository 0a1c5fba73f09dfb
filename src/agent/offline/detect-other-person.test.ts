import { describe, expect, it } from "vitest";
import { detectOtherPerson } from "./detect-other-person";

describe("detectOtherPerson", () => {
  it.each([
    ["告诉我张三的客户有哪些", "张三"],
    ["刘洋手上有哪些客户？", "刘洋"],
    ["李四名下的客户给我列一下", "李四"],
    ["List John Smith's accounts", "John Smith"],
    ["What accounts does Zhang Jing have?", "Zhang Jing"],
    ["show me the deals owned by Liu Yang", "Liu Yang"],
  ])("finds a request for another person's book in %s", (text, name) => {
    expect(detectOtherPerson(text)).toBe(name);
  });

  it.each([
    "我的客户有哪些",
    "温州的客户有哪些",
    "江苏的客户名单",
    "高新区的客户",
    "◆的客户计划",
    "◆的决策人是谁",
    "What accounts do I have?",
    "◆'s pipeline",
    "Acme's accounts payable team",
    "Show the Qiantang Children's Hospital's pipeline",
  ])("leaves %s alone", (text) => {
    expect(detectOtherPerson(text)).toBeNull();
  });
});
