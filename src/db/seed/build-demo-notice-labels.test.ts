import { describe, expect, it } from "vitest";
import { ACCOUNT_SPECS, buildDemoData } from "./build-demo-data";
import { buildDemoNoticeLabels } from "./build-demo-notice-labels";

const NOW = "2026-11-22T18:00:00.000Z";
const notices = buildDemoData(NOW).tenderNotices;
const labels = buildDemoNoticeLabels(NOW);
const keys = new Set(ACCOUNT_SPECS.map((s) => s.key));

describe("buildDemoNoticeLabels", () => {
  it("labels every notice, in the same order", () => {
    expect(labels).toHaveLength(notices.length);
    labels.forEach((l, i) => {
      expect(l.url).toBe(notices[i].url);
    });
  });

  it("only states what the text says", () => {
    labels.forEach((l, i) => {
      const text = notices[i].text;
      expect(text).toContain(l.buyer);
      if (l.projectNumber) expect(text).toContain(l.projectNumber);
      if (l.winner) expect(text).toContain(l.winner);
      if (l.deadline) {
        const [y, m, d] = l.deadline.slice(0, 10).split("-");
        expect(text.includes(`${y}年${m}月${d}日`) || text.includes(`${y}-${m}-${d}`) || l.language === "en").toBe(
          true,
        );
      }
      if (l.type === "tender" && l.language === "zh") expect(text).toContain(String(l.budget!.amount));
    });
  });

  it("ties notices to demo accounts, with three outsiders", () => {
    for (const l of labels) if (l.account) expect(keys.has(l.account)).toBe(true);
    expect(labels.filter((l) => l.account === null)).toHaveLength(3);
  });

  it("has the designed mix of types and match kinds", () => {
    const count = (t: string) => labels.filter((l) => l.type === t).length;
    expect([count("tender"), count("correction"), count("intention"), count("award")]).toEqual([13, 2, 6, 9]);
    const kinds = labels.flatMap((l) => l.kinds);
    expect(kinds.filter((k) => k === "renewal")).toHaveLength(2);
    expect(kinds.filter((k) => k === "competitor_win").length).toBeGreaterThanOrEqual(5);
    expect(labels.filter((l) => l.winner === "华康医疗科技股份有限公司")).toHaveLength(2);
  });
});
