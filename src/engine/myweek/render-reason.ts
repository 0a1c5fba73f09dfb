import type { WeekReason } from "./types";

type Lang = "zh" | "en";
type N = WeekReason["numbers"];

/** Money as people read it, rounding only: 12.5万元 / CNY 125k. */
export function weekMoney(amount: number, lang: Lang): string {
  const abs = Math.abs(amount);
  if (lang === "zh") {
    if (abs >= 1e8) return `${trim(amount / 1e8, 2)}亿元`;
    if (abs >= 1e4) return `${trim(amount / 1e4, 1)}万元`;
    return `${Math.round(amount)}元`;
  }
  if (abs >= 1e6) return `CNY ${trim(amount / 1e6, 2)}M`;
  if (abs >= 1e4) return `CNY ${trim(amount / 1e3, 0)}k`;
  return `CNY ${Math.round(amount)}`;
}

function trim(n: number, digits: number): string {
  return String(Math.round(n * 10 ** digits) / 10 ** digits);
}

/** Touchpoint codes of the cadence (拜访节奏), as people name them. */
const CADENCE: Record<string, { zh: string; en: string }> = {
  prospect_touch: { zh: "潜在客户跟进", en: "prospect follow-up" },
  weekly_sync: { zh: "每周沟通", en: "weekly sync" },
  biweekly_sync: { zh: "双周沟通", en: "biweekly sync" },
  monthly_checkin: { zh: "月度回访", en: "monthly check-in" },
  monthly_exec_touch: { zh: "每月高层接触", en: "monthly executive touch" },
  quarterly_business_review: { zh: "季度业务回顾", en: "quarterly business review" },
  annual_strategy_meeting: { zh: "年度战略会", en: "annual strategy meeting" },
  recovery_checkin: { zh: "挽回回访", en: "recovery check-in" },
  reactivation_touch: { zh: "唤醒联系", en: "reactivation touch" },
  winback_review: { zh: "高层赢回沟通", en: "executive win-back review" },
};
const STAGE: Record<string, { zh: string; en: string }> = {
  lead: { zh: "线索", en: "lead" },
  qualified: { zh: "已确认", en: "qualified" },
  solution: { zh: "方案", en: "solution" },
  proposal: { zh: "报价", en: "proposal" },
  negotiation: { zh: "谈判", en: "negotiation" },
};

/** What "contact" means for a touchpoint: any touch, an executive one, or a face-to-face meeting. */
const SUBJECT: Record<string, { zh: string; en: string }> = {
  monthly_exec_touch: { zh: "未联系高层", en: "No executive contact" },
  annual_strategy_meeting: { zh: "未与高层当面会谈", en: "No face-to-face executive meeting" },
  quarterly_business_review: { zh: "未当面拜访", en: "No face-to-face meeting" },
};
const subject = (n: N, lang: Lang) => SUBJECT[String(n.cadence)]?.[lang] ?? (lang === "zh" ? "未联系" : "No contact");
/** Every cadence code has its words (tested); an unknown one reads as a plain touchpoint, never as the code. */
const cadence = (n: N, lang: Lang) =>
  CADENCE[String(n.cadence)]?.[lang] ?? (lang === "zh" ? "定期联系" : "regular touchpoint");

/** The cadence codes this file names, so a test can hold them against the engine's cadences. */
export const NAMED_CADENCES: readonly string[] = Object.keys(CADENCE);
const stage = (n: N, lang: Lang) => STAGE[String(n.stage)]?.[lang] ?? String(n.stage);
const money = (v: unknown, lang: Lang) => weekMoney(Number(v ?? 0), lang);

