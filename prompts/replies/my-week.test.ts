import { describe, expect, it } from "vitest";
import { accountTimelineReply } from "./my-week";

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
