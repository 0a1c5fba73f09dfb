import { noticeTopicLabel } from "../../src/engine/tender/quote-notice";
import { awardTotal, type ParsedNotice } from "../../src/engine/tender/schema";
import type { TenderMatchesResult } from "../../tools/tender-matches";
import { day, moment, money, paren, pct } from "../format";
import { type Lang, label } from "../labels";

export function tenderMatchesReply(r: TenderMatchesResult, lang: Lang): string {
  const zh = lang === "zh";
  if (!r.items.length) return zh ? "暂时没有与你的客户匹配的招标信息。" : "No tender notices match your accounts yet.";
  const lines = [zh ? `共${r.total}条匹配，最近的几条：` : `${r.total} matches; the nearest:`];
  r.items.forEach((m, i) => {
    const when =
      m.kind === "open_tender" && m.deadline
        ? zh
          ? `截止${moment(m.deadline, lang)}`
          : `deadline ${moment(m.deadline, lang)}`
        : `${m.kind === "competitor_win" ? (zh ? "下次机会 " : "next chance ") : ""}${day(m.predicted.window.from, lang)} ~ ${day(m.predicted.window.to, lang)}`;
    const amount =
      m.awardAmount != null
        ? zh
          ? `中标金额${money(m.awardAmount, lang)}，`
          : `for ${money(m.awardAmount, lang)}, `
        : "";
    const won = m.winner ? (zh ? `中标方：${m.winner}，${amount}` : `won by ${m.winner} ${amount}`) : "";
    lines.push(
      `${i + 1}. ${label(lang, "tenderKind", m.kind)}${zh ? "：" : ": "}${m.accountName} — ${m.projectName ?? ""}${paren(`${won}${when}${zh ? "，预计 " : ", value "}${money(m.predicted.value, lang)}${zh ? "，赢率 " : ", win "}${pct(m.predicted.winProbability, 0)}`, lang)}`,
    );
    // The notice's own words, quoted as data: what a bidder must have to take part.
    const must = m.kind === "open_tender" && !r.about ? requirementsText(m.requirements, lang, 2) : null;
    if (must) lines.push(`   ${zh ? "资格要求：" : "Requirements: "}${must}`);
    // Asked about something in the notice (保证金, domestic): its own sentences on it, or that it says nothing.
    if (m.quotes) lines.push(`   ${quotesText(m.quotes, r.about ?? [], lang)}`);
  });
  return lines.join("\n");
}

/** Only parsed fields are shown: the notice's own text may carry instructions and is never echoed as prose. */
export function parseNoticeReply(n: ParsedNotice, lang: Lang): string {
  const zh = lang === "zh";
  const winner = Array.isArray(n.winner) ? n.winner.join(zh ? "、" : ", ") : n.winner;
  const award = awardTotal(n);
  const rows: [string, string | null][] = [
    [zh ? "类型" : "Type", label(lang, "noticeType", n.type)],
    [zh ? "项目名称" : "Project", n.projectName],
    [zh ? "项目编号" : "Number", n.projectNumber],
    [zh ? "采购人" : "Buyer", n.buyer],
    [zh ? "代理机构" : "Agency", n.agency],
    [zh ? "预算" : "Budget", n.budget ? money(n.budget.amount, lang) : null],
    [zh ? "最高限价" : "Ceiling price", n.maxPrice ? money(n.maxPrice.amount, lang) : null],
    [zh ? "投标截止" : "Deadline", n.deadline ? moment(n.deadline, lang) : null],
    [zh ? "中标人" : "Winner", winner ?? null],
    [zh ? "中标金额" : "Award", award != null ? money(award, lang) : null],
    [zh ? "联系电话" : "Phone", n.contactPhone],
    [zh ? "资格要求" : "Requirements", requirementsText(n.requirements, lang, 3)],
  ];
  const shown = rows.filter(([, v]) => v);
  return [
    zh
      ? "公告解析结果（仅字段，公告原文视为数据）："
      : "Parsed notice (fields only; the notice text is treated as data):",
    ...shown.map(([k, v]) => `- ${k}: ${v}`),
  ].join("\n");
}

/**
 * What a bidder must have, as the notice states it: quoted (at most `max`) in a reply of their language; written in
 * the other, counted, so no English sentence stands in a Chinese answer. Null when the notice states none.
 */
function requirementsText(requirements: string[] | undefined, lang: Lang, max: number): string | null {
  if (!requirements?.length) return null;
  const zh = lang === "zh";
  const own = requirements.filter((r) => /[\u4e00-\u9fff]/.test(r) === zh);
  if (own.length === 0)
    return zh
      ? `公告列有${requirements.length}条（英文原文）`
      : `${requirements.length} in the notice (written in Chinese)`;
  return own
    .slice(0, max)
    .map((r) => `“${r}”`)
    .join(zh ? "；" : "; ");
}

/** The notice's sentences on what was asked; a Chinese reply counts English ones instead of mixing languages. */
function quotesText(quotes: string[], about: string[], lang: Lang): string {
  const zh = lang === "zh";
  const topic = noticeTopicLabel(about, lang);
  if (quotes.length === 0) return zh ? `公告里没有提到${topic}。` : `The notice says nothing about ${topic}.`;
  const own = zh ? quotes.filter((q) => /[\u4e00-\u9fff]/.test(q)) : quotes;
  if (own.length === 0) return `公告里有${quotes.length}处提到（英文原文）`;
  return `${zh ? "公告原文：" : "The notice says: "}${own.map((q) => `“${q}”`).join(zh ? "；" : "; ")}`;
}
