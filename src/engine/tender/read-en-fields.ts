// Small readers for English notices: labelled lines, sentences, money and phone numbers.
import { EN_LABELS, FBO_TAGS, FBO_TYPES } from "./en-notice-cues";
import type { NoticeType } from "./schema";

// "two.1.1) Title", "II.1.1) Title", "5.1.12 Deadline", "(iv) Contact": section numbering before a label
const SECTION_NO = /^(?:\(?[ivx]{1,4}\)|[a-z]+(?:\.\d+)+\)|[IVX]+(?:\.\d+)*\)|\d+(?:\.\d+)+\)?|\(?\d{1,3}[.)])\s*/;

// "Contract Value (AUD)", "Estimated Value (£)": a currency in brackets after the label is no part of it
const CURRENCY_NOTE = /\s*\((?:[A-Z]{3}|[$£€])\)$/;
const LABELS = Object.entries(EN_LABELS);
const fieldsOf = (label: string) => {
  const bare = label.replace(CURRENCY_NOTE, "");
  return LABELS.filter(([, re]) => re.test(bare)).map(([field]) => field);
};
// "Supplier Details / Name: Acme Ltd": a heading over a generic "Name:" line gives its value to the heading
const GENERIC_NAME = /^(?:(?:legal |trading |registered )?name|official name)\s*:\s*(.+)$/i;

/** A line that is only a label ("Notice ID", "Close Date & Time"): web pages pasted as text put the value below it. */
export function labelOnly(line: string): string[] {
  const bare = line.replace(SECTION_NO, "").replace(/[:.]$/, "").trim();
  return bare.length <= 90 && !bare.includes(":") ? fieldsOf(bare.replace(/\s+/g, " ")) : [];
}

/**
 * `Label: value` pairs of every line, by field of EN_LABELS, in order ("Contact: Jo Smith, Tel: 555 0100"
 * gives two; a label may also open a sentence); a label alone on its line takes the next line as its value (a deadline the next four, where
 * pages print "Date / 23 February 2026 / Local time / 12:00pm").
 */
export function readEnLabels(lines: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (field: string, value: string) => out.set(field, [...(out.get(field) ?? []), value]);
  lines.forEach((line, i) => {
    const alone = labelOnly(line);
    if (alone.length) {
      const next = lines[i + 1];
      // "1.1 Buyer / Official name: Gemeente Ostveld": a labelled line below speaks for itself
      if (next && !labelOnly(next).length && !fieldsOf(/^([^:]{1,60}):/.exec(next)?.[1].trim() ?? "").length)
        for (const field of alone)
          add(
            field,
            field === "deadline" ? lines.slice(i + 1, i + 5).join(" ") : (GENERIC_NAME.exec(next)?.[1] ?? next),
          );
      return;
    }
    const marks = [
      ...line
        .replace(SECTION_NO, (m) => " ".repeat(m.length))
        .matchAll(/(?:^\s*|[,;(]\s*|\.\s+)([A-Za-z][A-Za-z .'#/&()₹$£€-]{0,40}?)\s*:(?!\/\/)\s*/g),
    ];
    marks.forEach((m, k) => {
      // "Base and All Options Value (Total Contract Value): $…" is read from its bracket
      const label = m[1]
        .trim()
        .replace(/\s+/g, " ")
        .replace(/^([^(]*)\)$/, "$1");
      const start = (m.index ?? 0) + m[0].length;
      const end = k + 1 < marks.length ? (marks[k + 1].index ?? line.length) : line.length;
      const value = line
        .slice(start, end)
        .trim()
        .replace(/[,;.\s]+$/, "");
      if (value) for (const field of fieldsOf(label)) add(field, value);
    });
  });
  return out;
}

/** A FedBizOpps feed record (`<AMDCSS>` then `<TAG>value` lines) as its kind and `Label: value` lines. */
export function readFboRecord(text: string): { type: NoticeType; lines: string[]; respDate: string | null } | null {
  // the root tag opens the record; pasted from a page it may have lost its brackets ("PRESOL" … "</PRESOL>")
  const root =
    /^<([A-Z]{2,10})>\s*$/m.exec(text.slice(0, 200)) ?? /^\s*([A-Z]{2,10})\s*\n\s*<[A-Z]+>/.exec(text.slice(0, 200));
  if (!root || !(root[1] in FBO_TYPES)) return null;
  const lines: string[] = [];
  let respDate: string | null = null;
  for (const line of text.split("\n")) {
    const m = /^\s*<\/?([A-Z]+)>(.*)$/.exec(line);
    if (line.trim() === root[1]) continue;
    if (!m) {
      lines.push(line);
      continue;
    }
    const [tag, value] = [m[1], m[2].trim()];
    if (tag === "RESPDATE" && /^\d{6}$/.test(value))
      respDate = `20${value.slice(4)}-${value.slice(0, 2)}-${value.slice(2, 4)}`;
    // "12--Scope …": the subject starts with the product class code
    if (FBO_TAGS[tag] && value)
      lines.push(`${FBO_TAGS[tag]}: ${tag === "SUBJECT" ? value.replace(/^[A-Z0-9]{1,4}--/, "") : value}`);
    else lines.push(value);
  }
  return { type: FBO_TYPES[root[1]], lines, respDate };
}

// "NOTICE TO CONTRACTORS The Village of X will accept …": a heading run into the first sentence (lost line break)
const CAPS_HEADING =
  /^[A-Z][A-Z ,.'&-]*\b(?:NOTICE|BIDS?|TENDERS?|PROPOSALS?|CONTRACTORS|BIDDERS|QUOTATIONS?)\s+(?=The |[A-Z][a-z])/;

/** Sentences: split at line ends and at ". " before a capital, so "p.m. on" and "St. Mary" stay whole. */
export function enSentences(text: string): string[] {
  return text
    .split(/\n|(?<=[a-z0-9)]{2}[.;])\s+(?=[A-Z(])/)
    .map((s) => s.trim().replace(CAPS_HEADING, ""))
    .filter(Boolean);
}

const LABEL_START = /^[A-Za-z][\w .'#/&()-]{0,40}:/;

/**
 * A notice set in a narrow newspaper column breaks its sentences across lines ("…for the construction of the /
 * WEST SIDE PARK RESTROOM / BUILDING will be received…"): where most lines are short and none is a label, a line
 * that has lower-case words and no closing stop runs on into the next.
 */
export function reflowColumn(lines: string[]): string[] {
  const short = lines.filter((l) => l.length >= 18 && l.length <= 55 && !LABEL_START.test(l)).length;
  if (lines.length < 6 || short < lines.length * 0.6 || lines.some((l) => LABEL_START.test(l))) return lines;
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last && /[a-z]/.test(last) && !/[.:;!?]$/.test(last)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}
