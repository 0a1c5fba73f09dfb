import { asksNoteTopic, noteTopicLabel } from "../../src/engine/timeline/notes-about";
import type { AccountOverviewResult } from "../../tools/account-overview";
import type { AtRiskResult } from "../../tools/at-risk-accounts";
import type { CompareAccountsResult } from "../../tools/compare-accounts";
import type { ExplainScoreResult } from "../../tools/explain-score";
import type { FindAccountsResult } from "../../tools/find-accounts";
import { day, money, num, paren, pct } from "../format";
import { type Lang, label } from "../labels";
import { riskDetail } from "../risk-detail";
import { overdueText } from "./receivables";

const tierText = (t: string | null, lang: Lang) => (t ? `${t}${paren(label(lang, "tier", t), lang)}` : "—");

/** The figures a list is ranked by, in words. */
const SORT_WORDS: Record<string, { zh: string; en: string }> = {
  strategic_value: { zh: "战略价值", en: "strategic value" },
  winnability: { zh: "赢单可能性", en: "winnability" },
  annual_revenue: { zh: "年营收", en: "annual revenue" },
  wallet: { zh: "钱包规模", en: "wallet" },
  employees: { zh: "员工人数", en: "headcount" },
};

/** A ranked figure as a person reads it: money as money, ratings out of 5, people as a count; "—" when unknown. */
function figureText(v: number | null | undefined, field: string | undefined, lang: Lang): string {
  if (v === null || v === undefined) return "—";
  if (field === "annual_revenue" || field === "wallet") return money(v, lang);
  if (field === "strategic_value" || field === "winnability") return `${num(v)}/5`;
  return num(v);
}

export function findAccountsReply(r: FindAccountsResult, lang: Lang): string {
  if (!r.items.length)
    return r.query
      ? lang === "zh"
        ? `在你的客户里没有找到“${r.query}”。`
        : `"${r.query}" is not among your accounts.`
      : lang === "zh"
        ? "没有找到符合条件的客户。"
        : "No accounts match.";
  const by = r.sortBy ? SORT_WORDS[r.sortBy] : null;
  const lines = r.items.map(
    (a, i) =>
      `${i + 1}. ${a.name} — ${by ? `${by[lang]} ${figureText(a.figure, r.sortBy, lang)}, ` : ""}${lang === "zh" ? "级别" : "tier"} ${tierText(a.tier, lang)}, ${lang === "zh" ? "得分" : "score"} ${num(a.total)}, ${label(lang, "strategy", a.strategy)}`,
  );
  const head = by
    ? lang === "zh"
      ? `共${r.total}个客户，按${by.zh}从高到低：`
      : `${r.total} ${r.total === 1 ? "account" : "accounts"}, highest ${by.en} first:`
    : lang === "zh"
      ? `共${r.total}个客户，按得分排序：`
      : `${r.total} ${r.total === 1 ? "account" : "accounts"}, best score first:`;
  return [head, ...lines].join("\n");
}

