import { describe, expect, it } from "vitest";
import type { Understanding } from "./offline/types";
import { planOfflineCalls } from "./plan-offline";

const overview = {
  language: "zh",
  intent: "account_overview",
  confidence: 0.8,
  entities: { accountIds: ["g"], contactIds: [] },
  followUp: false,
  resolutions: [],
  reasons: [],
} as unknown as Understanding;
const toolFor = (message: string) =>
  planOfflineCalls(overview, "t", "2026-11-22", { accounts: [], contacts: [], message }).calls[0]?.name;

describe("a group asked about as a whole", () => {
  it("reads its members, their number and its combined figures as the group overview, in zh and en", () => {
    for (const message of [
      "松湖集团的子公司有哪些",
      "松湖集团有几家子公司",
      "松湖集团加起来一年买了多少",
      "Songhu subsidiaries",
      "Songhu group total",
      "松湖集团旗下各公司的情况",
    ])
      expect(toolFor(message), message).toBe("group_overview");
  });

  it("keeps one account's overview when the group as a whole is not asked about", () => {
    for (const message of ["松湖集团怎么样", "how is Songhu doing", "松湖集团一期的情况"])
      expect(toolFor(message), message).toBe("account_overview");
  });
});

describe("a group asked about as a whole in so many words", () => {
  const accounts = [
    { id: "g", name: "松湖集团有限公司", aliases: [] },
    { id: "m1", name: "松湖集团一期有限公司", aliases: [], parentId: "g" },
    { id: "m2", name: "松湖集团二期有限公司", aliases: [], parentId: "g" },
  ];
  const plan = (message: string, accountId = "g", notesAbout?: string[]) =>
    planOfflineCalls(
      { ...overview, entities: { accountIds: [accountId], contactIds: [], notesAbout } } as unknown as Understanding,
      "t",
      "2026-11-22",
      { accounts, contacts: [], message },
    ).calls[0];

  it("answers with the group as a whole when it has members the user sees", () => {
    for (const message of ["松湖整体咋样", "Songhu overall?", "松湖集团总的情况", "Songhu as a whole"])
      expect(plan(message)?.name, message).toBe("group_overview");
  });

  it("keeps one account's overview for a member, a topic of the account's notes, or the group's name alone", () => {
    expect(plan("松湖集团一期整体怎么样", "m1")?.name).toBe("account_overview");
    expect(plan("松湖集团最近怎么样")?.name).toBe("account_overview");
    expect(plan("how's Songhu Group doing")?.name).toBe("account_overview");
    expect(plan("松湖集团那笔钱为啥还没付", "g", ["付款"])?.name).toBe("account_overview");
    expect(plan("松湖最近怎么样")?.name).toBe("account_overview");
  });

  it("adds the group's figures under the head's own overview when the group's name alone is asked about", () => {
    const calls = (message: string, accountId = "g", notesAbout?: string[]) =>
      planOfflineCalls(
        { ...overview, entities: { accountIds: [accountId], contactIds: [], notesAbout } } as unknown as Understanding,
        "t",
        "2026-11-22",
        { accounts, contacts: [], message },
      ).calls.map((c) => c.name);
    expect(calls("松湖集团最近怎么样")).toEqual(["account_overview", "group_overview"]);
    expect(calls("how's Songhu Group doing")).toEqual(["account_overview", "group_overview"]);
    // A member, or a topic of the head's own notes, is that account's alone; the whole asked for is the group's alone.
    expect(calls("松湖集团一期怎么样", "m1")).toEqual(["account_overview"]);
    expect(calls("松湖集团那笔钱为啥还没付", "g", ["付款"])).toEqual(["account_overview"]);
    expect(calls("松湖整体咋样")).toEqual(["group_overview"]);
    // Words of the group's shape are no topic: "那几家的单子" is the group as a whole.
    expect(calls("松湖那几家的单子", "g", ["几家", "单子"])).toEqual(["group_overview"]);
  });
});

describe("an account pointed back at after a list of several", () => {
  const accounts = [
    { id: "a", name: "山海船舶有限公司", aliases: [] },
    { id: "b", name: "曹港码头有限公司", aliases: [] },
  ];
  const noAccount = { ...overview, intent: "power_map", entities: { accountIds: [], contactIds: [] } };
  it("asks which of the listed accounts, each choice re-asking with the name in place of 它", () => {
    const r = planOfflineCalls(noAccount as unknown as Understanding, "t", "2026-11-22", {
      accounts,
      contacts: [],
      message: "它的决策人是谁",
      lastListIds: ["b", "a"],
    });
    expect(r.calls).toEqual([]);
    expect(r.ask?.reason).toBe("which_listed");
    expect(r.ask?.options?.map((o) => o.message)).toEqual([
      "曹港码头有限公司的决策人是谁",
      "山海船舶有限公司的决策人是谁",
    ]);
  });

  it("asks for the name, as before, with no list or a list of one", () => {
    for (const lastListIds of [undefined, ["a"]]) {
      const r = planOfflineCalls(noAccount as unknown as Understanding, "t", "2026-11-22", {
        accounts,
        contacts: [],
        message: "它的决策人是谁",
        lastListIds,
      });
      expect(r).toMatchObject({ calls: [], reason: "need_account" });
    }
  });
});

describe("a forecast looks ahead", () => {
  const forecast = (text: string, from: string, to: string) =>
    planOfflineCalls(
      {
        ...overview,
        intent: "forecast",
        entities: { accountIds: [], contactIds: [], dateRange: { from, to, text } },
      } as unknown as Understanding,
      "t",
      "2026-11-22",
      { accounts: [], contacts: [], message: text },
    ).calls[0]?.args;

  it("reads a bare quarter or month already gone as next year's, and keeps one said with its year or not yet over", () => {
    expect(forecast("Q1", "2026-01-01", "2026-03-31")).toMatchObject({ from: "2027-01-01", to: "2027-03-31" });
    expect(forecast("2月", "2026-02-01", "2026-02-28")).toMatchObject({ from: "2027-02-01", to: "2027-02-28" });
    expect(forecast("2026年Q1", "2026-01-01", "2026-03-31")).toMatchObject({ from: "2026-01-01", to: "2026-03-31" });
    expect(forecast("Q4", "2026-10-01", "2026-12-31")).toMatchObject({ from: "2026-10-01", to: "2026-12-31" });
  });
});
