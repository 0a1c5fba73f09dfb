import type { CompetitorDealsResult } from "../../tools/competitor-deals";
import { day, money, paren } from "../format";
import { type Lang, label } from "../labels";

const STATUS_ZH = { open: "在跟", lost: "丢给", won: "赢过", all: "涉及" } as const;
const STATUS_EN = { open: "open against", lost: "lost to", won: "won against", all: "involving" } as const;

/** "谱瑞仪器在跟我们抢的单子（2笔）：…", "Deals lost to Orbis (1): …". */
export function competitorDealsReply(r: CompetitorDealsResult, lang: Lang): string {
  const zh = lang === "zh";
  const who = r.competitor ?? (zh ? "竞争对手" : "competitors");
  if (!r.items.length)
    return zh
      ? `你的客户里没有${STATUS_ZH[r.status]}${who}的单子记录。`
      : `No deals ${STATUS_EN[r.status]} ${who} on your accounts.`;
  const head = zh
    ? r.status === "open"
      ? `${who}在跟我们抢的单子（${r.total}笔）：`
      : r.status === "lost"
        ? `丢给${who}的单子（${r.total}笔）：`
        : r.status === "won"
          ? `赢过${who}的单子（${r.total}笔）：`
          : `涉及${who}的单子（${r.total}笔）：`
    : `Deals ${STATUS_EN[r.status]} ${who} (${r.total}):`;
  const lines = r.items.map((d, i) => {
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
    const rival = r.competitor ? "" : zh ? `对手${d.competitor}` : `vs ${d.competitor}`;
    const facts = [money(d.amount, lang), d.status === "open" ? label(lang, "stage", d.stage) : "", when, rival]
      .filter(Boolean)
      .join(zh ? "，" : ", ");
    return `${i + 1}. ${d.accountName} — ${d.name}${paren(facts, lang)}`;
  });
  return [head, ...lines].join("\n");
}
