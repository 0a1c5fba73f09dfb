import type { CompetitorDealsResult } from "../../tools/competitor-deals";
import type { FindDealsResult } from "../../tools/find-deals";
import { day, money, paren } from "../format";
import { type Lang, label } from "../labels";

/** The list's first line, by which of the competitor's deals are shown. */
const HEAD: Record<CompetitorDealsResult["status"], { zh: (who: string) => string; en: string }> = {
  open: { zh: (who) => `${who}在跟我们抢的单子`, en: "open against" },
  lost: { zh: (who) => `丢给${who}的单子`, en: "lost to" },
  won: { zh: (who) => `赢过${who}的单子`, en: "won against" },
  all: { zh: (who) => `涉及${who}的单子`, en: "involving" },
};

/** "谱瑞仪器在跟我们抢的单子（2笔）：…", "Deals lost to Orbis (1): …". */
export function competitorDealsReply(r: CompetitorDealsResult, lang: Lang): string {
  const zh = lang === "zh";
  const who = r.competitor ?? (zh ? "竞争对手" : "competitors");
  const head = HEAD[r.status];
  const lost = r.recentlyLost?.length
    ? [
        zh
          ? `近一年已丢给${who}的（${r.recentlyLost.length}笔）：`
          : `Lost to ${who} in the past year (${r.recentlyLost.length}):`,
        ...r.recentlyLost.map((d, i) => dealLine(d, i, r.competitor, lang)),
      ]
    : [];
  if (!r.items.length)
    return [zh ? `你的客户里没有${head.zh(who)}记录。` : `No deals ${head.en} ${who} on your accounts.`, ...lost].join(
      "\n",
    );
  const sum = r.total > 1 && r.amount > 0 ? money(r.amount, lang) : "";
  const title = zh
    ? `${head.zh(who)}（${r.total}笔${sum ? `，合计${sum}` : ""}）：`
    : `Deals ${head.en} ${who} (${r.total}${sum ? `, ${sum} in all` : ""}):`;
  return [title, ...r.items.map((d, i) => dealLine(d, i, r.competitor, lang)), ...lost].join("\n");
}

type DealRow = {
  name: string;
  accountName: string;
  status: string;
  stage: string;
  amount: number | null;
  expectedClose: string | null;
  closedAt: string | null;
  competitor: string | null;
};

/** One deal of a list: "1. 客户 — 单子（金额，阶段，预计…签，对手…）"; the rival left out when the list is one rival's. */
function dealLine(d: DealRow, i: number, rival: string | null, lang: Lang): string {
  const zh = lang === "zh";
  const when =
    d.status === "open"
      ? d.expectedClose
        ? zh
          ? `预计${day(d.expectedClose, lang)}签`
          : `expected ${day(d.expectedClose, lang)}`
        : ""
      : d.closedAt
        ? zh
          ? `${day(d.closedAt, lang)}${d.status === "lost" ? "丢单" : "赢单"}`
          : `${d.status} ${day(d.closedAt, lang)}`
        : "";
  const vs = rival || !d.competitor ? "" : zh ? `对手${d.competitor}` : `vs ${d.competitor}`;
  const facts = [money(d.amount, lang), d.status === "open" ? label(lang, "stage", d.stage) : "", when, vs]
    .filter(Boolean)
    .join(zh ? "，" : ", ");
  return `${i + 1}. ${d.accountName} — ${d.name}${paren(facts, lang)}`;
}

/** What a deal list's status says in its first line. */
const DEALS_HEAD: Record<FindDealsResult["status"], { zh: string; en: string }> = {
  open: { zh: "在跟的单子", en: "Open deals" },
  won: { zh: "赢下的单子", en: "Deals won" },
  lost: { zh: "丢掉的单子", en: "Deals lost" },
  all: { zh: "单子", en: "Deals" },
};

/** "符合条件的在跟的单子（3笔，合计860万元）：1. 客户 — 单子（金额，阶段，预计…签，对手…）", by size or by date. */
export function findDealsReply(r: FindDealsResult, lang: Lang): string {
  const zh = lang === "zh";
  const whose = r.ownerName ? (zh ? `${r.ownerName}的客户里` : ` on ${r.ownerName}'s accounts`) : "";
  const head = DEALS_HEAD[r.status];
  if (!r.items.length) return zh ? `${whose}没有符合条件的${head.zh}。` : `No ${head.en.toLowerCase()} match${whose}.`;
  const order = r.sortBy === "close" ? (zh ? "按日期先后" : "soonest first") : zh ? "按金额从大到小" : "biggest first";
  const title = zh
    ? `${whose}符合条件的${head.zh}（${r.total}笔，合计${money(r.totalAmount, lang)}，${order}）：`
    : `${head.en}${whose} (${r.total}, ${money(r.totalAmount, lang)} in all, ${order}):`;
  const lines = r.items.map((d, i) => dealLine(d, i, null, lang));
  // "pipeline按阶段拆一下": the totals stage by stage come first, then the deals.
  const stages = (r.byStage ?? []).map((t) =>
    zh
      ? `- ${label(lang, "stage", t.stage)}：${t.count}笔，${money(t.amount, lang)}`
      : `- ${label(lang, "stage", t.stage)}: ${t.count}, ${money(t.amount, lang)}`,
  );
  if (stages.length) lines.unshift(zh ? "按阶段：" : "By stage:", ...stages, zh ? "明细：" : "The deals:");
  if (r.more > 0) lines.push(zh ? `……另有${r.more}笔` : `… and ${r.more} more`);
  return [title, ...lines].join("\n");
}
