import type { AccountTimelineResult } from "../../tools/account-timeline";
import type { AttainmentResult } from "../../tools/attainment";
import type { LastContactResult } from "../../tools/last-contact";
import type { ListActionsResult } from "../../tools/list-actions";
import type { MyWeekResult } from "../../tools/my-week";
import type { StaleAccountsResult } from "../../tools/stale-accounts";
import type { UpdateActionResult } from "../../tools/update-action";
import { day, moment, money, pct } from "../format";
import { type Lang, label } from "../labels";

const KIND: Record<string, { zh: string; en: string }> = {
  visit: { zh: "拜访", en: "visit" },
  call: { zh: "电话", en: "call" },
  email: { zh: "邮件", en: "e-mail" },
  meeting: { zh: "会议", en: "meeting" },
  event: { zh: "活动", en: "event" },
};
const kind = (k: string, lang: Lang) => KIND[k]?.[lang] ?? k;

export function myWeekReply(r: MyWeekResult, lang: Lang): string {
  const zh = lang === "zh";
  const who = r.repName ? (zh ? `${r.repName}的客户` : `${r.repName}'s book`) : zh ? "你的客户" : "your book";
  if (!r.total)
    return zh
      ? `${who}未来 ${r.days} 天没有到期或逾期的事项。`
      : `Nothing due or overdue in ${who} in the next ${r.days} days.`;
  const lines = [
    zh
      ? `${who}未来 ${r.days} 天共 ${r.total} 项，按优先级（客户等级 × 紧迫度 × 金额）：`
      : `${r.total} items in ${who} for the next ${r.days} days, by priority (tier × urgency × value):`,
  ];
  for (const [i, it] of r.items.entries())
    lines.push(
      `${i + 1}. **${it.accountName}**${it.tier ? ` (${it.tier})` : ""}: ${it.text[lang]}${zh ? `，到期 ${day(it.due, lang)}` : `; due ${day(it.due, lang)}`}`,
    );
  if (r.reps.length > 1)
    lines.push((zh ? "按负责人：" : "By rep: ") + r.reps.map((p) => `${p.name} ${p.items}`).join(zh ? "，" : ", "));
  return lines.join("\n");
}

export function listActionsReply(r: ListActionsResult, lang: Lang): string {
  const zh = lang === "zh";
  const what = r.overdueOnly
    ? zh
      ? "逾期的行动"
      : "overdue actions"
    : r.dueBefore
      ? zh
        ? `${day(r.dueBefore, lang)}前到期的行动`
        : `actions due by ${day(r.dueBefore, lang)}`
      : zh
        ? "未完成的行动"
        : "open actions";
  const scope = r.accountName ? (zh ? `${r.accountName}的` : ` at ${r.accountName}`) : "";
  if (!r.items.length) return zh ? `没有${scope}${what}。` : `No ${what}${scope}.`;
  const lines = [zh ? `${scope}${what}共 ${r.items.length} 项：` : `${r.items.length} ${what}${scope}:`];
  for (const [i, a] of r.items.slice(0, 15).entries()) {
    const late = a.overdue ? (zh ? "（已逾期）" : " (overdue)") : "";
    lines.push(
      `${i + 1}. ${day(a.due, lang)} ${a.title} — ${a.accountName}${zh ? `，负责人${label(lang, "ownerRole", a.owner)}` : `, owner ${label(lang, "ownerRole", a.owner)}`}${late}`,
    );
  }
  lines.push(
    zh
      ? "可以说“把第一项行动标记为完成”或“把第二项改到下周二”。"
      : 'Say "mark the first one done" or "move the second to next Tuesday".',
  );
  return lines.join("\n");
}

export function updateActionReply(r: UpdateActionResult, lang: Lang): string {
  const zh = lang === "zh";
  const a = r.action;
  if (!r.changed.length) return zh ? `行动「${a.title}」没有变化。` : `Action "${a.title}" is unchanged.`;
  const parts: string[] = [];
  if (r.changed.includes("status"))
    parts.push(
      a.status === "done"
        ? zh
          ? "已标记为完成"
          : "marked done"
        : a.status === "dropped"
          ? zh
            ? "已放弃"
            : "dropped"
          : zh
            ? "已重新打开"
            : "reopened",
    );
  if (r.changed.includes("due"))
    parts.push(
      zh
        ? `截止日期从 ${day(r.previousDue, lang)} 改到 ${day(a.due, lang)}`
        : `moved from ${day(r.previousDue, lang)} to ${day(a.due, lang)}`,
    );
  if (r.changed.includes("owner")) parts.push(zh ? `已交给${a.owner}` : `given to ${a.owner}`);
  return zh
    ? `**${a.accountName}** 的行动「${a.title}」${parts.join("，")}。`
    : `**${a.accountName}** action "${a.title}": ${parts.join(", ")}.`;
}

/** "once", "twice", "3 times". */
function times(n: number): string {
  return n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}