export function accountOverviewReply(r: AccountOverviewResult, lang: Lang): string {
  const a = r.account;
  const s = r.score;
  const zh = lang === "zh";
  const lines = [
    zh
      ? `**${a.name}**：${s ? `${tierText(s.tier, lang)}级，得分${num(s.total)}，策略「${label(lang, "strategy", s.strategy)}」，合作阶段「${label(lang, "lifecycle", s.lifecycle)}」。` : "尚无评分。"}`
      : `**${a.name}**: ${s ? `tier ${tierText(s.tier, lang)}, score ${num(s.total)}, strategy "${label(lang, "strategy", s.strategy)}", lifecycle "${label(lang, "lifecycle", s.lifecycle)}".` : "not scored yet."}`,
    zh
      ? `近一年销售额${money(r.metrics.revenue12m, lang)}（上年同期${money(r.metrics.revenuePrev12m, lang)}），钱包份额${pct(r.metrics.shareOfWallet)}。`
      : `Trailing-year revenue ${money(r.metrics.revenue12m, lang)} (prior year ${money(r.metrics.revenuePrev12m, lang)}), share of wallet ${pct(r.metrics.shareOfWallet)}.`,
  ];
  if (r.account.children.length)
    lines.push(`${zh ? "下属单位" : "Under it"}: ${r.account.children.join(zh ? "、" : ", ")}`);
  if (r.account.owner) lines.push(`${zh ? "负责人" : "Account owner"}: ${r.account.owner}`);
  if (r.contacts.key.length)
    lines.push(
      `${zh ? "关键人" : "Key people"}: ${r.contacts.key.map((c) => `${c.name}${paren(`${c.title ?? label(lang, "role", c.role)}${zh ? "，" : ", "}${label(lang, "attitude", c.attitude)}`, lang)}`).join(zh ? "、" : ", ")}`,
    );
  if (r.openOpportunities.length)
    lines.push(
      `${zh ? "在跟商机" : "Open opportunities"}: ${r.openOpportunities.map((o) => `${o.name}${paren(`${label(lang, "stage", o.stage)}${zh ? "，" : ", "}${money(o.amount, lang)}${o.expectedClose ? (zh ? `，预计${day(o.expectedClose, lang)}签` : `, expected to close ${day(o.expectedClose, lang)}`) : ""}${o.competitor ? (zh ? `，竞品${o.competitor}` : `, vs ${o.competitor}`) : ""}`, lang)}`).join(zh ? "、" : ", ")}`,
    );
  if (r.competitors?.length) lines.push(`${zh ? "竞品" : "Competitors"}: ${r.competitors.join(zh ? "、" : ", ")}`);
  if (r.receivables) lines.push(receivablesLine(r.receivables, lang));
  const riskList = r.risks
    .map((k) => {
      const detail = riskDetail(k, lang);
      const level = label(lang, "severity", k.severity);
      return `${label(lang, "risk", k.code)}${paren(detail ? `${detail}${zh ? "，" : ", "}${level}` : level, lang)}`;
    })
    .join(zh ? "、" : ", ");
  // "为啥还没付", "给了多少返点": what the notes say on it comes first, right after the account's line.
  const notes = r.notes ? notesLine(r.notes, lang) : null;
  if (notes) lines.splice(1, 0, notes);
  // "最后一次下单是啥时候", "去年买过啥": the orders asked about, right after the account's line.
  if (r.orders) lines.splice(1, 0, ...ordersLines(r.orders, lang));
  // "苕溪医院最近有什么风险": the answer leads with the risks, and says so when there are none.
  if (r.focus === "risks")
    lines.unshift(
      r.risks.length
        ? zh
          ? `**${a.name}** 的风险：${riskList}`
          : `Risks at **${a.name}**: ${riskList}`
        : zh
          ? `**${a.name}** 目前没有检测到风险信号。`
          : `No risk signals at **${a.name}** right now.`,
    );
  else if (r.risks.length) lines.push(`${zh ? "风险" : "Risks"}: ${riskList}`);
  if (r.nextActions.length)
    lines.push(
      `${zh ? "待办" : "Next actions"}: ${r.nextActions.map((x) => `${x.title}${paren(day(x.due, lang), lang)}`).join(zh ? "、" : ", ")}`,
    );
  // "最近有啥动静": what was said lately, unless the notes on a topic asked about already lead the reply.
  if (r.latest?.length && !notes)
    lines.push(`${zh ? "最近动态" : "Latest"}: ${r.latest.map((i) => saidLine(i, lang)).join(zh ? "；" : "; ")}`);
  return lines.join("\n");
}

/** "2026年11月16日 拜访（李志强）：“…”": one interaction with its note, as recorded. */
function saidLine(i: { date: string; kind: string; contactName: string | null; summary: string }, lang: Lang): string {
  const who = i.contactName ? paren(i.contactName, lang) : "";
  return `${day(i.date.slice(0, 10), lang)} ${label(lang, "interaction", i.kind)}${who}${lang === "zh" ? "：" : ": "}“${i.summary}”`;
}

