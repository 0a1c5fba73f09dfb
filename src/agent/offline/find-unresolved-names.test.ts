import { describe, expect, it } from "vitest";
import { findUnresolvedNames } from "./find-unresolved-names";

describe("findUnresolvedNames", () => {
  it("keeps an organisation's name that is not one of the accounts", () => {
    expect(findUnresolvedNames("北京协和医院怎么样")).toEqual(["北京协和医院"]);
    expect(findUnresolvedNames("第三医院的决策人")).toEqual(["第三医院"]);
  });
  it("reads a count or a set before an org word as a category, not a name", () => {
    for (const m of ["◆下面几家医院最近都咋样", "◆旗下各家医院的情况", "这三家医院哪个最好", "◆下属所有医院"])
      expect(findUnresolvedNames(m), m).toEqual([]);
  });
});
