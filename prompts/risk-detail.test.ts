import { describe, expect, it } from "vitest";
import { riskDetail } from "./risk-detail";

describe("riskDetail", () => {
  it("says who, how many days and how much, in the reply's language", () => {
    expect(riskDetail({ code: "competitor_stronger", people: ["魏玉兰", "蔡玉兰"] }, "zh")).toBe("魏玉兰、蔡玉兰");
    expect(riskDetail({ code: "no_touch", facts: { lastTouchDays: 93 } }, "zh")).toBe("93天未联系");
    expect(riskDetail({ code: "no_touch", facts: { lastTouchDays: 93 } }, "en")).toBe("93 days since the last contact");
    expect(riskDetail({ code: "late_payment", facts: { overdueUnpaidAmount: 120000, maxOverdueDays: 95 } }, "zh")).toBe(
      "逾期未回款12万元，最长逾期95天",
    );
    expect(riskDetail({ code: "orders_falling", facts: { changePct: -35 } }, "en")).toBe("-35% year on year");
  });

  it("says when the oldest unpaid invoice fell due, in both languages", () => {
    const facts = { overdueUnpaidAmount: 260000, maxOverdueDays: 48, oldestDueAt: "2026-10-05" };
    expect(riskDetail({ code: "late_payment", facts }, "zh")).toBe(
      "逾期未回款26万元，最长逾期48天（最早一笔2026年10月5日到期）",
    );
    expect(riskDetail({ code: "late_payment", facts }, "en")).toContain("(oldest due Oct 5, 2026)");
  });

  it("is empty when a risk carries no figures", () => {
    expect(riskDetail({ code: "judicial_record" }, "zh")).toBe("");
    expect(riskDetail({ code: "late_payment", facts: {} }, "en")).toBe("");
  });
});
