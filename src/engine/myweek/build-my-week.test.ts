import { describe, expect, it } from "vitest";
import {
  daysAgo,
  makeAccount,
  makeContact,
  makeFacts,
  makeInteraction,
  makeOpportunity,
  makeOrder,
  NOW,
} from "../scoring/fixtures";
import type { AccountFacts } from "../types";
import { buildMyWeek } from "./build-my-week";
import type { MyWeekInput, WeekAccount } from "./types";

// NOW is 2026-06-30. A stable account (first order 200 days ago) expects a monthly check-in (every 30 days).
function stableFacts(id: string, lastTouchDaysAgo: number, over: Partial<AccountFacts> = {}): AccountFacts {
  return makeFacts({
    account: makeAccount({ id, name: `Account ${id}`, ownerId: "rep-1" }),
    orders: [
      makeOrder({ accountId: id, orderedAt: daysAgo(200), amount: 300_000 }),
      makeOrder({ accountId: id, orderedAt: daysAgo(20), amount: 200_000 }),
    ],
    contacts: [makeContact({ id: `${id}-c1`, accountId: id, lastContactAt: null })],
    interactions: [
      makeInteraction({ accountId: id, kind: "call", occurredAt: `${daysAgo(lastTouchDaysAgo)}T09:00:00Z` }),
    ],
    ...over,
  });
}

const input = (accounts: WeekAccount[], over: Partial<MyWeekInput> = {}): MyWeekInput => ({
  accounts,
  actions: [],
  tenders: [],
  now: NOW,
  days: 7,
  ...over,
});