const ZH: Record<string, (n: N) => string> = {
  touch_overdue: (n) =>
    n.daysSince === null
      ? `尚无${subject(n, "zh").replace(/^未/, "")}记录，节奏为每 ${n.everyDays} 天（${cadence(n, "zh")}）`
      : `${n.daysSince} 天${subject(n, "zh")}，节奏为每 ${n.everyDays} 天（${cadence(n, "zh")}）`,
  touch_due: (n) =>
    `${n.daysSince === null ? "尚无联系记录" : `距上次联系 ${n.daysSince} 天`}，节奏为每 ${n.everyDays} 天，${n.due} 到期（${cadence(n, "zh")}）`,
  action_overdue: (n) => `行动「${n.title}」已逾期 ${n.daysOverdue} 天（截止 ${n.due}）`,
  action_due: (n) => `行动「${n.title}」${n.due} 到期`,
  deal_closing: (n) => `商机「${n.name}」（${money(n.amount, "zh")}，${stage(n, "zh")}阶段）预计 ${n.due} 成交`,
  deal_close_passed: (n) =>
    `商机「${n.name}」（${money(n.amount, "zh")}）预计成交日 ${n.due} 已过 ${n.daysOverdue} 天，仍未关闭`,
  deal_stalled: (n) => `商机「${n.name}」在${stage(n, "zh")}阶段停留 ${n.daysInStage} 天（超过 ${n.stallDays} 天）`,
  tender_deadline: (n) => `招标「${n.project}」投标截止 ${n.deadline}`,
  predicted_purchase: (n) =>
    `预计采购「${n.project}」${n.from} 至 ${n.to}${n.value ? `，约${money(n.value, "zh")}` : ""}`,
  receivable_overdue: (n) => `${n.invoices} 笔应收款逾期，共${money(n.amount, "zh")}，最长逾期 ${n.maxDays} 天`,
  churn_rose: (n) => `流失风险从 ${n.from} 升至 ${n.to}（自 ${n.since}）`,
};

const EN: Record<string, (n: N) => string> = {
  touch_overdue: (n) =>
    n.daysSince === null
      ? `${subject(n, "en")} on record; cadence every ${n.everyDays} days (${cadence(n, "en")})`
      : `${subject(n, "en")} for ${n.daysSince} days; cadence every ${n.everyDays} days (${cadence(n, "en")})`,
  touch_due: (n) =>
    `${n.daysSince === null ? "No contact on record" : `Last contact ${n.daysSince} days ago`}; cadence every ${n.everyDays} days, due ${n.due} (${cadence(n, "en")})`,
  action_overdue: (n) => `Action "${n.title}" is ${n.daysOverdue} days overdue (due ${n.due})`,
  action_due: (n) => `Action "${n.title}" due ${n.due}`,
  deal_closing: (n) => `Deal "${n.name}" (${money(n.amount, "en")}, ${stage(n, "en")}) expected to close ${n.due}`,
  deal_close_passed: (n) =>
    `Deal "${n.name}" (${money(n.amount, "en")}) was expected to close ${n.due}, ${n.daysOverdue} days ago, still open`,
  deal_stalled: (n) => `Deal "${n.name}" has sat in ${stage(n, "en")} for ${n.daysInStage} days (over ${n.stallDays})`,
  tender_deadline: (n) => `Tender "${n.project}": bids due ${n.deadline}`,
  predicted_purchase: (n) =>
    `Predicted purchase "${n.project}" ${n.from} to ${n.to}${n.value ? `, about ${money(n.value, "en")}` : ""}`,
  receivable_overdue: (n) =>
    `${n.invoices} overdue invoice(s), ${money(n.amount, "en")} in total, oldest ${n.maxDays} days late`,
  churn_rose: (n) => `Churn risk rose from ${n.from} to ${n.to} (since ${n.since})`,
};

/** A reason code and its numbers as a sentence in each language; only the given numbers appear. */
export function renderWeekReason(reason: WeekReason): { zh: string; en: string } {
  return {
    zh: ZH[reason.code]?.(reason.numbers) ?? reason.code,
    en: EN[reason.code]?.(reason.numbers) ?? reason.code,
  };
}