export function lastContactReply(r: LastContactResult, lang: Lang): string {
  const zh = lang === "zh";
  const who = r.contactName
    ? zh
      ? `${r.contactName}（${r.accountName}）`
      : `${r.contactName} (${r.accountName})`
    : r.accountName;
  if (r.period) return periodReply(r.period, who, lang);
  if (!r.last)
    return r.crmLastContactAt
      ? zh
        ? `系统里没有与${who}的互动记录；CRM 记录的最后联系日期是 ${day(r.crmLastContactAt, lang)}。`
        : `No logged interaction with ${who}; the CRM's last contact date is ${day(r.crmLastContactAt, lang)}.`
      : zh
        ? `没有与${who}的联系记录。`
        : `No contact with ${who} on record.`;
  const l = r.last;
  const lines = [
    zh
      ? `与${who}的最近一次联系：${moment(l.at, lang)}，${kind(l.kind, lang)}${l.contactName && !r.contactName ? `（${l.contactName}）` : ""}，${l.daysAgo} 天前。${l.summary ? `\n内容：${l.summary}` : ""}`
      : `Last contact with ${who}: ${moment(l.at, lang)}, ${kind(l.kind, lang)}${l.contactName && !r.contactName ? ` with ${l.contactName}` : ""}, ${l.daysAgo} days ago.${l.summary ? `\nNote: ${l.summary}` : ""}`,
  ];
  if (r.lastVisit)
    lines.push(
      zh
        ? `最近一次拜访/会议：${moment(r.lastVisit.at, lang)}（${r.lastVisit.daysAgo} 天前）。`
        : `Last visit or meeting: ${moment(r.lastVisit.at, lang)} (${r.lastVisit.daysAgo} days ago).`,
    );
  if (r.crmLastContactAt)
    lines.push(
      zh
        ? `CRM 记录的最后联系：${day(r.crmLastContactAt, lang)}。`
        : `The CRM's last contact date: ${day(r.crmLastContactAt, lang)}.`,
    );
  const c = r.counts;
  if (c && c.thisMonth + c.lastMonth > 0)
    lines.push(
      zh
        ? `本月联系 ${c.thisMonth} 次，上月 ${c.lastMonth} 次。`
        : `This month: ${times(c.thisMonth)}; last month: ${times(c.lastMonth)}.`,
    );
  return lines.join("\n");
}

/** What was said in a period asked about ("去年冬天交代的", "back in march"): its notes, or that there are none. */
function periodReply(p: NonNullable<LastContactResult["period"]>, who: string, lang: Lang): string {
  const zh = lang === "zh";
  if (!p.from || !p.to) return touchLines(p.touches, zh ? `与${who}的相关记录：` : `Notes with ${who} on it:`, lang);
  const span = zh ? `${day(p.from, lang)}至${day(p.to, lang)}` : `${day(p.from, lang)} to ${day(p.to, lang)}`;
  if (p.touches.length === 0)
    return zh ? `${span}没有与${who}的联系记录。` : `No contact with ${who} on record from ${span}.`;
  return touchLines(p.touches, zh ? `${span}与${who}的记录：` : `What was noted with ${who}, ${span}:`, lang);
}

/** A heading, then one line per note: "- 2026年1月14日 拜访（张宏伟）：…". */
function touchLines(touches: NonNullable<LastContactResult["period"]>["touches"], head: string, lang: Lang): string {
  const zh = lang === "zh";
  const lines = [head];
  for (const t of touches) {
    const with_ = t.contactName ? (zh ? `（${t.contactName}）` : ` with ${t.contactName}`) : "";
    lines.push(
      `- ${day(t.at, lang)} ${kind(t.kind, lang)}${with_}${t.summary ? `${zh ? "：" : ": "}${t.summary}` : ""}`,
    );
  }
  return lines.join("\n");
}

export function staleAccountsReply(r: StaleAccountsResult, lang: Lang): string {
  const zh = lang === "zh";
  if (!r.total)
    return zh ? `所有客户在最近 ${r.days} 天内都有联系。` : `Every account was contacted in the last ${r.days} days.`;
  const lines = [
    zh ? `${r.total} 家客户超过 ${r.days} 天未联系：` : `${r.total} accounts not contacted in the last ${r.days} days:`,
  ];
  for (const a of r.items.slice(0, 15))
    lines.push(
      a.daysSince === null
        ? zh
          ? `- **${a.name}**：从未联系`
          : `- **${a.name}**: never contacted`
        : zh
          ? `- **${a.name}**${a.tier ? `（${a.tier}）` : ""}：${a.daysSince} 天未联系（上次 ${day(a.lastTouchAt, lang)}）`
          : `- **${a.name}**${a.tier ? ` (${a.tier})` : ""}: ${a.daysSince} days (last ${day(a.lastTouchAt, lang)})`,
    );
  return lines.join("\n");
}

