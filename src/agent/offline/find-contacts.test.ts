import { describe, expect, it } from "vitest";
import { findContacts } from "./find-contacts";
import type { ContactRef } from "./types";

const PEOPLE: ContactRef[] = [
  { id: "weng", accountId: "mj", name: "翁建华", title: "采购部经理", departed: true },
  { id: "you", accountId: "mj", name: "游可欣", title: "采购部副经理" },
  { id: "lin", accountId: "mj", name: "林鸿飞", title: "总经理" },
];

describe("people found by the role asked about", () => {
  it("finds who holds the role now, not who left it, and still finds a departed person by name", () => {
    expect(findContacts("他们采购现在该找谁", PEOPLE, ["mj"])).toEqual(["you"]);
    expect(findContacts("who's their head of procurement", PEOPLE, ["mj"])).toEqual(["you"]);
    expect(findContacts("翁建华还在吗", PEOPLE, ["mj"])).toEqual(["weng"]);
    // Nobody holds it now: the one who left is still the answer (the reply says they left).
    expect(
      findContacts(
        "采购是谁",
        PEOPLE.filter((p) => p.id !== "you"),
        ["mj"],
      ),
    ).toEqual(["weng"]);
  });

  it("finds an English contact by first name written with its capital, and not a word that is one", () => {
    const team: ContactRef[] = [
      { id: "jk", accountId: "mr", name: "Jason Koh", title: "Finance Manager" },
      { id: "mc", accountId: "mr", name: "May Chen", title: "Lab Director" },
    ];
    expect(findContacts("what did Jason say about it", team, ["mr"])).toEqual(["jk"]);
    expect(findContacts("may I see the deal", team, ["mr"])).toEqual([]);
    expect(findContacts("did May Tan call", team, ["mr"])).toEqual([]);
  });

  it("never reads a surname and title inside a word, nor a given name after another surname, as the contact", () => {
    const book: ContactRef[] = [
      { id: "shi", accountId: "th", name: "施佳", title: "物业经理" },
      { id: "peng", accountId: "xs", name: "彭志刚", title: "副校长" },
      { id: "som", accountId: "vl", name: "Somchai Vongsa", title: "Chief Engineer" },
    ];
    expect(findContacts("仰光金地商场 设施经理是谁", book, [])).toEqual([]);
    expect(findContacts("施经理是谁", book, [])).toEqual(["shi"]);
    expect(findContacts("王志刚是哪家的", book, [])).toEqual([]);
    expect(findContacts("志刚是哪家的", book, [])).toEqual(["peng"]);
    // A first name that is no English word, in lower case, with no account in play.
    expect(findContacts("just got off a call with somchai, log it", book, [])).toEqual(["som"]);
  });
});

describe("people found by an English title word or a pinyin surname, within the accounts in play", () => {
  const book: ContactRef[] = [
    { id: "tran", accountId: "ss", name: "Tran Thi Lan", title: "Chief Engineer" },
    { id: "nguyen", accountId: "ss", name: "Nguyen Van Minh", title: "General Director" },
    { id: "lin", accountId: "ld", name: "林美华", title: "食品安全部主任" },
    { id: "xie", accountId: "ld", name: "谢国强", title: "总经理" },
    { id: "he", accountId: "ld", name: "何芳", title: "采购经理" },
  ];

  it("reads 'the engineer' as the contact whose English title has that word", () => {
    expect(findContacts("whos the engineer at saigon seafood again", book, ["ss"])).toEqual(["tran"]);
    expect(findContacts("what did their engineers say", book, ["ss"])).toEqual(["tran"]);
    // A vague word of a title names nobody, and no account in play means no reading by title.
    expect(findContacts("who is the chief there", book, ["ss"])).toEqual([]);
    expect(findContacts("whos the engineer", book, [])).toEqual([]);
  });

  it("reads a department's head said in English against a Chinese title, not the one who left", () => {
    const sg: ContactRef[] = [
      { id: "zhao", accountId: "sg", name: "赵明亮", title: "技术总监", departed: true },
      { id: "sun", accountId: "sg", name: "孙立伟", title: "技术总监" },
      { id: "tian", accountId: "sg", name: "田晓", title: "采购主管" },
      { id: "eng", accountId: "sg", name: "钱工", title: "技术工程师" },
    ];
    expect(findContacts("who's their tech director now", sg, ["sg"])).toEqual(["sun"]);
    expect(findContacts("the finance director?", sg, ["sg"])).toEqual([]);
  });

  it("reads a capitalised pinyin surname standing alone, never an English word or a lower-case one", () => {
    expect(findContacts("Lin at Ludao kitchen - full name and phone?", book, ["ld"])).toEqual(["lin"]);
    expect(findContacts("Xie said yes", book, ["ld"])).toEqual(["xie"]);
    expect(findContacts("He said they want a demo", book, ["ld"])).toEqual([]);
    expect(findContacts("lin at ludao", book, ["ld"])).toEqual([]);
  });
});
