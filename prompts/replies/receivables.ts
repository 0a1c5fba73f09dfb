import type { ReceivablesResult } from "../../tools/receivables";
import { day, money } from "../format";
import type { Lang } from "../labels";

/**
 * The overdue part with how long it has been owed: "逾期42万元（最早2026年10月1日到期，已逾期52天）" /
 * "CNY 420k overdue (oldest due Oct 1, 2026, 52 days late)". Null when nothing is overdue.
 */
export function overdueText(
  r: { overdue: number; overdueSince: string | null; overdueDays: number },
  lang: Lang,
): string | null {
  if (r.overdue <= 0) return null;
  const zh = lang === "zh";
  const since = r.overdueSince
    ? zh
      ? `（最早${day(r.overdueSince, lang)}到期，已逾期${r.overdueDays}天）`
      : ` (oldest due ${day(r.overdueSince, lang)}, ${r.overdueDays} ${r.overdueDays === 1 ? "day" : "days"} late)`
    : "";
  return zh ? `逾期${money(r.overdue, lang)}${since}` : `${money(r.overdue, lang)} overdue${since}`;
}

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
      ? [`未回款${money(i.unpaid, lang)}`, overdueText(i, lang), next]
      : [`${money(i.unpaid, lang)} unpaid`, overdueText(i, lang), next];
    return `${n + 1}. ${i.name} — ${parts.filter(Boolean).join(zh ? "，" : ", ")}`;
  });
  const more = r.more > 0 ? (zh ? `……另有${r.more}家` : `… and ${r.more} more`) : null;
  return [head, ...lines, ...(more ? [more] : [])].join("\n");
}
