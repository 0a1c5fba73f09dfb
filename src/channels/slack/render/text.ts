import type { KnownBlock } from "@slack/types";
import { dayInWords } from "../../../../prompts/format";
import type { Lang } from "./labels";

/** Slack's limits (docs.slack.dev, "Blocks"): per message, per section text, per header, per button label. */
export const LIMITS = { blocks: 50, sectionText: 3000, header: 150, button: 75, fallbackText: 3000 } as const;

/**
 * Text from our data (account names, notices, people) is shown, never obeyed: `&`, `<` and `>` are escaped so a name
 * like `<!channel>` cannot ping a channel or become a link.
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The reply's light Markdown (bold, headings, bullets) as Slack mrkdwn, escaped. */
export function toMrkdwn(markdown: string): string {
  return escapeText(markdown)
    .replace(/\*\*(.+?)\*\*/g, "*$1*")
    .replace(/^#{1,6}\s+(.+)$/gm, "*$1*")
    .replace(/^\s*[-*]\s+/gm, "• ");
}

/** Cuts text to `max` characters, ending with an ellipsis when it was cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function section(mrkdwn: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text: clip(mrkdwn, LIMITS.sectionText) } };
}

/** A section of several lines, split over as many sections as Slack's per-section limit needs. */
export function sections(lines: string[]): KnownBlock[] {
  const out: KnownBlock[] = [];
  let current = "";
  for (const line of lines.map((l) => clip(l, LIMITS.sectionText))) {
    if (current && current.length + 1 + line.length > LIMITS.sectionText) {
      out.push(section(current));
      current = "";
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(section(current));
  return out;
}

export function header(text: string): KnownBlock {
  return { type: "header", text: { type: "plain_text", text: clip(text, LIMITS.header), emoji: true } };
}

export function context(mrkdwn: string): KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text: clip(mrkdwn, LIMITS.sectionText) }] };
}

export const divider = (): KnownBlock => ({ type: "divider" });

/**
 * A local date or date-time as people read it, the year only when it is not `today`'s: 12月14日 09:30 / Dec 14,
 * 09:30; 2027年1月5日 / Jan 5, 2027.
 */
export function when(iso: string | null | undefined, lang: Lang, today?: string): string {
  if (!iso) return "—";
  return dayInWords(iso, lang, today);
}

/** Whole calendar days from `today` to the date part of `iso`; null when unreadable. */
export function daysUntil(iso: string | null | undefined, today: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(today);
  if (!d || !t) return null;
  return Math.round((Date.UTC(+d[1], +d[2] - 1, +d[3]) - Date.UTC(+t[1], +t[2] - 1, +t[3])) / 86_400_000);
}

/** A label's colon in the language's own punctuation. */
export const colon = (lang: Lang) => (lang === "zh" ? "：" : ": ");
