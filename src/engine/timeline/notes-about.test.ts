import { describe, expect, it } from "vitest";
import type { Interaction } from "../types";
import { notesAbout, noteTopicLabel, noteTopicWords } from "./notes-about";

const note = (id: string, occurredAt: string, summary: string): Interaction => ({
  id,
  accountId: "a",
  contactId: null,
  kind: "call",
  occurredAt,
  summary,
});
const NOTES = [
  note("i1", "2026-10-01T02:00:00Z", "Demo went well, they liked the dashboard"),
  note("i2", "2026-11-05T06:00:00Z", "Rahim says the paint payment is held up by a letter of credit problem"),
  note("i3", "2026-11-18T05:00:00Z", "Park says Fjordmarin offered a 5% rebate and free service"),
  note("i4", "2026-11-20T05:00:00Z", "财务说货款要等信用证改好才能付"),
];

describe("what the account's notes say on a topic asked about", () => {
  it("reads the topic of a why-not-paid question in zh and en, and none from a plain question", () => {
    for (const m of [
      "吉大港那笔钱为啥还没付",
      "why haven't they paid yet",
      "尾款为什么卡住了",
      "那80万啥时候能回",
      "when will they pay us",
    ])
      expect(noteTopicLabel(noteTopicWords(m), "zh"), m).toBe("付款");
    expect(noteTopicWords("吉大港最近怎么样")).toEqual([]);
    expect(noteTopicWords("王总啥时候能回电话")).toEqual([]);
  });

  it("adds a rival named with the topic, so its offer is found (fjordmarin给了多少返点)", () => {
    const words = noteTopicWords("fjordmarin给了多少返点", { name: "Fjordmarin Coatings", aliases: ["Fjordmarin"] });
    expect(words).toContain("Fjordmarin");
    expect(notesAbout(NOTES, words).map((n) => n.id)).toEqual(["i3"]);
  });

  it("gives the newest notes that mention the words first, at most two, in either language", () => {
    expect(notesAbout(NOTES, noteTopicWords("why haven't they paid")).map((n) => n.id)).toEqual(["i4", "i2"]);
    expect(notesAbout(NOTES, noteTopicWords("交期怎么说的"))).toEqual([]);
  });
});
