/**
 * The words of a table card: its title, its column names and the codes in its cells, in the reader's language.
 * A tool's table card keeps codes in its JSON (`weighted`, `this_quarter`, `win_back`); every channel that draws
 * one (the widget, Slack, Teams) draws it through `readableTable`, so a person reads 加权 / Weighted, 本季度 / This
 * quarter, 夺回 / win back, never the code. A column written `name:zh` / `name:en` holds text already in one
 * language (a my-week reason): the reader's is kept, the other dropped.
 */
import { type CodeGroup, type Lang, label } from "./labels";

type Pair = { zh: string; en: string };
type Cell = string | number | null;

const TITLES: Record<string, Pair> = {
  forecast: { zh: "销售预测", en: "Forecast" },
  compare: { zh: "客户对比", en: "Comparison" },
  attainment: { zh: "目标达成", en: "Attainment" },
  myWeek: { zh: "本周要做的事", en: "My week" },
  actions: { zh: "行动", en: "Actions" },
  staleAccounts: { zh: "久未联系的客户", en: "Not contacted lately" },
  kpis: { zh: "客户组合指标", en: "Portfolio KPIs" },
};

const COLUMNS: Record<string, Pair> = {
  "#": { zh: "#", en: "#" },
  name: { zh: "名称", en: "Name" },
  account: { zh: "客户", en: "Account" },
  total: { zh: "得分", en: "Score" },
  tier: { zh: "级别", en: "Tier" },
  strategy: { zh: "策略", en: "Strategy" },
  revenue12m: { zh: "近一年销售额", en: "Revenue (12 months)" },
  growth: { zh: "增长", en: "Growth" },
  shareOfWallet: { zh: "钱包份额", en: "Share of wallet" },
  churnLevel: { zh: "流失风险", en: "Churn risk" },
  period: { zh: "期间", en: "Period" },
  from: { zh: "开始", en: "From" },
  to: { zh: "结束", en: "To" },
  open: { zh: "在跟商机（不加权）", en: "Open pipeline (unweighted)" },
  weighted: { zh: "加权", en: "Weighted" },
  committed: { zh: "承诺", en: "Committed" },
  bestCase: { zh: "最好情况", en: "Best case" },
  won: { zh: "已赢单", en: "Won" },
  weightedOpen: { zh: "加权在途", en: "Weighted open" },
  expected: { zh: "预计", en: "Expected" },
  goal: { zh: "目标", en: "Goal" },
  gap: { zh: "缺口", en: "Gap" },
  due: { zh: "截止", en: "Due" },
  action: { zh: "行动", en: "Action" },
  owner: { zh: "负责人", en: "Owner" },
  status: { zh: "状态", en: "Status" },
  lastTouchAt: { zh: "上次联系", en: "Last contact" },
  days: { zh: "天数", en: "Days" },
  kind: { zh: "类型", en: "Kind" },
  reason: { zh: "原因", en: "Reason" },
  priority: { zh: "优先级", en: "Priority" },
  kpi: { zh: "指标", en: "KPI" },
  value: { zh: "数值", en: "Value" },
};

/** Codes a column's cells hold that no label group has. */
const CELL_WORDS: Record<string, Record<string, Pair>> = {
  period: {
    this_quarter: { zh: "本季度", en: "This quarter" },
    next_quarter: { zh: "下季度", en: "Next quarter" },
  },
  status: {
    open: { zh: "进行中", en: "open" },
    done: { zh: "已完成", en: "done" },
    dropped: { zh: "已放弃", en: "dropped" },
    overdue: { zh: "已逾期", en: "overdue" },
  },
  kind: {
    touchpoint: { zh: "例行拜访", en: "touchpoint" },
    action: { zh: "计划行动", en: "plan action" },
    deal_closing: { zh: "商机将成交", en: "deal closing" },
    deal_stalled: { zh: "商机停滞", en: "deal stalled" },
    tender_deadline: { zh: "招标截止", en: "tender deadline" },
    predicted_purchase: { zh: "预计采购", en: "predicted purchase" },
    receivable: { zh: "应收账款", en: "receivable" },
    churn_rise: { zh: "流失风险上升", en: "churn risk rising" },
  },
  kpi: {
    accounts: { zh: "客户数", en: "Accounts" },
    keyAccounts: { zh: "大客户数（S/A）", en: "Key accounts (S/A)" },
    revenue12m: { zh: "近一年销售额", en: "Revenue (12 months)" },
    keyAccountRevenueShare: { zh: "大客户收入占比", en: "Key-account revenue share" },
    retentionRate: { zh: "客户保留率", en: "Retention rate" },
    crossSellRate: { zh: "交叉销售率", en: "Cross-sell rate" },
    serviceCostShare: { zh: "服务成本占比", en: "Service cost share" },
    avgConversionCycleDays: { zh: "平均成交周期（天）", en: "Average conversion cycle (days)" },
  },
};

/** Columns whose cells are codes of a label group. */
const LABELLED: Record<string, CodeGroup> = { strategy: "strategy", churnLevel: "level" };

export type ReadableTable = { title: string; columns: string[]; rows: Cell[][] };

export function tableTitle(title: string, lang: Lang): string {
  return TITLES[title]?.[lang] ?? title;
}

export function readableTable(title: string, data: { columns?: string[]; rows?: Cell[][] }, lang: Lang): ReadableTable {
  // "reason:zh" and "reason:en": the reader's language only.
  const kept = (data.columns ?? []).flatMap((c, i) => {
    const [code, in_] = c.split(":");
    return !in_ || in_ === lang ? [{ code, i }] : [];
  });
  return {
    title: tableTitle(title, lang),
    columns: kept.map(({ code }) => COLUMNS[code]?.[lang] ?? code),
    rows: (data.rows ?? []).map((row) => kept.map(({ code, i }) => cellWords(code, row[i] ?? null, lang))),
  };
}

function cellWords(column: string, v: Cell, lang: Lang): Cell {
  if (typeof v !== "string") return v;
  // "B" is the tier as the books write it, with its name: B（普通）, B (standard).
  if (column === "tier")
    return lang === "zh" ? `${v}（${label(lang, "tier", v)}）` : `${v} (${label(lang, "tier", v)})`;
  const group = LABELLED[column];
  if (group) return label(lang, group, v);
  return CELL_WORDS[column]?.[v]?.[lang] ?? v;
}

/** Every title and column a table card may use, for tests that check each has both languages. */
export const TABLE_WORDS = { titles: TITLES, columns: COLUMNS };
