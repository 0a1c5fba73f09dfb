import { joinSpacedDigits } from "./notice-script";

/**
 * Normalises notice text before any rule runs: NFKC folds full-width characters (：（）０-９，)
 * into ASCII, common typos are fixed (釆 for 采), and runs of 3+ spaces, which crawlers leave where
 * block elements were collapsed, become line breaks.
 */
export function normaliseText(text: string): string {
  const folded = text
    .normalize("NFKC")
    .replace(/\r\n?/g, "\n")
    .replace(/釆/g, "采")
    // the ideographic full stop and dashes are kept as written; only invisible spaces are folded
    .replace(/[\u00a0\u2002-\u200b\ufeff]/g, " ")
    // a label typeset wide at the start of a line ("电    话:", "联   系   人:") is one label, not several blocks
    .replace(WIDE_LABEL, (label) => label.replace(/[ \t]+/g, ""))
    // a heading typeset one character at a time ("询 价 公 告") is one word
    .replace(SPACED_HEADING, (line) => line.replace(/[ \t]+/g, ""))
    // three or more spaces mark collapsed block boundaries; two are just sloppy typesetting
    .replace(/[ \t]{3,}/g, "\n")
    .replace(/[ \t]{2}/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{2,}/g, "\n");
  // digits typeset apart ("3 8 6 . 5 2") are joined before outline numbers are looked for in them
  return joinSpacedDigits(folded).split("\n").map(splitCollapsedLine).join("\n").trim();
}

// a whole line of three to ten characters, each set apart by spaces ("询 价 公 告"); bounded, so linear
const SPACED_HEADING = /^[\u4e00-\u9fa5](?:[ \t]{1,3}[\u4e00-\u9fa5]){2,9}[ \t]*$/gm;
// two to five characters at a line start, set apart by spaces, ending at a colon ("电    话:"); bounded, so linear
const WIDE_LABEL = /^[\u4e00-\u9fa5](?:[ \t]{1,12}[\u4e00-\u9fa5]){1,4}[ \t]{0,12}(?=:)/gm;

/**
 * A crawler that collapsed a page into one line left its outline numbers in place: long lines are
 * broken again before " 一、", " (二)", " 3.", " 4、" so that headings and labels start lines.
 */
function splitCollapsedLine(line: string): string {
  if (line.length < 300) return line;
  return line
    .replace(/\s+(?=[一二三四五六七八九十]{1,3}\s*[、.．])/g, "\n")
    .replace(/\s+(?=[(（][一二三四五六七八九十]{1,3}[)）])/g, "\n")
    .replace(/\s+(?=\d{1,2}\s*[、.．](?![\d.．]))/g, "\n");
}

const CJK = "\\u4e00-\\u9fa5";

/**
 * Joins labels typeset with spaces between the characters ("名 称：", "招 标 人 |") so the label
 * rules see "名称" and "招标人". Only runs that contain a single spaced-out character and end at a
 * colon or a table bar are joined, so "来先生 联系电话：" stays two words.
 */
export function joinSpacedLabels(line: string): string {
  if (!line.includes(" ")) return line;
  const re = new RegExp(`(^|[\\s|(])([${CJK}]{1,4}(?: [${CJK}]{1,4})+)(?= ?[:|])`, "g");
  return line.replace(re, (whole, lead: string, run: string) => {
    const chunks = run.split(" ");
    return chunks.some((c) => c.length === 1) ? lead + chunks.join("") : whole;
  });
}

/** Label key used by the rules: numbering, spaces and bracketed notes removed ("招标（采购）人名称" -> "招标人名称"). */
export function labelKey(label: string): string {
  return stripNumbering(label)
    .replace(/\([^)]*\)?/g, "")
    .replace(/[\s"“”'‘’:*]/g, "")
    .trim();
}

/** The unit a label announces in brackets, e.g. "预算金额（万元）" -> "万元". */
export function labelUnit(label: string): string | null {
  const m = /\(([^)]*(?:元|万|亿)[^)]*)\)/.exec(label);
  return m ? m[1] : null;
}

const NUMBERING =
  /^\s*(?:[(（]?[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\d{1,2}[)）]|\d{1,2}(?:\.\d{1,2})+(?=\D)|\d{1,2}\s*[、.．:](?!\d)|[①-⑳])\s*/;

/** Removes a leading outline number ("一、", "2.1", "(三)", "4、", "①"). */
export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, "");
}

/** True when the line starts with an outline number, i.e. opens a new section of the notice. */
export function hasNumbering(text: string): boolean {
  return NUMBERING.test(text) && !/^\s*\d{4}/.test(text);
}

/** Removes trailing punctuation and stray brackets around a field value. */
export function cleanValue(value: string): string {
  const v = value
    .trim()
    .replace(/^[\s:;,，;。、]+/, "")
    .replace(/[\s:;,，;。、.([]+$/, "");
  // an outline number of the next clause left behind in collapsed text ("… 二"), but not a digit typeset apart
  // from the one before it ("9 :3 0" keeps its 0)
  const trail = TRAILING_OUTLINE.exec(v);
  if (!trail || (/^\s+\d/.test(trail[0]) && /[\d:]/.test(v[trail.index - 1] ?? ""))) return v.trim();
  return v.slice(0, trail.index).trim();
}

const TRAILING_OUTLINE = /\s+(?:[一二三四五六七八九十]{1,3}|\d{1,2}(?:\.\d{1,2})*)$/;
