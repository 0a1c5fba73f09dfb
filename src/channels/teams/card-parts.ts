/** Small builders for Adaptive Cards 1.5 elements; every card Furrow sends to Teams is made of these. */
import { dayInWords } from "../../../prompts/format";
import type { Lang } from "../../../prompts/labels";

export type Element = Record<string, unknown>;
export type AdaptiveCard = {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  body: Element[];
  actions?: Element[];
  msteams?: { width: "Full" };
};

export const ADAPTIVE_CARD_TYPE = "application/vnd.microsoft.card.adaptive";

export function card(body: Element[], actions: Element[] = []): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: "Full" },
  };
}

export function title(text: string, subtitle?: string | null): Element[] {
  return [
    { type: "TextBlock", text, weight: "Bolder", size: "Medium", wrap: true, style: "heading" },
    ...(subtitle ? [{ type: "TextBlock", text: subtitle, isSubtle: true, spacing: "None", wrap: true }] : []),
  ];
}

export function text(value: string, opts: Element = {}): Element {
  return { type: "TextBlock", text: value, wrap: true, ...opts };
}

/** Label/value pairs; empty values are left out rather than shown as blanks. */
export function facts(pairs: [string, string | null | undefined][]): Element[] {
  const kept = pairs.filter(([, v]) => v != null && v !== "");
  return kept.length === 0 ? [] : [{ type: "FactSet", facts: kept.map(([t, v]) => ({ title: t, value: v })) }];
}

/** A headed list of lines ("• …"); nothing when there are no lines. */
export function section(heading: string, lines: string[]): Element[] {
  if (lines.length === 0) return [];
  return [text(heading, { weight: "Bolder", spacing: "Medium" }), text(lines.map((l) => `- ${l}`).join("\n"))];
}

export function table(columns: string[], rows: (string | number | null | undefined)[][]): Element {
  const cell = (v: string | number | null | undefined, bold = false) => ({
    type: "TableCell",
    items: [text(v == null || v === "" ? "—" : String(v), bold ? { weight: "Bolder" } : {})],
  });
  return {
    type: "Table",
    firstRowAsHeader: true,
    columns: columns.map(() => ({ width: 1 })),
    rows: [
      { type: "TableRow", cells: columns.map((c) => cell(c, true)) },
      ...rows.map((r) => ({ type: "TableRow", cells: columns.map((_, i) => cell(r[i])) })),
    ],
  };
}

/**
 * A local date or date-time in words, the year only when it is not `today`'s: 12月14日 09:30 / Dec 14, 09:30;
 * 2027年1月5日 / Jan 5, 2027. Never an ISO string.
 */
export function when(iso: string | null | undefined, lang: Lang, today?: string): string {
  if (!iso) return "—";
  return dayInWords(iso, lang, today);
}

/** An ISO day or date-time cell (a last contact, a close date), as opposed to any other text. */
export const isIsoDay = (v: unknown): v is string =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.test(v);

export function percent(fraction: number | null | undefined): string {
  return fraction == null || !Number.isFinite(fraction) ? "—" : `${Math.round(fraction * 100)}%`;
}
