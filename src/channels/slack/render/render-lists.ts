import type { KnownBlock } from "@slack/types";
import { money, num, pct } from "../../../../prompts/format";
import { label, noteText } from "../../../../prompts/labels";
import { readableTable } from "../../../../prompts/table-words";
import type { Card, TenderMatchView } from "../../../agent/cards";
import { type Lang, ui } from "./labels";
import { daysUntil, escapeText, header, sections, when } from "./text";

type AccountsCard = Extract<Card, { kind: "accounts" }>;
type TableCard = Extract<Card, { kind: "table" }>;

/** Tenders by deadline (soonest first, none last), each with its account, kind, deadline and prediction. */
export function renderTenders(items: TenderMatchView[], lang: Lang, today: string): KnownBlock[] {
  const sorted = [...items].sort((a, b) => (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999"));
  const lines = sorted.map((t) => {
    const left = daysUntil(t.deadline, today);
    const deadline = t.deadline
      ? `${ui(lang, "deadline")} ${when(t.deadline, lang, today)}${left != null && left >= 0 ? (lang === "zh" ? `（还剩 ${left} 天）` : ` (${left} days left)`) : ""}`
      : ui(lang, "noDeadline");
    const facts = [
      label(lang, "tenderKind", t.kind),
      deadline,
      t.predicted?.value != null ? `${ui(lang, "predictedValue")} ${money(t.predicted.value, lang)}` : null,
      t.predicted ? `${ui(lang, "winProbability")} ${pct(t.predicted.winProbability, 0)}` : null,
    ].filter(Boolean);
    return `• *${escapeText(t.projectName ?? "—")}* — ${escapeText(t.accountName)}\n    ${facts.join(" · ")}`;
  });
  return [header(ui(lang, "tenders")), ...sections(lines.length ? lines : [ui(lang, "empty")])];
}

/** A compact table: one line per account with tier, total and strategy. */
export function renderAccounts(card: AccountsCard, lang: Lang): KnownBlock[] {
  const lines = card.data.items.map((a, i) => {
    const facts = [
      a.tier
        ? `${a.tier}${lang === "zh" ? `（${label(lang, "tier", a.tier)}）` : ` (${label(lang, "tier", a.tier)})`}`
        : null,
      a.total != null ? num(a.total, 2) : null,
      a.strategy ? label(lang, "strategy", a.strategy) : null,
      a.note ? escapeText(noteText(a.note, lang)) : null,
    ].filter(Boolean);
    return `${i + 1}. *${escapeText(a.name)}*${facts.length ? ` — ${facts.join(" · ")}` : ""}`;
  });
  return [header(ui(lang, "accounts")), ...sections(lines.length ? lines : [ui(lang, "empty")])];
}

/** A generic table: a header line, then one line per row (Slack messages have no grid that fits Chinese text). */
export function renderTable(card: TableCard, lang: Lang, today: string): KnownBlock[] {
  // Column names and coded cells in the reader's words (weighted → 加权, this_quarter → 本季度).
  const table = readableTable(card.title, card.data, lang);
  const cols = table.columns.map((c) => escapeText(c));
  const rows = table.rows.map(
    (r) =>
      `• ${r.map((v, i) => (i === 0 ? `*${cell(v, lang, today)}*` : `${cols[i] ?? ""} ${cell(v, lang, today)}`)).join(" · ")}`,
  );
  return [header(table.title), ...sections(rows.length ? [`_${cols.join(" · ")}_`, ...rows] : [ui(lang, "empty")])];
}

/** Cells as people read them: numbers rounded for reading, ISO dates in words. */
const cell = (v: string | number | null, lang: Lang, today: string) =>
  v == null
    ? "—"
    : typeof v === "number"
      ? num(v, 2)
      : /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/.test(v)
        ? when(v, lang, today)
        : escapeText(v);
