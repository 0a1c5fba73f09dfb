import { describe, expect, it } from "vitest";
import { successorsAsked } from "./successors-asked";
import type { ContactRef } from "./types";

const CONTACTS: ContactRef[] = [
  { id: "zw", accountId: "yx", name: "张伟民", title: "物流总监", departed: true },
  { id: "lj", accountId: "yx", name: "刘建新", title: "物流总监" },
  { id: "other", accountId: "hs", name: "王强", title: "物流总监" },
];

describe("a question about whoever took over from the person named", () => {
  it("is about the successor at the same account", () => {
    expect(successorsAsked("接张伟民班的那个人 对咱们啥态度", ["zw"], CONTACTS)).toEqual(["lj"]);
    expect(successorsAsked("who replaced 张伟民?", ["zw"], CONTACTS)).toEqual(["lj"]);
  });

  it("keeps the person named when nothing is asked of a successor or none is known", () => {
    expect(successorsAsked("张伟民电话多少", ["zw"], CONTACTS)).toEqual(["zw"]);
    expect(successorsAsked("谁接了王强的班", ["other"], CONTACTS)).toEqual(["other"]);
  });
});
