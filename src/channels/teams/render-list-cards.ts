/** Tender matches, account lists, tables and clarifying questions as Adaptive Cards. */
import { money, num } from "../../../prompts/format";
import { label, noteText } from "../../../prompts/labels";
import { readableTable } from "../../../prompts/table-words";
import type { Card, TenderMatchView } from "../../agent/cards";
import { daysUntil } from "../web/widget/format";
import { type Lang, t } from "../web/widget/i18n";
import {
  type AdaptiveCard,
  card,
  type Element,
  facts,
  isIsoDay,
  percent,
  table,
  text,
  title,
  when,
} from "./card-parts";

export function tendersCard(items: TenderMatchView[], lang: Lang, today: string): AdaptiveCard {
  if (items.length === 0) return card([...title(t(lang, "tenders")), text(t(lang, "empty"), { isSubtle: true })]);
  return card([...title(t(lang, "tenders"), String(items.length)), ...items.map((m) => tenderItem(m, lang, today))]);
}

function tenderItem(m: TenderMatchView, lang: Lang, today: string): Element {
  const days = daysUntil(m.deadline, today);
  const left =
    days == null
      ? ""
      : days < 0
        ? t(lang, "closed")
        : days === 0
          ? t(lang, "dueToday")
          : t(lang, "daysLeft", { n: days });
  return {
    type: "Container",
    separator: true,
    spacing: "Medium",
    items: [
      text(`**${label(lang, "tenderKind", m.kind)}** · ${m.projectName ?? "—"}`),
      text(m.accountName, { isSubtle: true, spacing: "None" }),
      ...facts([
        [t(lang, "deadline"), m.deadline ? `${when(m.deadline, lang, today)}${left ? ` · ${left}` : ""}` : null],
        [t(lang, "predictedValue"), money(m.predicted?.value, lang)],
        [t(lang, "winProbability"), percent(m.predicted?.winProbability)],
        [lang === "zh" ? "匹配度" : "Confidence", percent(m.confidence)],
      ]),
    ],
  };
}

type AccountsData = Extract<Card, { kind: "accounts" }>["data"];

export function accountsCard(data: AccountsData, lang: Lang): AdaptiveCard {
  const items = data.items ?? [];
  const hasNote = items.some((i) => i.note);
  const columns = [t(lang, "account"), t(lang, "tier"), t(lang, "total"), t(lang, "strategy")];
  if (hasNote) columns.push(t(lang, "note"));
  const rows = items.map((a) => {
    const row = [
      a.name,
      a.tier ? `${a.tier} · ${label(lang, "tier", a.tier)}` : null,
      a.total == null ? null : num(a.total, 2),
      a.strategy ? label(lang, "strategy", a.strategy) : null,
    ];
    if (hasNote) row.push(noteText(a.note, lang));
    return row;
  });
  return card([...title(t(lang, "accounts"), String(items.length)), table(columns, rows)]);
}

export function tableCard(
  heading: string,
  data: Extract<Card, { kind: "table" }>["data"],
  lang: Lang,
  today: string,
): AdaptiveCard {
  // Column names and coded cells in the reader's words (weighted → 加权, this_quarter → 本季度).
  const readable = readableTable(heading, data, lang);
  const rows = readable.rows.map((r) =>
    r.map((v) => (typeof v === "number" ? v.toLocaleString("en") : isIsoDay(v) ? when(v, lang, today) : v)),
  );
  return card([...title(readable.title), table(readable.columns, rows)]);
}

/** Each option posts its message back as if the person had typed it (Teams' imBack). */
export function choicesCard(data: Extract<Card, { kind: "choices" }>["data"], lang: Lang): AdaptiveCard {
  return card(
    [...title(t(lang, "choicesTitle")), text(data.question)],
    data.options.map((o) => ({
      type: "Action.Submit",
      title: o.label,
      data: { msteams: { type: "imBack", value: o.message } },
    })),
  );
}
