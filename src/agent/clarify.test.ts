// The ask-back replies a person reads, in both languages: what could not be told apart, the choices, no codes.
import { describe, expect, it } from "vitest";
import { clarifyReply } from "./clarify";

const CODE = /\b[a-z]+_[a-z_]+\b/;

describe("asking back", () => {
  it("says which accounts a shortened name fits, and that nothing was written", () => {
    const ask = {
      reason: "ambiguous_account",
      name: "青州医院",
      intent: "add_action",
      options: [
        { label: "青州市镜湖医院", message: "给青州市镜湖医院加个行动" },
        { label: "青州市松岭区人民医院", message: "给青州市松岭区人民医院加个行动" },
      ],
    };
    const zh = clarifyReply(ask, "zh");
    expect(zh.text).toBe(
      "“青州医院”可能是你的几个客户之一：青州市镜湖医院、青州市松岭区人民医院。还没有记录任何内容。",
    );
    expect(zh.cards[0]).toMatchObject({ kind: "choices", data: { question: "你指的是哪一个？" } });
    const en = clarifyReply({ ...ask, intent: "power_map" }, "en");
    expect(en.text).toBe('"青州医院" could be more than one of your accounts: 青州市镜湖医院, 青州市松岭区人民医院.');
    for (const r of [zh, en]) expect(r.text).not.toMatch(CODE);
  });

  it("offers a group's members after an answer about the group, naming them", () => {
    const ask = {
      reason: "narrow_group",
      name: "松钢",
      intent: "account_overview",
      options: [
        { label: "松钢集团", message: "松钢集团最近怎么样" },
        { label: "松钢冷轧", message: "松钢冷轧最近怎么样" },
        { label: "松钢特钢", message: "松钢特钢最近怎么样" },
      ],
    };
    const zh = clarifyReply(ask, "zh");
    expect(zh.text).toBe("“松钢”也可能指松钢冷轧、松钢特钢：要看其中一家，点下面的选项。");
    expect(zh.cards[0]).toMatchObject({ kind: "choices", data: { question: "要看哪一家？" } });
    const en = clarifyReply(ask, "en");
    expect(en.text).toBe('"松钢" could also mean 松钢冷轧, 松钢特钢: pick one below to see it alone.');
    for (const r of [zh, en]) expect(r.text).not.toMatch(CODE);
  });

  it("says a person was matched by surname only before anything is written", () => {
    const ask = {
      reason: "guessed_person",
      person: "Dr. Qiu",
      intent: "add_action",
      options: [{ label: "邱晓明 (青州市镜湖医院)", message: "add a visit with 邱晓明 at 青州市镜湖医院" }],
    };
    expect(clarifyReply(ask, "en").text).toBe(
      '"Dr. Qiu" matches only by surname: 邱晓明 (青州市镜湖医院). Nothing is saved yet.',
    );
    expect(clarifyReply(ask, "zh").text).toBe("“Dr. Qiu”只对得上姓氏：邱晓明 (青州市镜湖医院)。还没有记录任何内容。");
    expect(clarifyReply(ask, "zh").cards[0]).toMatchObject({ data: { question: "是这位吗？" } });
  });
});
