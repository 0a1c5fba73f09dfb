import { describe, expect, it } from "vitest";
import type { PowerMapContact } from "../../src/engine/planning/types";
import type { PowerMapResult } from "../../tools/power-map";
import { powerMapReply } from "./planning";

const person = (id: string, name: string, role: PowerMapContact["role"], leftCompany = false): PowerMapContact => ({
  id,
  name,
  title: null,
  department: null,
  role,
  influence: 3,
  attitude: "supporter",
  ourStrength: 4,
  reportsToId: null,
  lastContactAt: null,
  leftCompany,
});

const result = (champion: string | null, contacts: PowerMapContact[]): PowerMapResult => ({
  accountName: "华东医疗集团有限公司",
  map: {
    accountId: "a1",
    contacts,
    edges: [],
    suggestions: [],
    analysis: {
      coverage: 0.8,
      gaps: [],
      champion,
      champions: champion ? [champion] : [],
      blockers: [],
      singleThreaded: false,
      currentContacts: contacts.filter((c) => !c.leftCompany).length,
      knownContacts: contacts.length,
      competitorStronger: [],
      unmetDecisionMakers: [],
      paths: [],
      roleCounts: {
        decision_maker: 0,
        approver: 1,
        technical_evaluator: 0,
        user: 0,
        procurement: 0,
        coach: 1,
        influencer: 0,
      },
    },
  },
});

describe("powerMapReply: the people on our side", () => {
  const contacts = [
    person("c1", "程刚", "approver"),
    person("c2", "宋艳", "coach"),
    person("c3", "周建", "coach", true),
  ];

  it("names the champion and the current coaches (内线 covers both), never one who has left", () => {
    const zh = powerMapReply(result("c1", contacts), "zh");
    expect(zh).toContain("内线: 程刚；教练: 宋艳");
    expect(zh).not.toContain("周建");
    expect(powerMapReply(result("c1", contacts), "en")).toContain("Champion: 程刚; coach: 宋艳");
  });

  it("names coaches when there is no champion", () => {
    expect(powerMapReply(result(null, contacts), "en")).toContain("Coach: 宋艳");
    expect(powerMapReply(result(null, contacts), "zh")).toContain("教练: 宋艳");
  });
});

describe("powerMapReply: blockers and a person's team", () => {
  it("says when no influential opponent is known, and names the blockers when there are", () => {
    const contacts = [person("c1", "程刚", "approver")];
    expect(powerMapReply(result("c1", contacts), "zh")).toContain("阻碍者: 暂无");
    const r = result("c1", [...contacts, { ...person("c9", "苏娟", "decision_maker"), attitude: "opponent" }]);
    r.map.analysis.blockers = ["c9"];
    expect(powerMapReply(r, "en")).toContain("Blockers: 苏娟");
  });

  it("lists the current direct reports of the person asked about, in one clean sentence", () => {
    const boss = { ...person("c1", "程刚", "approver"), title: "副总裁" };
    const team = [
      { ...person("c2", "宋艳", "coach"), reportsToId: "c1" },
      { ...person("c3", "周建", "user", true), reportsToId: "c1" },
    ];
    const r = { ...result("c1", [boss, ...team]), focusContactId: "c1" };
    const en = powerMapReply(r, "en");
    expect(en).toContain("Direct reports: 宋艳");
    expect(en).not.toContain("周建");
    expect(en).not.toContain("..");
    expect(powerMapReply(r, "zh")).toContain("下属：宋艳");
  });
});

describe("powerMapReply: who decides", () => {
  it("names the current decision makers with their title and stance, first", () => {
    const boss = { ...person("c1", "温志豪", "decision_maker"), title: "董事长", attitude: "neutral" as const };
    const gone = { ...person("c2", "翁建华", "decision_maker", true), title: "总经理" };
    const zh = powerMapReply(result(null, [boss, gone, person("c3", "韩冰", "coach")]), "zh");
    expect(zh).toContain("决策者: 温志豪（董事长，中立）");
    expect(zh).not.toContain("翁建华");
    expect(powerMapReply(result(null, [boss]), "en")).toContain("Decision maker: 温志豪 (董事长, neutral)");
  });
});
