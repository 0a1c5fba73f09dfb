import { describe, expect, it, vi } from "vitest";
import type { AccountFacts, Contact } from "../types";
import { type PredictMatchInput, predictMatch, predictMatches } from "./predict-match";
import { emptyNotice, type ParsedNotice, TenderMatchSchema } from "./schema";

function contact(o: Partial<Contact>): Contact {
  return {
    id: o.id ?? "c1",
    accountId: "acc",
    name: "张三",
    title: null,
    department: null,
    reportsToId: null,
    role: "decision_maker",
    influence: 5,
    attitude: "neutral",
    ourStrength: 3,
    competitor: null,
    competitorStrength: 0,
    email: null,
    phone: null,
    lastContactAt: null,
    leftCompany: false,
    ...o,
  };
}

function facts(contacts: Contact[]): AccountFacts {
  return {
    account: {
      id: "acc",
      externalId: null,
      name: "某某医院",
      aliases: [],
      parentId: null,
      industry: null,
      region: null,
      employees: null,
      annualRevenue: null,
      ownerId: null,
      walletEstimate: null,
      strategicValue: null,
      winnability: null,
    },
    contacts,
    orders: [],
    opportunities: [],
    interactions: [],
    riskRecords: [],
  };
}

function notice(o: Partial<ParsedNotice>): ParsedNotice {
  return { ...emptyNotice("zh"), publishDate: "2025-06-01", ...o };
}

function input(n: ParsedNotice, o: Partial<PredictMatchInput> = {}): PredictMatchInput {
  return {
    notice: n,
    noticeId: "n1",
    accountId: "acc",
    confidence: 1,
    reasons: [{ code: "name_match" }],
    products: [{ sku: "AC-1", score: 0.8 }],
    ourNames: ["我方科技有限公司"],
    now: "2025-06-02",
    ...o,
  };
}

const money = (amount: number) => ({ amount, currency: "CNY" });

describe("predictMatch", () => {
  it("turns a tender into an open tender that closes at the deadline", () => {
    const m = predictMatch(input(notice({ type: "tender", budget: money(1_200_000), deadline: "2025-06-28T09:30" })));
    expect(m.kind).toBe("open_tender");
    expect(m.predicted.value).toBe(1_200_000);
    expect(m.predicted.window).toEqual({ from: "2025-06-02", to: "2025-06-28" });
    expect(TenderMatchSchema.parse(m)).toEqual(m);
  });

  it("turns an intention into an upcoming purchase in its expected month", () => {
    const m = predictMatch(
      input(notice({ type: "intention", expectedPurchaseMonth: "2026-03", budget: money(7_200_000) })),
    );
    expect(m.kind).toBe("upcoming");
    expect(m.predicted.window).toEqual({ from: "2026-03-01", to: "2026-04-30" });
  });

  it("gives an intention without a month a window one to three months after publication", () => {
    const m = predictMatch(input(notice({ type: "intention" })));
    expect(m.predicted.window).toEqual({ from: "2025-07-01", to: "2025-09-01" });
  });

  it("calls an award to someone else one competitor win carrying the renewal window around the contract end", () => {
    const n = notice({
      type: "award",
      winner: "对手科技有限公司",
      awardAmount: money(500_000),
      contractPeriod: "服务期1年",
    });
    const all = predictMatches(input(n));
    expect(all.map((m) => m.kind)).toEqual(["competitor_win"]);
    const [win] = all;
    expect(win.predicted.window).toEqual({ from: "2026-03-02", to: "2026-06-30" });
    expect(win.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["competitor_won", "contract_end", "renewal_window"]),
    );
    expect(win.reasons.find((r) => r.code === "renewal_window")).toMatchObject({
      from: "2026-03-02",
      to: "2026-06-30",
    });
    expect(win.predicted.value).toBe(500_000);
  });

  it("does not call our own award a competitor win", () => {
    const n = notice({ type: "award", winner: "我方科技有限公司", contractPeriod: "服务期2年" });
    const all = predictMatches(input(n));
    expect(all.map((m) => m.kind)).toEqual(["renewal"]);
    expect(all[0].reasons.map((r) => r.code)).toContain("incumbent_is_us");
  });

  it("estimates the value from lots when no total is printed", () => {
    const lots = [100, 250].map((a, i) => ({
      lot: String(i + 1),
      name: null,
      budget: null,
      winner: "甲公司",
      awardAmount: money(a),
    }));
    expect(predictMatch(input(notice({ type: "award", lots }))).predicted.value).toBe(350);
  });

  it("rates our chances higher where we are closer to the decision makers than the competitor", () => {
    const n = notice({ type: "tender", budget: money(1) });
    const strong = predictMatch(input(n, { facts: facts([contact({ ourStrength: 5, competitorStrength: 1 })]) }));
    const weak = predictMatch(
      input(n, { facts: facts([contact({ ourStrength: 1, competitorStrength: 5, competitor: "对手" })]) }),
    );
    expect(strong.predicted.winProbability).toBeGreaterThan(weak.predicted.winProbability);
  });

  it("lowers the chance when the winner is the strong competitor at that account", () => {
    const people = [contact({ ourStrength: 2, competitorStrength: 4, competitor: "对手科技" })];
    const n = (winner: string) => notice({ type: "award", winner });
    const vsStrong = predictMatch(input(n("对手科技有限公司"), { facts: facts(people) }));
    const vsOther = predictMatch(input(n("路人甲有限公司"), { facts: facts(people) }));
    expect(vsStrong.predicted.winProbability).toBeLessThan(vsOther.predicted.winProbability);
    expect(vsStrong.reasons.map((r) => r.code)).toContain("winner_is_strong_competitor");
  });

  it("keeps the probability within 0.05-0.95 with two decimals", () => {
    const best = predictMatch(input(notice({ type: "tender" }), { facts: facts([contact({ ourStrength: 5 })]) }));
    const worst = predictMatch(input(notice({ type: "award", winner: "对手" }), { products: [], confidence: 0.1 }));
    for (const p of [best.predicted.winProbability, worst.predicted.winProbability]) {
      expect(p).toBeGreaterThanOrEqual(0.05);
      expect(p).toBeLessThanOrEqual(0.95);
      expect(Math.round(p * 100) / 100).toBe(p);
    }
  });

  it("gives the same answer for the same input whatever the wall clock says (now is passed in)", () => {
    const i = input(notice({ type: "tender", budget: money(5) }));
    vi.useFakeTimers({ now: new Date("2001-01-01T00:00:00Z") });
    try {
      const early = JSON.stringify(predictMatch(i));
      vi.setSystemTime(new Date("2041-06-30T23:00:00Z"));
      expect(JSON.stringify(predictMatch(i))).toBe(early);
    } finally {
      vi.useRealTimers();
    }
  });
});
