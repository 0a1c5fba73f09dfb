import { describe, expect, it } from "vitest";
import type { AccountOverviewResult } from "../../tools/account-overview";
import type { AtRiskResult } from "../../tools/at-risk-accounts";
import { accountOverviewReply, atRiskReply } from "./accounts";

// Hand-written: one account with an open deal that has an expected close day and one that has none.
const overview: AccountOverviewResult = {
  account: {
    id: "a1",
    name: "福建闽江海鲜有限公司",
    industry: "food",
    region: "福建省",
    parent: null,
    children: [],
    owner: "黄丽萍",
  },
  score: null,
  metrics: {
    revenue12m: 600_000,
    revenuePrev12m: 1_200_000,
    growth: -0.5,
    shareOfWallet: 0.24,
    walletEstimate: 2_500_000,
    lastTouchDays: 12,
  },
  contacts: { total: 0, key: [] },
  openOpportunities: [
    { name: "冷库扩建", stage: "negotiation", amount: 1_500_000, expectedClose: "2026-12-15", competitor: null },
    { name: "温控平台", stage: "qualification", amount: 300_000, expectedClose: null },
  ],
  risks: [],
  nextActions: [],
};

describe("the account overview reply", () => {
  it("says when each open deal is expected to close, in words, and nothing for a deal with no date (zh)", () => {
    const text = accountOverviewReply(overview, "zh");
    expect(text).toContain("冷库扩建（");
    expect(text).toContain("预计2026年12月15日签");
    expect(text).not.toContain("2026-12-15");
    expect(text).toMatch(/温控平台（[^）]*）/);
    expect(/温控平台（([^）]*)）/.exec(text)?.[1]).not.toContain("预计");
  });

  it("names our rep who owns the account, in either language", () => {
    expect(accountOverviewReply(overview, "zh")).toContain("负责人: 黄丽萍");
    expect(accountOverviewReply(overview, "en")).toContain("Account owner: 黄丽萍");
    expect(accountOverviewReply({ ...overview, account: { ...overview.account, owner: null } }, "en")).not.toContain(
      "owner",
    );
  });

  it("says the same in English", () => {
    const text = accountOverviewReply(overview, "en");
    expect(text).toContain("expected to close Dec 15, 2026");
    expect(text).not.toContain("2026-12-15");
    expect(/温控平台 \(([^)]*)\)/.exec(text)?.[1]).not.toContain("expected");
  });

  it("says what the account still owes, the overdue part since when, and the next payment due, in words, in either language", () => {
    const owing = {
      ...overview,
      receivables: {
        unpaid: 720_000,
        overdue: 420_000,
        nextDueAt: "2026-12-01",
        nextDueAmount: 300_000,
        overdueSince: "2026-10-01",
        overdueDays: 52,
      },
    };
    expect(accountOverviewReply(owing, "zh")).toContain(
      "应收：未回款72万元，其中逾期42万元（最早2026年10月1日到期，已逾期52天），下一笔30万元2026年12月1日到期",
    );
    expect(accountOverviewReply(owing, "en")).toContain(
      "Receivables: CNY 720k unpaid, CNY 420k overdue (oldest due Oct 1, 2026, 52 days late); next CNY 300k due Dec 1, 2026",
    );
    // Nothing owed, nothing said.
    expect(accountOverviewReply({ ...overview, receivables: null }, "zh")).not.toContain("应收");
  });
});

describe("the late-payment list", () => {
  it("says the overdue total over every account listed, in either language", () => {
    const r = {
      total: 2,
      risk: "late_payment",
      overdueTotal: 1_000_000,
      items: [
        { id: "a", name: "南昌滕王调味品有限公司", tier: "B", churnScore: 42, churnLevel: "medium", risks: [] },
        { id: "b", name: "Saigon Fresh Dairy JSC", tier: "B", churnScore: 40, churnLevel: "medium", risks: [] },
      ],
    } as unknown as AtRiskResult;
    expect(atRiskReply(r, "zh")).toContain("合计逾期100万元");
    expect(atRiskReply(r, "en")).toContain("CNY 1M overdue in all");
  });
});
