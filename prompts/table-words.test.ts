import { describe, expect, it } from "vitest";
import type { Card } from "../src/agent/cards";
import { createAttainmentTool } from "../tools/attainment";
import { createCompareAccountsTool } from "../tools/compare-accounts";
import { createForecastTool } from "../tools/forecast";
import { createListActionsTool } from "../tools/list-actions";
import { createMyWeekTool } from "../tools/my-week";
import { createPortfolioKpisTool } from "../tools/portfolio-kpis";
import { createStaleAccountsTool } from "../tools/stale-accounts";
import { readableTable } from "./table-words";

type Table = Extract<Card, { kind: "table" }>;

/** Each tool's table card, drawn from an empty result: its title and columns are what a person will read. */
function tableCards(): Table[] {
  const empty = {
    forecast: { periods: [] },
    rows: [],
    reps: [],
    accounts: [],
    items: [],
  } as never;
  const tools = [
    createForecastTool(),
    createCompareAccountsTool(),
    createAttainmentTool(),
    createListActionsTool(),
    createMyWeekTool(),
    createPortfolioKpisTool(),
    createStaleAccountsTool(),
  ];
  return tools
    .flatMap((t) => (t.cards?.(empty, {} as never) ?? []) as Card[])
    .filter((c): c is Table => c.kind === "table");
}

/** A code as a tool writes it: camelCase, snake_case, or a lower-case word (weighted, compare). */
const CODE = /^[a-z]+([A-Z][a-z0-9]*)+$|_|^[a-z]+$/;

describe("readableTable: a table card in the reader's words", () => {
  it("has a title and a column name in both languages for every table card a tool draws", () => {
    const cards = tableCards();
    expect(cards.map((c) => c.title).sort()).toEqual(
      ["actions", "attainment", "compare", "forecast", "kpis", "myWeek", "staleAccounts"].sort(),
    );
    for (const card of cards)
      for (const lang of ["zh", "en"] as const) {
        const t = readableTable(card.title, card.data, lang);
        expect(t.title, `${card.title} ${lang}`).not.toMatch(CODE);
        for (const c of t.columns) expect(c, `${card.title} ${lang}`).not.toMatch(CODE);
        if (lang === "zh") for (const c of [t.title, ...t.columns]) expect(c).not.toMatch(/^[A-Za-z ]+$/);
      }
  });

  it("says the codes in cells as words: periods, tiers, strategies, churn levels, KPI names, statuses", () => {
    const zh = readableTable(
      "forecast",
      { columns: ["period", "from", "weighted"], rows: [["this_quarter", "2026-10-01", 1000]] },
      "zh",
    );
    expect(zh).toEqual({
      title: "销售预测",
      columns: ["期间", "开始", "加权"],
      rows: [["本季度", "2026-10-01", 1000]],
    });
    const compare = readableTable(
      "compare",
      { columns: ["name", "tier", "strategy", "churnLevel"], rows: [["甲医院", "B", "win_back", "high"]] },
      "en",
    );
    expect(compare.rows[0][1]).toBe("B (standard)");
    expect(compare.rows[0][2]).not.toMatch(/_/);
    expect(compare.rows[0][3]).toBe("high");
    expect(readableTable("kpis", { columns: ["kpi", "value"], rows: [["retentionRate", 0.9]] }, "zh").rows).toEqual([
      ["客户保留率", 0.9],
    ]);
    expect(readableTable("actions", { columns: ["status"], rows: [["overdue"]] }, "zh").rows).toEqual([["已逾期"]]);
  });

  it("keeps only the reader's language of a column written in both (a my-week reason)", () => {
    const data = {
      columns: ["account", "reason:zh", "reason:en"],
      rows: [["甲医院", "30天未拜访", "no visit in 30 days"]],
    };
    expect(readableTable("myWeek", data, "zh")).toMatchObject({
      columns: ["客户", "原因"],
      rows: [["甲医院", "30天未拜访"]],
    });
    expect(readableTable("myWeek", data, "en")).toMatchObject({
      columns: ["Account", "Reason"],
      rows: [["甲医院", "no visit in 30 days"]],
    });
  });
});
