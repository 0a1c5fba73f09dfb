import type { PortfolioKpis } from "../../src/engine/scoring/portfolio-kpis";
import type { Briefing } from "../../src/services/briefing";
import type { AddActionResult } from "../../tools/add-action";
import type { LogInteractionResult } from "../../tools/log-interaction";
import { day, moment, money, num, paren, pct } from "../format";
import { type Lang, label } from "../labels";
import { riskDetail } from "../risk-detail";

export function kpisReply(k: PortfolioKpis, lang: Lang): string {
  const zh = lang === "zh";
  return zh
    ? [
        `客户组合：${k.accounts}个客户，其中大客户（S/A）${k.keyAccounts}个。`,
        `- 近一年销售额${money(k.revenue12m, lang)}，大客户收入占比${pct(k.keyAccountRevenueShare)}`,
        `- 客户保留率${pct(k.retentionRate)}，交叉销售率${pct(k.crossSellRate)}`,
        `- 大客户服务投入占比${pct(k.serviceCostShare)}，平均成交周期${num(k.avgConversionCycleDays, 0)}天`,
      ].join("\n")
    : [
        `Your book: ${k.accounts} accounts, ${k.keyAccounts} of them key (S/A).`,
        `- Trailing-year revenue ${money(k.revenue12m, lang)}; key-account share ${pct(k.keyAccountRevenueShare)}`,
        `- Retention ${pct(k.retentionRate)}, cross-sell ${pct(k.crossSellRate)}`,
        `- Key accounts' share of service effort ${pct(k.serviceCostShare)}; average conversion cycle ${num(k.avgConversionCycleDays, 0)} days`,
      ].join("\n");
}

export function briefingReply(b: Briefing, lang: Lang): string {
  const zh = lang === "zh";
  const lines = [zh ? `**本周简报**（${day(b.weekOf, lang)}）` : `**Weekly briefing** (${day(b.weekOf, lang)})`];
  lines.push(zh ? "需要关注的客户：" : "Accounts slipping:");
  for (const a of b.atRisk)
    lines.push(
      `- ${a.name}${paren(label(lang, "severity", a.churnLevel), lang)}: ${(a.riskDetails ?? a.risks.map((code) => ({ code }))).map((r) => riskLine(r, lang)).join(zh ? "；" : "; ")}`,
    );
  if (!b.atRisk.length) lines.push(zh ? "- 无" : "- none");
  if (b.tierChanges.length) {
    lines.push(zh ? "级别变化：" : "Tier changes:");
    for (const t of b.tierChanges) lines.push(`- ${t.name}: ${t.from} → ${t.to}`);
  }
  lines.push(zh ? "招标与采购机会：" : "Tenders and purchases:");
  for (const t of b.tenders)
    lines.push(
      `- ${label(lang, "tenderKind", t.kind)}${zh ? "：" : ": "}${t.accountName} — ${t.projectName ?? ""}${t.deadline ? paren(`${zh ? "截止" : "deadline"} ${moment(t.deadline, lang)}`, lang) : ""}`,
    );
  if (!b.tenders.length) lines.push(zh ? "- 无" : "- none");
  lines.push(zh ? "本周待办：" : "Actions due:");
  for (const a of b.actionsDue)
    lines.push(
      `- ${day(a.due, lang)} ${a.accountName}: ${a.title}${a.overdue ? paren(zh ? "已逾期" : "overdue", lang) : ""}`,
    );
  if (!b.actionsDue.length) lines.push(zh ? "- 无" : "- none");
  return lines.join("\n");
}

export function addActionReply(r: AddActionResult, lang: Lang): string {
  return lang === "zh"
    ? `已为 **${r.accountName}** 添加行动「${r.title}」，截止 ${day(r.due, lang)}。`
    : `Added "${r.title}" to **${r.accountName}**, due ${day(r.due, lang)}.`;
}

export function logInteractionReply(r: LogInteractionResult, lang: Lang): string {
  return lang === "zh"
    ? `已记录 **${r.accountName}** 的一次${label(lang, "interaction", r.kind)}（${r.date}${r.contactName ? `，${r.contactName}` : ""}），评分已更新。`
    : `Logged a ${label(lang, "interaction", r.kind)} with **${r.accountName}** (${r.date}${r.contactName ? `, ${r.contactName}` : ""}); its score is updated.`;
}

/** A risk's label with what it is about, when its figures or people are known: 回款逾期（逾期未回款9.5万元…）. */
function riskLine(r: { code: string; facts?: Record<string, unknown>; people?: string[] }, lang: Lang): string {
  const detail = riskDetail(r, lang);
  return `${label(lang, "risk", r.code)}${detail ? paren(detail, lang) : ""}`;
}
