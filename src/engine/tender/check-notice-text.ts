import { z } from "zod";

/** Notices are at most a few hundred KB; longer text is not a notice (and would only slow the parser). */
export const NOTICE_MAX_CHARS = 500_000;

// NUL and the C0 controls other than tab/newline/CR, plus U+FFFD (what a UTF-8 decoder leaves of bytes
// that are not text): a few can be page noise, many mean a binary file (PDF, Word, image) was sent.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g;

/**
 * What is wrong with a notice text, as a sentence naming where; null when it is fine to parse.
 * Empty or whitespace-only, longer than NOTICE_MAX_CHARS, or binary (any NUL, or more than 8 and more than 1% of the
 * first 64K characters not text).
 */
export function checkNoticeText(text: string): string | null {
  if (!text.trim()) return "text is empty";
  if (text.length > NOTICE_MAX_CHARS)
    return `text is longer than 500,000 characters (${text.length.toLocaleString("en")}); send one notice at a time`;
  const head = text.slice(0, 65_536);
  const bad = head.match(NOT_TEXT) ?? [];
  if (head.includes("\u0000") || bad.length > Math.max(8, head.length / 100)) {
    const at = head.search(NOT_TEXT);
    return `text looks binary: ${bad.length} control or undecodable characters, the first at character ${at}; send the notice as UTF-8 text (not a PDF, Word file or image)`;
  }
  return null;
}

/** The `text` of a notice in API bodies and JSON lines, with checkNoticeText's message as the 422 reason. */
export const NoticeTextSchema = z.string().superRefine((text, ctx) => {
  const problem = checkNoticeText(text);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
