import { describe, expect, it } from "vitest";
import { SUCCESSOR_ASKED, successorId } from "./successor";

const left = { id: "zw", title: "物流总监", gone: true };

describe("who took over from a person who left", () => {
  it("is the one current contact with the same title", () => {
    const colleagues = [left, { id: "lj", title: "物流总监", gone: false }, { id: "cy", title: "董事长", gone: false }];
    expect(successorId(left, colleagues)).toBe("lj");
    expect(
      successorId({ id: "a", title: "Chief Engineer", gone: true }, [
        { id: "b", title: "chief  engineer", gone: false },
      ]),
    ).toBe("b");
  });

  it("is nobody when none or several hold the title, or the person has not left", () => {
    expect(successorId(left, [left, { id: "x", title: "采购总监", gone: false }])).toBeNull();
    const two = [
      { id: "a", title: "物流总监", gone: false },
      { id: "b", title: "物流总监", gone: false },
    ];
    expect(successorId(left, two)).toBeNull();
    expect(successorId({ ...left, gone: false }, [{ id: "lj", title: "物流总监", gone: false }])).toBeNull();
    expect(successorId({ ...left, title: null }, [{ id: "lj", title: null, gone: false }])).toBeNull();
  });

  it("reads a question about a successor in either language", () => {
    for (const q of [
      "接张伟民班的那个人 对咱们啥态度",
      "赵明亮走了以后谁接的",
      "who replaced Zhang",
      "who took over from Tran?",
    ])
      expect(SUCCESSOR_ASKED.test(q)).toBe(true);
    for (const q of ["张伟民电话多少", "who is the decision maker"]) expect(SUCCESSOR_ASKED.test(q)).toBe(false);
  });
});
