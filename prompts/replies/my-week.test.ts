import { describe, expect, it } from "vitest";
import { accountTimelineReply, lastContactReply } from "./my-week";

describe("accountTimelineReply", () => {
  it("writes a deal's stage in words, never its code", () => {
    const r = {
      accountName: "鹏城电网有限公司",
      from: null,
      to: "2026-11-22",
      total: 1,
      items: [
        {
          at: "2026-11-19T02:00:00Z",
          kind: "opportunity",
          id: "o1",
          name: "营销侧能源管理平台",
          stage: "proposal",
          accountName: "鹏城电网有限公司",
          local: "2026-11-19 10:00",
        },
      ],
    };
    const zh = accountTimelineReply(r, "zh");
    expect(zh).not.toMatch(/proposal/);
    expect(zh).toContain("营销侧能源管理平台");
    expect(zh).toContain("截至2026年11月22日");
    expect(accountTimelineReply(r, "en")).toContain("1 event at 鹏城电网有限公司 up to Nov 22, 2026");
  });

  it("reads a competitor's award in words, never its marker", () => {
    const r = {
      accountName: "闽江电力股份有限公司",
      from: null,
      to: "2026-11-22",
      total: 1,
      items: [
        {
          at: "2026-10-09",
          kind: "risk_record",
          id: "rr1",
          summary: "competitor_win: 博越电气 — 配网能效项目 (2300000)",
          accountName: "闽江电力股份有限公司",
          local: "2026-10-09",
        },
      ],
    };
    expect(accountTimelineReply(r, "zh")).toContain("竞品中标：博越电气");
    expect(accountTimelineReply(r, "en")).toContain("Competitor won: 博越电气");
    expect(accountTimelineReply(r, "en")).not.toContain("competitor_win");
  });
});

describe("lastContactReply", () => {
  const r = {
    accountName: "福建闽康制药股份有限公司",
    contactName: "郑晓燕",
    last: { at: "2026-11-19T14:00", kind: "call", summary: "明年1月下旬定标", contactName: "郑晓燕", daysAgo: 3 },
    lastVisit: null,
    crmLastContactAt: null,
    counts: { thisMonth: 3, lastMonth: 1 },
  };

  it("says how many times this month and last, in words, in either language", () => {
    expect(lastContactReply(r, "zh")).toContain("本月联系 3 次，上月 1 次。");
    expect(lastContactReply(r, "en")).toContain("This month: 3 times; last month: once.");
    const none = { ...r, counts: { thisMonth: 0, lastMonth: 0 } };
    expect(lastContactReply(none, "zh")).not.toContain("本月联系");
  });
});
