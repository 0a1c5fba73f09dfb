import { describe, expect, it } from "vitest";
import type { PowerMapContact } from "../../src/engine/planning/types";
import type { ForecastResult } from "../../tools/forecast";
import type { PowerMapResult } from "../../tools/power-map";
import { forecastReply, powerMapReply } from "./planning";

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

describe("powerMapReply: everyone at a small account", () => {
  it("names the current contacts no other line names, never one who has left, in both languages", () => {
    const contacts = [
      person("c1", "程刚", "approver"),
      { ...person("c4", "钱蕾", "user"), title: "质检主管" },
      person("c5", "任杰", "user", true),
    ];
    const zh = powerMapReply(result("c1", contacts), "zh");
    expect(zh).toContain("其他联系人: 钱蕾（质检主管）");
    expect(zh).not.toContain("任杰");
    expect(powerMapReply(result("c1", contacts), "en")).toContain("Others: 钱蕾 (质检主管)");
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

describe("powerMapReply: what a person said last time", () => {
  const asked = (lastContactAt: string | null, at: string) => ({
    ...result(null, [
      {
        ...person("c1", "邝美玲", "procurement"),
        lastContactAt,
        lastInteraction: { kind: "call" as const, occurredAt: at, summary: "询问投标资质要求" },
      },
    ]),
    focusContactId: "c1",
  });

  it("puts the latest note on the last-met line when it was that day, in words", () => {
    const zh = powerMapReply(asked("2026-10-27T02:00:00Z", "2026-10-27T02:00:00Z"), "zh");
    expect(zh).toContain("上次接触：2026年10月27日（电话）：询问投标资质要求");
    expect(powerMapReply(asked("2026-10-27T02:00:00Z", "2026-10-27T02:00:00Z"), "en")).toContain(
      "Last met: Oct 27, 2026 (call): 询问投标资质要求",
    );
  });

  it("gives the note its own line when the last touch was another day", () => {
    const zh = powerMapReply(asked("2026-11-10T02:00:00Z", "2026-10-27T02:00:00Z"), "zh");
    expect(zh).toContain("上次接触：2026年11月10日");
    expect(zh).toContain("最近一次电话（2026年10月27日）：询问投标资质要求");
  });
});

describe("forecastReply: one account's deals", () => {
  const r = (gap: number): ForecastResult => ({
    scope: "account",
    accountName: "海滨百货股份有限公司",
    forecast: {
      periods: [
        {
          period: "this_quarter",
          from: "2026-10-01",
          to: "2026-12-31",
          weighted: 108000,
          committed: 0,
          bestCase: 180000,
          open: 180000,
          won: 0,
          opportunityIds: [],
        },
      ],
      year: { from: "2026-01-01", to: "2026-12-31", wonToDate: 650000, weightedOpen: 108000, expected: 758000 },
      target: 700000,
      quota: null,
      gapToTarget: gap,
      gapToQuota: null,
      conversionCycleDays: null,
      wonDeals: 1,
      undatedOpportunityIds: [],
    },
    health: [
      {
        opportunityId: "o1",
        score: 77,
        stage: "proposal",
        status: "open",
        dimensions: [],
        weakest: [],
        name: "运维续约",
        amount: 180000,
        expectedClose: "2026-12-31",
      },
    ],
  });

  it("says each deal's size and expected close in words, and the quarter's days too", () => {
    const zh = forecastReply(r(42000), "zh");
    expect(zh).toContain("- 运维续约：18万元，预计2026年12月31日成交，健康度77（报价/投标）");
    expect(zh).toContain("本季度（2026年10月1日至2026年12月31日）");
    expect(zh).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(forecastReply(r(42000), "en")).toContain(
      "运维续约: CNY 180k, expected to close Dec 31, 2026; health 77 (proposal)",
    );
  });

  it("says a target is reached instead of a gap of nothing", () => {
    expect(forecastReply(r(0), "zh")).toContain("预计达成目标70万元");
    expect(forecastReply(r(0), "zh")).not.toContain("还差0元");
    expect(forecastReply(r(0), "en")).toContain("On track for the CNY 700k target");
  });
});
