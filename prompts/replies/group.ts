import type { GroupOverviewResult } from "../../tools/group-overview";
import { day, list, money, num, paren, pct } from "../format";
import { type Lang, label } from "../labels";

/** The group as a whole, then one line per member: score, tier, lifecycle, risks, last order, owner, whitespace. */
export function groupOverviewReply(r: GroupOverviewResult, lang: Lang): string {
  const zh = lang === "zh";
  const head = zh
    ? `**${r.group.name}** 集团汇总（${r.members.length}家）：近一年销售额${money(r.revenue12m, lang)}（上年同期${money(r.revenuePrev12m, lang)}，${pct(r.growth)}），按销售额加权得分${num(r.total)}。`
    : `**${r.group.name}** as a group (${r.members.length} members): trailing-year revenue ${money(r.revenue12m, lang)} (prior year ${money(r.revenuePrev12m, lang)}, ${pct(r.growth)}), revenue-weighted score ${num(r.total)}.`;
  const lines = r.members.map((m, i) => {
    const score = m.tier
      ? zh
        ? `${m.tier}级，得分${num(m.total)}，${label(lang, "lifecycle", m.lifecycle)}`
        : `tier ${m.tier}, score ${num(m.total)}, ${label(lang, "lifecycle", m.lifecycle)}`
      : zh
        ? "尚无评分"
        : "not scored yet";
    const risks = m.risks.length
      ? list(
          m.risks.map((k) => `${label(lang, "risk", k.code)}${paren(label(lang, "severity", k.severity), lang)}`),
          lang,
        )
      : zh
        ? "无风险信号"
        : "no risk signals";
    const last = m.lastOrderAt ? day(m.lastOrderAt, lang) : zh ? "从未下单" : "never ordered";
    const owes = m.receivables
      ? zh
        ? `；未回款${money(m.receivables.unpaid, lang)}${m.receivables.overdue ? `（逾期${money(m.receivables.overdue, lang)}）` : ""}`
        : `; unpaid ${money(m.receivables.unpaid, lang)}${m.receivables.overdue ? ` (${money(m.receivables.overdue, lang)} overdue)` : ""}`
      : "";
    const owner = m.owner ?? (zh ? "无负责人" : "no owner");
    const space = m.whitespace.slice(0, 3).map((p) => p.name);
    const gap = space.length
      ? zh
        ? `；集团内其他单位在买、此处未买：${list(space, lang)}`
        : `; bought elsewhere in the group, not here: ${list(space, lang)}`
      : "";
    return zh
      ? `${i + 1}. ${m.name}：${score}；近一年${money(m.revenue12m, lang)}${owes}；风险：${risks}；最近订单${last}；负责人${owner}${gap}`
      : `${i + 1}. ${m.name}: ${score}; trailing year ${money(m.revenue12m, lang)}${owes}; risks: ${risks}; last order ${last}; owner ${owner}${gap}`;
  });
  const owed = r.receivables
    ? zh
      ? `集团合计未回款${money(r.receivables.unpaid, lang)}${r.receivables.overdue ? `，其中逾期${money(r.receivables.overdue, lang)}` : ""}。`
      : `Owed across the group: ${money(r.receivables.unpaid, lang)} unpaid${r.receivables.overdue ? `, ${money(r.receivables.overdue, lang)} of it overdue` : ""}.`
    : null;
  const deals = r.openDeals.map((d) => {
    const facts = [
      money(d.amount, lang),
      label(lang, "stage", d.stage),
      d.expectedClose
        ? zh
          ? `预计${day(d.expectedClose, lang)}签`
          : `expected to close ${day(d.expectedClose, lang)}`
        : "",
      d.competitor ? (zh ? `竞品${d.competitor}` : `vs ${d.competitor}`) : "",
    ].filter(Boolean);
    return `${d.name} · ${d.accountName}${paren(facts.join(zh ? "，" : ", "), lang)}`;
  });
  const more = r.openDealCount - r.openDeals.length;
  const open = deals.length
    ? zh
      ? `集团在跟商机（${r.openDealCount}笔${more > 0 ? `，列出最大的${deals.length}笔` : ""}）：${deals.join("；")}。`
      : `Open deals across the group (${r.openDealCount}${more > 0 ? `, the ${deals.length} biggest shown` : ""}): ${deals.join("; ")}.`
    : null;
  return [head, ...(owed ? [owed] : []), ...(open ? [open] : []), ...lines].join("\n");
}