const EVENT: Record<string, { zh: string; en: string }> = {
  interaction: { zh: "互动", en: "interaction" },
  order: { zh: "订单", en: "order" },
  deal_created: { zh: "新商机", en: "new deal" },
  deal_stage: { zh: "商机阶段", en: "deal stage" },
  deal_closed: { zh: "商机关闭", en: "deal closed" },
  risk_record: { zh: "风险记录", en: "risk record" },
  tender_notice: { zh: "招标公告", en: "tender notice" },
  tier_change: { zh: "等级变化", en: "tier change" },
  plan_version: { zh: "客户计划", en: "plan version" },
  action_done: { zh: "行动完成", en: "action done" },
  action_dropped: { zh: "行动放弃", en: "action dropped" },
  action_open: { zh: "行动到期", en: "action due" },
};

export function accountTimelineReply(r: AccountTimelineResult, lang: Lang): string {
  const zh = lang === "zh";
  const scope = r.accountName ?? (zh ? "你的客户" : "your accounts");
  const to = r.to ? day(r.to, lang) : "";
  const range = r.from ? `${day(r.from, lang)} – ${to}` : zh ? `截至${to}` : `up to ${to}`;
  if (!r.total) return zh ? `${scope}在${range}没有动态。` : `Nothing happened at ${scope} ${range}.`;
  const lines = [
    zh
      ? `${scope}在${range}共 ${r.total} 条动态（最新在前）：`
      : `${r.total} ${r.total === 1 ? "event" : "events"} at ${scope} ${r.from ? `from ${range}` : range} (newest first):`,
  ];
  for (const e of r.items) {
    const detail = [
      // A competitor's award is stored as a risk record marked "competitor_win:"; a person reads it in words.
      typeof e.summary === "string"
        ? e.summary.replace(/^competitor_win:\s*/, zh ? "竞品中标：" : "Competitor won: ")
        : e.summary,
      e.name,
      e.title,
      e.projectName,
      e.stage ? label(lang, "stage", String(e.stage)) : null,
      e.to && /^[a-z_]+$/.test(String(e.to)) ? label(lang, "stage", String(e.to)) : e.to,
      e.amount != null ? money(Number(e.amount), lang) : null,
    ]
      .filter((x) => x !== null && x !== undefined && x !== "")
      .slice(0, 2)
      .join(zh ? "，" : ", ");
    lines.push(
      `- ${e.local} ${EVENT[e.kind]?.[lang] ?? e.kind}${r.accountName ? "" : ` · ${e.accountName}`}: ${detail}`,
    );
  }
  return lines.join("\n");
}

export function attainmentReply(r: AttainmentResult, lang: Lang): string {
  const zh = lang === "zh";
  const t = r.scope === "account" ? r.accounts[0] : r.total;
  const scope = r.name ?? (zh ? "你的客户组合" : "your book");
  const lines = [
    zh
      ? `**${scope}** ${r.year.from.slice(0, 4)} 年：已赢单${money(t.won, lang)}，加权在途${money(t.weightedOpen, lang)}，预计全年${money(t.expected, lang)}。`
      : `**${scope}** in ${r.year.from.slice(0, 4)}: won ${money(t.won, lang)}, weighted open pipeline ${money(t.weightedOpen, lang)}, expected ${money(t.expected, lang)}.`,
  ];
  const goalLine = (label: string, goal: number | null, gap: number | null, rate: number | null) =>
    goal === null
      ? null
      : zh
        ? `对比${label}${money(goal, lang)}：已完成${pct(rate)}，预计缺口${money(gap, lang)}。`
        : `Against the ${label} of ${money(goal, lang)}: ${pct(rate)} won, expected gap ${money(gap, lang)}.`;
  if (r.scope === "account")
    lines.push(
      goalLine(zh ? "客户目标" : "account target", t.goal, t.gap, t.rate) ??
        (zh ? "该客户未设年度目标。" : "No annual target is set for this account."),
    );
  else {
    lines.push(
      goalLine(zh ? "指标" : "quota", r.total.goal, r.total.gap, r.total.rate) ??
        (zh ? "未设置销售指标。" : "No quota is set."),
    );
    if (r.total.targets !== null)
      lines.push(
        zh
          ? `有目标的客户目标合计${money(r.total.targets, lang)}，预计缺口${money(r.total.gapToTargets, lang)}。`
          : `Accounts with a target: ${money(r.total.targets, lang)} in total, expected gap ${money(r.total.gapToTargets, lang)}.`,
      );
    if (r.reps.length > 1)
      for (const p of r.reps)
        lines.push(
          zh
            ? `- ${p.rep.name}：已赢单${money(p.won, lang)}，预计${money(p.expected, lang)}${p.goal !== null ? `，指标缺口${money(p.gap, lang)}` : ""}`
            : `- ${p.rep.name}: won ${money(p.won, lang)}, expected ${money(p.expected, lang)}${p.goal !== null ? `, gap to quota ${money(p.gap, lang)}` : ""}`,
        );
  }
  return lines.join("\n");
}

// biome-ignore lint/suspicious/noExplicitAny: each renderer knows its own tool's result type
export const WEEK_RENDERERS: Record<string, (result: any, lang: Lang) => string> = {
  my_week: myWeekReply,
  list_actions: listActionsReply,
  update_action: updateActionReply,
  last_contact: lastContactReply,
  stale_accounts: staleAccountsReply,
  account_timeline: accountTimelineReply,
  attainment: attainmentReply,
};
