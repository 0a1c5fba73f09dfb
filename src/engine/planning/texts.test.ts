import { describe, expect, it } from "vitest";
import { STRATEGIES } from "../types";
import { buildPowerMap } from "./build-power-map";
import { generatePlan } from "./generate-plan";
import { buyingCentre, contact, facts, NOW, opportunity, order, product, score } from "./test-fixtures";
import { formatMoney, planTextCodes, renderPlanText } from "./texts";

describe("renderPlanText", () => {
  it("fills facts with percent, money, day, role and list formats", () => {
    expect(renderPlanText("sow_goal", { baseline: 0.1234, target: 0.2, due: "2027-01-01" }, "en")).toBe(
      "Share of wallet from 12.3% to 20% by Jan 1, 2027",
    );
    expect(renderPlanText("revenue_goal", { baseline: 50_000, target: 120_000, due: "2027-12-05" }, "zh")).toBe(
      "2027年12月5日前年收入从5万元达到12万元",
    );
    expect(renderPlanText("role_gap", { missingRole: "procurement" }, "zh")).toBe("该客户尚无已知的采购");
    expect(
      renderPlanText("value_proposition", { competitor: "R", weaknesses: ["a", "b"], strengths: [] }, "zh"),
    ).toContain("a、b");
  });

  it("shows a missing fact as a question mark and an unknown code as itself", () => {
    expect(renderPlanText("never_touched", {}, "en")).toBe("We have never been in touch with ?");
    expect(renderPlanText("no_such_code", {}, "zh")).toBe("no_such_code");
  });

  it("formats money with grouping in English and in 万元 in Chinese", () => {
    expect(formatMoney(1_234_567, "en")).toBe("¥1,234,567");
    expect(formatMoney(1_234_567, "zh")).toBe("123.5万元");
    expect(formatMoney(9_000, "zh")).toBe("9000元");
  });

  it("has Chinese and English for every code, with the same placeholders", () => {
    for (const code of planTextCodes()) {
      const keys = (lang: "zh" | "en") =>
        renderPlanText(code, new Proxy({}, { get: (_, k) => `<${String(k)}>` }), lang)
          .match(/<\w+>/g)
          ?.sort() ?? [];
      expect(keys("zh"), code).toEqual(keys("en"));
    }
  });

  it("leaves no unfilled placeholder or missing code in generated plans and power maps", () => {
    const f = facts({
      contacts: [
        ...buyingCentre(),
        contact("x", {
          role: "decision_maker",
          lastContactAt: null,
          reportsToId: "dm",
          competitor: "R",
          competitorStrength: 5,
        }),
        contact("o", { attitude: "opponent", influence: 5 }),
      ],
      orders: [order("a"), order("b", { orderedAt: "2025-02-01", productSku: "SKU-Z" })],
      opportunities: [opportunity("l", { status: "lost", closedAt: "2026-01-10", competitor: "R" })],
    });
    for (const lang of ["zh", "en"] as const) {
      for (const s of STRATEGIES) {
        const plan = generatePlan({
          facts: f,
          score: score(s),
          products: [product("SKU-N")],
          owner: { id: "u", name: "Li" },
          now: NOW,
          language: lang,
        });
        const text = [
          plan.goal.title,
          ...plan.objectives.map((o) => o.title),
          ...plan.actions.map((a) => a.title),
          ...plan.kpis.map((k) => k.title),
          ...plan.risks.map((r) => r.reason + r.mitigation),
          ...plan.resources.map((r) => r.title),
          ...plan.valueProposition.map((v) => v.title),
          ...plan.strategies.flatMap((x) => [x.title, ...x.tactics.map((t) => t.title)]),
        ].join("\n");
        expect(text, `${s} ${lang}`).not.toMatch(/\?|[a-z]+_[a-z_]+/);
      }
      const pm = buildPowerMap(f, { now: NOW, language: lang });
      expect(pm.suggestions.map((x) => x.message + x.reason).join("\n")).not.toMatch(/\?|[a-z]+_[a-z_]+/);
    }
  });
});
