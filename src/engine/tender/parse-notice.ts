import { normaliseText } from "./normalise-text";
import { unsureFields } from "./notice-doubts";
import { parseEnFreeNotice } from "./parse-en-free-notice";
import { parseOcdsNotice } from "./parse-ocds-notice";
import { parseTedNotice } from "./parse-ted-notice";
import { parseZhNotice } from "./parse-zh-notice";
import { readRequirements } from "./read-requirements";
import { emptyNotice, type ParsedNotice } from "./schema";

export type ParseNoticeOptions = { publishedAt?: string };

/** True when a notice is written mostly in Latin script. */
function isEnglish(text: string): boolean {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < Math.min(text.length, 4000); i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fa5) cjk++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
  }
  return cjk < latin / 10;
}

/**
 * Parses a public procurement notice into the contract's `ParsedNotice`: Chinese notices
 * (招标/中标/成交/更正/采购意向), EU TED notices rendered as text, and Contracts Finder OCDS JSON.
 * The text is data only: it is read with rules, never evaluated. Absent fields are null.
 */
export function parseNotice(text: string, opts: ParseNoticeOptions = {}): ParsedNotice {
  // Never throws: a notice is outside text, and a rule tripping on an odd layout must cost that notice
  // its fields, not the request (the property test in parse-notice.property.test.ts hunts for such text).
  try {
    const notice = parseAny(String(text ?? ""), opts);
    notice.unsure = unsureFields(notice);
    return notice;
  } catch {
    return emptyNotice(isEnglish(String(text ?? "")) ? "en" : "zh");
  }
}

function parseAny(text: string, opts: ParseNoticeOptions): ParsedNotice {
  const raw = text.trim();
  if (raw.startsWith("{")) {
    const ocds = parseOcdsNotice(raw);
    if (ocds) return ocds;
  }
  const normalised = normaliseText(raw);
  const notice = isEnglish(normalised)
    ? // a TED rendering has its numbered sections; anything else is read as free text
      /^Section [IVX]+:/m.test(normalised)
      ? parseTedNotice(normalised, opts.publishedAt)
      : parseEnFreeNotice(normalised, opts.publishedAt)
    : parseZhNotice(normalised, opts.publishedAt);
  // What a bidder must have is asked of a notice still open to bids.
  if (notice.type === "tender" || notice.type === "correction") {
    const requirements = readRequirements(normalised);
    if (requirements.length > 0) notice.requirements = requirements;
  }
  return notice;
}