/** "记录里关于付款：2026年11月5日 电话（Rahim Chowdhury）：“…”" / "Notes on payment: …", or that none says anything. */
function notesLine(n: NonNullable<AccountOverviewResult["notes"]>, lang: Lang): string | null {
  const zh = lang === "zh";
  const topic = noteTopicLabel(n.about, lang);
  // Nothing found for words taken from the question alone is no news; a topic asked about (付款) gets a plain "none".
  if (n.items.length === 0 && !asksNoteTopic(n.about)) return null;
  if (n.items.length === 0) return zh ? `记录里没有提到${topic}。` : `No note mentions ${topic}.`;
  const said = n.items.map((i) => saidLine(i, lang));
  return zh ? `记录里关于${topic}：${said.join("；")}` : `Notes on ${topic}: ${said.join("; ")}`;
}

/** "最近一次下单：2026年10月28日，维保合同，12万元" and, for a period asked, its orders with their count and total. */
function ordersLines(o: NonNullable<AccountOverviewResult["orders"]>, lang: Lang): string[] {
  const zh = lang === "zh";
  const one = (x: { date: string; amount: number; product: string | null }) =>
    [day(x.date, lang), x.product, money(x.amount, lang)].filter(Boolean).join(zh ? "，" : ", ");
  if (!o.last) return [zh ? "还没有订单记录。" : "No orders on record."];
  const out = [zh ? `最近一次下单：${one(o.last)}` : `Last order: ${one(o.last)}`];
  if (!o.from && !o.to) return out;
  const span = [o.from ? day(o.from, lang) : "", o.to ? day(o.to, lang) : ""].join(zh ? "至" : " to ");
  if (o.count === 0) return [...out, zh ? `${span}没有订单。` : `No orders from ${span}.`];
  out.push(
    zh
      ? `${span}的订单（${o.count}笔，合计${money(o.total, lang)}）：${o.items.map(one).join("；")}`
      : `Orders from ${span} (${o.count}, ${money(o.total, lang)} in all): ${o.items.map(one).join("; ")}`,
  );
  return out;
}

/** "应收：未回款72万元（其中逾期42万元），下一笔30万元2026年12月1日到期" / "Receivables: CNY 720k unpaid (…)". */
function receivablesLine(r: NonNullable<AccountOverviewResult["receivables"]>, lang: Lang): string {
  const zh = lang === "zh";
  const late = overdueText(r, lang);
  const overdue = late ? (zh ? `，其中${late}` : `, ${late}`) : "";
  const next = r.nextDueAt
    ? zh
      ? `，下一笔${money(r.nextDueAmount, lang)}${day(r.nextDueAt, lang)}到期`
      : `; next ${money(r.nextDueAmount, lang)} due ${day(r.nextDueAt, lang)}`
    : "";
  return zh
    ? `应收：未回款${money(r.unpaid, lang)}${overdue}${next}`
    : `Receivables: ${money(r.unpaid, lang)} unpaid${overdue}${next}`;
}

export function explainScoreReply(r: ExplainScoreResult, lang: Lang): string {
  const s = r.score;
  const zh = lang === "zh";
  const top = [...s.breakdown].sort((a, b) => b.weight * b.points - a.weight * a.points).slice(0, 3);
  const low = [...s.breakdown]
    .filter((d) => d.points < 40)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2);
  const head = zh
    ? `**${r.accountName}** 得分${num(s.total)}，${tierText(s.tier, lang)}级（${scorecardName(s.scorecard, lang)}）。九宫格「潜力-贡献」为${nineBox(s.segment.nineBox, lang)}，象限「${label(lang, "quadrant", s.segment.quadrant)}」，策略「${label(lang, "strategy", s.segment.strategy)}」。`
    : `**${r.accountName}** scores ${num(s.total)}: tier ${tierText(s.tier, lang)} (${scorecardName(s.scorecard, lang)}). Nine-box (potential-contribution) ${nineBox(s.segment.nineBox, lang)}, quadrant "${label(lang, "quadrant", s.segment.quadrant)}", strategy "${label(lang, "strategy", s.segment.strategy)}".`;
  const dim = (d: (typeof s.breakdown)[number]) =>
    `${label(lang, "dimension", d.dimension)} ${num(d.points)}${zh ? "分" : " pts"} × ${num(d.weight, 2)}`;
  const lines = [head, `${zh ? "主要加分" : "Strongest"}: ${top.map(dim).join(zh ? "；" : "; ")}`];
  if (low.length) lines.push(`${zh ? "短板" : "Weakest"}: ${low.map(dim).join(zh ? "；" : "; ")}`);
  if (s.risks.length)
    lines.push(
      `${zh ? "风险" : "Risks"}: ${s.risks.map((k) => `${label(lang, "risk", k.code)}${paren(label(lang, "severity", k.severity), lang)}`).join(zh ? "、" : ", ")}`,
    );
  return lines.join("\n");
}