describe("buildMyWeek", () => {
  it("lists an overdue monthly check-in with the real gap since the last contact", () => {
    const items = buildMyWeek(input([{ facts: stableFacts("a", 43), tier: "B" }]));
    const touch = items.find((i) => i.kind === "touchpoint");
    // 43 days since the call, cadence 30: due 13 days ago.
    expect(touch?.reason).toEqual({
      code: "touch_overdue",
      numbers: { daysSince: 43, everyDays: 30, cadence: "monthly_checkin", due: daysAgo(13), daysOverdue: 13 },
    });
    expect(touch?.text.zh).toBe("43 天未联系，节奏为每 30 天（月度回访）");
    expect(touch?.text.en).toBe("No contact for 43 days; cadence every 30 days (monthly check-in)");
    expect(touch?.daysOverdue).toBe(13);
  });

  it("leaves out a touchpoint that falls due after the window", () => {
    // Last touch 10 days ago: next check-in due in 20 days, outside a 7-day window.
    const items = buildMyWeek(input([{ facts: stableFacts("a", 10), tier: "B" }]));
    expect(items.filter((i) => i.kind === "touchpoint")).toEqual([]);
  });

  it("lists actions overdue and due in the window, and not those due later", () => {
    const actions = [
      { id: "x1", accountId: "a", title: "拜访王院长", due: daysAgo(3), owner: "李伟", ownerId: "rep-1" },
      { id: "x2", accountId: "a", title: "发方案", due: daysAgo(-5), owner: "李伟", ownerId: "rep-1" },
      { id: "x3", accountId: "a", title: "季度回顾", due: daysAgo(-30), owner: "李伟", ownerId: "rep-1" },
    ];
    const items = buildMyWeek(input([{ facts: stableFacts("a", 5), tier: "A" }], { actions }));
    const acts = items.filter((i) => i.kind === "action");
    expect(acts.map((a) => a.ref.actionId)).toEqual(["x1", "x2"]);
    expect(acts[0].text.zh).toBe(`行动「拜访王院长」已逾期 3 天（截止 ${daysAgo(3)}）`);
    expect(acts[1].reason.numbers).toMatchObject({ daysLeft: 5 });
  });

  it("flags a deal closing in the window, one past its close date, and one stalled in its stage", () => {
    const id = "a";
    const opportunities = [
      makeOpportunity({
        id: "o-close",
        accountId: id,
        name: "PACS",
        status: "open",
        stage: "negotiation",
        amount: 800_000,
        expectedClose: daysAgo(-4),
      }),
      makeOpportunity({
        id: "o-late",
        accountId: id,
        name: "CT",
        status: "open",
        stage: "proposal",
        amount: 500_000,
        expectedClose: daysAgo(6),
      }),
      makeOpportunity({
        id: "o-stall",
        accountId: id,
        name: "MRI",
        status: "open",
        stage: "solution",
        amount: 2_000_000,
        createdAt: daysAgo(120),
        expectedClose: daysAgo(-90),
        stageHistory: [{ stage: "solution", at: daysAgo(60) }],
      }),
    ];
    const items = buildMyWeek(input([{ facts: stableFacts(id, 5, { opportunities }), tier: "A" }]));
    const byRef = Object.fromEntries(items.filter((i) => i.ref.opportunityId).map((i) => [i.ref.opportunityId, i]));
    expect(byRef["o-close"].reason.code).toBe("deal_closing");
    expect(byRef["o-close"].due).toBe(daysAgo(-4));
    expect(byRef["o-late"].reason).toMatchObject({ code: "deal_close_passed", numbers: { daysOverdue: 6 } });
    expect(byRef["o-stall"].reason).toMatchObject({
      code: "deal_stalled",
      numbers: { daysInStage: 60, stallDays: 45 },
    });
  });

  it("sums overdue unpaid invoices per account and dates the item by the oldest", () => {
    const id = "a";
    const orders = [
      makeOrder({ accountId: id, orderedAt: daysAgo(200), amount: 300_000, dueAt: daysAgo(50), paidAt: null }),
      makeOrder({ accountId: id, orderedAt: daysAgo(100), amount: 120_000, dueAt: daysAgo(10), paidAt: null }),
      makeOrder({ accountId: id, orderedAt: daysAgo(90), amount: 99_000, dueAt: daysAgo(40), paidAt: daysAgo(41) }),
      makeOrder({ accountId: id, orderedAt: daysAgo(20), amount: 50_000, dueAt: daysAgo(-10), paidAt: null }),
    ];
    const items = buildMyWeek(input([{ facts: stableFacts(id, 5, { orders }), tier: "B" }]));
    const r = items.find((i) => i.kind === "receivable");
    expect(r).toMatchObject({ due: daysAgo(50), value: 420_000 });
    expect(r?.reason.numbers).toEqual({ amount: 420_000, maxDays: 50, invoices: 2 });
    expect(r?.text.zh).toBe("2 笔应收款逾期，共42万元，最长逾期 50 天");
  });

  it("lists a churn-risk rise of 10 points or more, and not a smaller one", () => {
    const items = buildMyWeek(
      input([
        { facts: stableFacts("a", 5), tier: "B", churn: { now: 45, before: 30 } },
        { facts: stableFacts("b", 5), tier: "B", churn: { now: 38, before: 30 } },
      ]),
    );
    expect(
      items
        .filter((i) => i.kind === "churn_rise")
        .map((i) => [i.accountId, i.reason.numbers.from, i.reason.numbers.to]),
    ).toEqual([["a", 30, 45]]);
  });

  it("lists a tender whose bid deadline falls in the window and a purchase predicted for it", () => {
    const tenders = [
      {
        accountId: "a",
        noticeId: "n1",
        kind: "open_tender",
        projectName: "超声采购",
        deadline: `${daysAgo(-3)}T09:30`,
        window: { from: NOW, to: NOW },
        value: 1_000_000,
      },
      {
        accountId: "a",
        noticeId: "n2",
        kind: "open_tender",
        projectName: "晚的",
        deadline: `${daysAgo(-20)}T09:30`,
        window: { from: NOW, to: NOW },
        value: 1,
      },
      {
        accountId: "a",
        noticeId: "n3",
        kind: "upcoming",
        projectName: "DR 更新",
        deadline: null,
        window: { from: daysAgo(10), to: daysAgo(-50) },
        value: 600_000,
      },
    ];
    const items = buildMyWeek(input([{ facts: stableFacts("a", 5), tier: "B" }], { tenders }));
    const t = items.filter((i) => i.ref.noticeId).map((i) => [i.kind, i.ref.noticeId, i.due]);
    expect(t).toEqual(
      expect.arrayContaining([
        ["tender_deadline", "n1", daysAgo(-3)],
        ["predicted_purchase", "n3", NOW],
      ]),
    );
    expect(t).toHaveLength(2);
    expect(items.find((i) => i.ref.noticeId === "n1")?.text.zh).toBe(`招标「超声采购」投标截止 ${daysAgo(-3)} 09:30`);
  });

  it("ranks the same overdue touchpoint higher on an S account than on a C account", () => {
    const items = buildMyWeek(
      input([
        { facts: stableFacts("c-acc", 43), tier: "C" },
        { facts: stableFacts("s-acc", 43), tier: "S" },
      ]),
    );
    const touch = items.filter((i) => i.kind === "touchpoint");
    expect(touch.map((i) => i.accountId)).toEqual(["s-acc", "c-acc"]);
    // Same urgency and value, tier weight 4 vs 1.
    expect(touch[0].priority).toBeCloseTo(touch[1].priority * 4, 2);
  });

  it("gives the same list for the same input, whatever the input order", () => {
    const accounts = [
      { facts: stableFacts("a", 43), tier: "A" as const },
      { facts: stableFacts("b", 61), tier: "B" as const, churn: { now: 50, before: 20 } },
      { facts: stableFacts("c", 35), tier: "S" as const },
    ];
    const one = buildMyWeek(input(accounts));
    expect(buildMyWeek(input([...accounts].reverse()))).toEqual(one);
    expect(one.length).toBeGreaterThan(2);
  });
});
