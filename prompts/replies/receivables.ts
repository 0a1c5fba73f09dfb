import type { ReceivablesResult } from "../../tools/receivables";
import { day, money } from "../format";
import type { Lang } from "../labels";

/** What the accounts owe: totals first, then one line per account with its overdue part and the next due date. */
export function receivablesReply(r: ReceivablesResult, lang: Lang): string {
  const zh = lang === "zh";
  if (r.items.length === 0)
    return r.due === "not_due"
      ? zh
        ? "没有还未到期的应收款。"
        : "Nothing owed that is not yet due."
      : r.due === "overdue"
        ? zh
          ? "没有逾期的应收款。"
          : "Nothing owed is past due."
        : zh
          ? "你的客户没有未回款。"
          : "Your accounts owe nothing.";
  const t = r.totals;
  const head =
    r.due === "not_due"
      ? zh
        ? `${r.total}个客户有未到期的应收款，合计${money(t.notDue, lang)}：`
        : `${r.total} ${r.total === 1 ? "account owes" : "accounts owe"} ${money(t.notDue, lang)} not yet due:`
      : r.due === "overdue"
        ? zh
          ? `${r.total}个客户有逾期应收款，合计${money(t.overdue, lang)}：`
          : `${r.total} ${r.total === 1 ? "account has" : "accounts have"} ${money(t.overdue, lang)} past due:`
        : zh
          ? `${r.total}个客户有未回款，合计${money(t.unpaid, lang)}（其中逾期${money(t.overdue, lang)}，未到期${money(t.notDue, lang)}）：`
          : `${r.total} ${r.total === 1 ? "account owes" : "accounts owe"} ${money(t.unpaid, lang)} (${money(t.overdue, lang)} overdue, ${money(t.notDue, lang)} not yet due):`;
  const lines = r.items.map((i, n) => {
    const next = i.nextDueAt
      ? zh
        ? `下一笔${money(i.nextDueAmount, lang)}于${day(i.nextDueAt, lang)}到期`
        : `next ${money(i.nextDueAmount, lang)} due ${day(i.nextDueAt, lang)}`
      : null;
    const parts = zh
      ? [`未回款${money(i.unpaid, lang)}`, i.overdue ? `逾期${money(i.overdue, lang)}` : null, next]
      : [`${money(i.unpaid, lang)} unpaid`, i.overdue ? `${money(i.overdue, lang)} overdue` : null, next];
    return `${n + 1}. ${i.name} — ${parts.filter(Boolean).join(zh ? "，" : ", ")}`;
  });
  return [head, ...lines].join("\n");
}
