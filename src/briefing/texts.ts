import type { Lang } from "../../prompts/labels";

/** Every phrase of the briefing a person reads, in both languages. */
export const TEXTS = {
  zh: {
    subject: "Furrow 每周简报",
    hello: (name: string) => `${name}，你好：`,
    intro: (week: string, since: string) => `这是第 ${week} 周的简报，变化从 ${since} 算起。`,
    priorities: "本周要做的事",
    prioritiesHint: "与“我的一周”同一份排序，最要紧的在前。",
    changes: "上周以来的变化",
    scoreMoves: "评分与级别",
    newRisks: "新出现的风险",
    resolvedRisks: "已解除的风险",
    deals: "商机进展",
    left: "已离职的联系人",
    tenders: "招标与采购（30 天内截止及新匹配）",
    pipeline: "管道与目标达成",
    reps: "按销售汇总",
    none: "无",
    noChanges: "与上次相比没有值得一提的变化。",
    more: (n: number) => `另有 ${n} 项`,
    open: "在 Furrow 中打开",
    openAll: "在 Furrow 中查看全部",
    isNew: "新",
    owner: "负责人",
    tierMove: (from: string, to: string) => `级别 ${from} → ${to}`,
    points: (from: number, to: number, d: string) => `总分 ${from} → ${to}（${d}）`,
    driver: (dim: string, from: number, to: number) => `主要因为${dim} ${from} → ${to}`,
    deal: {
      advanced: (f: string, t: string) => `推进：${f} → ${t}`,
      slipped: (f: string, t: string) => `延后：预计成交 ${f} → ${t}`,
      won: () => "赢单",
      lost: () => "丢单",
    },
    deadline: (d: string, n: number) => `${d} 截止（还有 ${n} 天）`,
    window: (f: string, t: string) => `预计采购期 ${f} 至 ${t}`,
    value: "预计金额",
    win: "赢率",
    openDeals: "在手商机",
    weighted: "加权管道",
    won: "今年已赢单",
    expected: "预计全年",
    goal: "配额",
    targets: "客户目标合计（未设配额）",
    attained: "达成率",
    attainedValue: (won: string, expected: string) => `已赢单 ${won}，预计全年 ${expected}`,
    gap: "差距",
    noGoal: "未设配额",
    repCols: ["销售", "在手商机", "已赢单", "预计全年", "目标", "达成率", "待办", "变化"],
    whyRep: "你收到这封邮件，是因为你在 Furrow 中负责这些客户。",
    whyManager: "你收到这封邮件，是因为你在 Furrow 中管理这个团队的客户。",
    howToChange: "更换渠道（邮件、Slack、Teams）、发送日期和时间，或退订：PUT /api/me/briefing（见 Furrow 接口文档）。",
    settings: "接口文档",
  },
  en: {
    subject: "Furrow weekly briefing",
    hello: (name: string) => `Hello ${name},`,
    intro: (week: string, since: string) => `Your briefing for week ${week}; changes are counted since ${since}.`,
    priorities: "This week's priorities",
    prioritiesHint: "The same ranking as My week, most urgent first.",
    changes: "What changed since last week",
    scoreMoves: "Scores and tiers",
    newRisks: "New risks",
    resolvedRisks: "Risks resolved",
    deals: "Deals",
    left: "People who left",
    tenders: "Tenders and purchases (deadlines within 30 days, new matches)",
    pipeline: "Pipeline and attainment",
    reps: "Per rep",
    none: "None",
    noChanges: "Nothing worth mentioning changed since last time.",
    more: (n: number) => `${n} more`,
    open: "Open in Furrow",
    openAll: "See all in Furrow",
    isNew: "new",
    owner: "owner",
    tierMove: (from: string, to: string) => `tier ${from} → ${to}`,
    points: (from: number, to: number, d: string) => `score ${from} → ${to} (${d})`,
    driver: (dim: string, from: number, to: number) => `mostly ${dim} ${from} → ${to}`,
    deal: {
      advanced: (f: string, t: string) => `advanced: ${f} → ${t}`,
      slipped: (f: string, t: string) => `slipped: expected close ${f} → ${t}`,
      won: () => "won",
      lost: () => "lost",
    },
    deadline: (d: string, n: number) => `deadline ${d} (${n} days left)`,
    window: (f: string, t: string) => `expected purchase ${f} – ${t}`,
    value: "value",
    win: "win",
    openDeals: "Open deals",
    weighted: "Weighted pipeline",
    won: "Won this year",
    expected: "Expected for the year",
    goal: "Quota",
    targets: "Account targets (no quota set)",
    attained: "Attained",
    attainedValue: (won: string, expected: string) => `${won} won, ${expected} expected`,
    gap: "Gap",
    noGoal: "no quota set",
    repCols: ["Rep", "Open deals", "Won", "Expected", "Goal", "Attained", "To do", "Changes"],
    whyRep: "You get this e-mail because you own these accounts in Furrow.",
    whyManager: "You get this e-mail because you manage this team's accounts in Furrow.",
    howToChange:
      "To change the channel (e-mail, Slack, Teams), the day and time, or to unsubscribe: PUT /api/me/briefing (see Furrow's API docs).",
    settings: "API docs",
  },
} as const;

const WEEKDAYS = {
  zh: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A local day (and time) as people read it: 12月10日（周四）09:30 / Thu, Dec 10, 09:30. Never an ISO string. */
export function readableDate(iso: string | null | undefined, lang: Lang, withYear = false): string {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/);
  if (!m) return "—";
  const [y, mo, d, time] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4]];
  const wd = WEEKDAYS[lang][(new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7];
  if (lang === "zh") return `${withYear ? `${y}年` : ""}${mo}月${d}日（${wd}）${time ? ` ${time}` : ""}`;
  return `${wd}, ${MONTHS[mo - 1]} ${d}${withYear ? `, ${y}` : ""}${time ? `, ${time}` : ""}`;
}