/** "mid-high" is potential mid, contribution high: 中-高 / mid-high potential… in words. */
function nineBox(code: string, lang: Lang): string {
  const [p, c] = code.split("-");
  if (!p || !c) return code;
  return lang === "zh"
    ? `「潜力${label(lang, "level", p)}、贡献${label(lang, "level", c)}」`
    : `potential ${label(lang, "level", p)}, contribution ${label(lang, "level", c)}`;
}

/** The built-in scorecard by its name in words; a team's own scorecard by the name the team gave it. */
function scorecardName(code: string, lang: Lang): string {
  if (code === "default-kam") return lang === "zh" ? "默认大客户评分卡" : "default key-account scorecard";
  return lang === "zh" ? `评分卡「${code}」` : `scorecard "${code}"`;
}

export function compareAccountsReply(r: CompareAccountsResult, lang: Lang): string {
  const zh = lang === "zh";
  return r.rows
    .map((x) =>
      zh
        ? `**${x.name}**：得分${num(x.total)}（${tierText(x.tier, lang)}），策略「${label(lang, "strategy", x.strategy)}」，近一年${money(x.revenue12m, lang)}，增长${pct(x.growth)}，钱包份额${pct(x.shareOfWallet)}，流失风险${label(lang, "severity", x.churnLevel)}。`
        : `**${x.name}**: score ${num(x.total)} (${tierText(x.tier, lang)}), strategy "${label(lang, "strategy", x.strategy)}", revenue ${money(x.revenue12m, lang)}, growth ${pct(x.growth)}, share of wallet ${pct(x.shareOfWallet)}, churn risk ${label(lang, "severity", x.churnLevel)}.`,
    )
    .join("\n");
}

export function atRiskReply(r: AtRiskResult, lang: Lang): string {
  const zh = lang === "zh";
  const asked = r.risk ? label(lang, "risk", r.risk) : null;
  if (!r.items.length)
    return asked
      ? zh
        ? `目前没有客户有「${asked}」。`
        : `No account shows ${asked} right now.`
      : zh
        ? "目前没有流失风险中等以上的客户。"
        : "No account is at medium or high churn risk.";
  const sum = r.overdueTotal
    ? zh
      ? `，合计逾期${money(r.overdueTotal, lang)}`
      : `, ${money(r.overdueTotal, lang)} overdue in all`
    : "";
  const head = asked
    ? zh
      ? `有${r.total}个客户${asked}${sum}：`
      : `${r.total} ${r.total === 1 ? "account shows" : "accounts show"} ${asked}${sum}:`
    : zh
      ? `有${r.total}个客户存在流失风险：`
      : `${r.total} accounts are slipping:`;
  const lines = r.items.map(
    (a, i) =>
      `${i + 1}. ${a.name} — ${zh ? "风险分" : "risk"} ${a.churnScore}${paren(label(lang, "severity", a.churnLevel), lang)}: ${askedFirst(
        a.risks,
        r.risk,
      )
        .map((k) => withDetail(k, lang))
        .join(zh ? "；" : "; ")}`,
  );
  return [head, ...lines].join("\n");
}

/** The signal asked about leads each line. */
function askedFirst<T extends { code: string }>(risks: T[], asked?: string): T[] {
  return asked ? [...risks.filter((k) => k.code === asked), ...risks.filter((k) => k.code !== asked)] : risks;
}

/** A risk's label with what it is about: 回款逾期（逾期未回款9.5万元，最长逾期7天）/ late payment (CNY 95k overdue…). */
function withDetail(k: AtRiskResult["items"][number]["risks"][number], lang: Lang): string {
  const detail = riskDetail(k, lang);
  return `${label(lang, "risk", k.code)}${detail ? paren(detail, lang) : ""}`;
}
