import { describe, expect, it } from "vitest";
import { findBareOrgNames, findUnresolvedNames } from "./find-unresolved-names";

describe("findUnresolvedNames", () => {
  it("keeps an organisation's name that is not one of the accounts", () => {
    expect(findUnresolvedNames("北京协和医院怎么样")).toEqual(["北京协和医院"]);
    expect(findUnresolvedNames("第三医院的决策人")).toEqual(["第三医院"]);
  });
  it("reads a count or a set before an org word as a category, not a name", () => {
    for (const m of ["◆下面几家医院最近都咋样", "◆旗下各家医院的情况", "这三家医院哪个最好", "◆下属所有医院"])
      expect(findUnresolvedNames(m), m).toEqual([]);
  });
  it("ends names with the book's own kind words too, after a proper name and where the name ends", () => {
    const ends = new Set(["乳业", "疾控", "监测站", "检测"]);
    expect(findUnresolvedNames("湘江乳业什么情况", ends)).toEqual(["湘江乳业"]);
    expect(findUnresolvedNames("第五医院的决策人是谁", ends)).toEqual(["第五医院"]);
    // A common word before it is a category; a noun after it carries the phrase on.
    expect(findUnresolvedNames("环境监测站的客户列一下", ends)).toEqual([]);
    // Without the book's kind word, no name (乳业, a trade, is a name's end in any book: see below).
    expect(findUnresolvedNames("湘江监测站什么情况")).toEqual([]);
  });
  it("keeps a small company named by two characters and its trade, though jieba cuts it apart", () => {
    expect(findUnresolvedNames("沧浪冻品这个月怎么样")).toEqual(["沧浪冻品"]);
    expect(findUnresolvedNames("那青溪果蔬呢")).toEqual(["青溪果蔬"]);
    // A time word, a pronoun or a kind of account before the trade is no name.
    for (const m of ["最近冷链的单子多不多", "我们食品客户有几家", "乳业类的客户有哪些", "所有水产客户"])
      expect(findUnresolvedNames(m), m).toEqual([]);
  });
  it("reads a kind word followed by 类 or 行业 as a kind of account, not a name", () => {
    expect(findUnresolvedNames("东山水产类的客户", new Set(["水产"]))).toEqual([]);
  });
  it("keeps a place written before a short form (荆门药检所)", () => {
    expect(findBareOrgNames("荆门药检所最近咋样", [])).toEqual(["荆门药检所"]);
  });
});
