// Candidate readers for English free-text notices (parse-en-free-notice.ts): a deadline from a label or a sentence,
// a budget in prose, the contact phone, a number numbering the purchase, a company's legal form, a pointed name.
import { readEnDateTime } from "./read-en-date-time";
import { readEnMoney, readEnPhones, readLabelledPhone } from "./read-en-money-phone";
import { BUDGET_PROSE, DEADLINE_PROSE, NOT_DEADLINE, NUMBER_PROSE } from "./read-en-prose";

// "City Council of the City of X", "Board of Commissioners of Y County": the body that decides for its government
export const GOVERNING_BODY =
  /^(?:the\s+)?(?:(?:city|town|village|borough|county|township|district) )?(?:council|commission|committee|board(?: of (?:commissioners|supervisors|trustees|aldermen|selectmen))?) of (?:the )?(?=(?:city|town|village|borough|county|township|district) of )/i;
// "Granite Ridge Paving, Inc.": a company's legal form after a comma belongs to its name
const COMPANY_FORM = /^,\s*(?:Inc|LLC|L\.L\.C|Ltd|Limited|Co|Corp|Corporation|L\.?P|LLP|PLLC|P\.C|PLC|Pty Ltd)\b\.?/;
export function withCompanySuffix(name: string, body: string): string {
  const at = body.indexOf(name);
  const form = at >= 0 ? COMPANY_FORM.exec(body.slice(at + name.length, at + name.length + 16)) : null;
  return form ? `${name}${form[0]}` : name;
}

/** A number in the text; one numbering the purchase (Bid, CIP, Project No.) beats a resolution's own number. */
export function numberInProse(body: string): string | null {
  const hits = [...body.matchAll(new RegExp(NUMBER_PROSE.source, "gi"))].slice(0, 20);
  return (hits.find((h) => !/^resolution/i.test(h[0])) ?? hits[0])?.[1] ?? null;
}

export const POINTER = /^(?:the )?(?:following|above|below)\b/i;

/** The first plain line after a sentence saying "the following project(s)": not a label, number or sentence. */
export function pointedName(lines: string[]): string | null {
  const at = lines.findIndex((l) => /\bthe following (?:projects?|works?|contracts?)\b/i.test(l));
  if (at < 0) return null;
  return (
    lines
      .slice(at + 1, at + 6)
      .find((l) => l.length <= 160 && !/^[^:]{1,40}:/.test(l) && !/\bNo\.?\s*\d/.test(l) && !/[.!?]$/.test(l)) ?? null
  );
}

export function pickDeadline(
  labelled: string | null,
  sentences: string[],
  { year, dayFirst }: { year?: number; dayFirst: boolean },
  respDate?: string | null,
): string | null {
  const fromLabel = labelled ? readEnDateTime(labelled, year, dayFirst) : null;
  if (fromLabel) return fromLabel;
  for (const s of sentences) {
    const m = DEADLINE_PROSE.exec(s);
    if (!m || (NOT_DEADLINE.test(s) && !/\b(?:due|received|no later than|until|deadline)\b/i.test(s))) continue;
    const t = readEnDateTime(s.slice(m.index), year, dayFirst);
    if (t) return t;
  }
  return respDate ? `${respDate}T00:00` : null;
}

export function budgetInProse(sentences: string[]) {
  for (const s of sentences) {
    const m = BUDGET_PROSE.exec(s);
    const money = m ? readEnMoney(s.slice(m.index, m.index + m[0].length + 30)) : null;
    if (money) return money;
  }
  return null;
}

/** A labelled contact line's phone first, then one in a sentence (those saying to call first); never a fax. */
export function pickPhone(labelled: string[], sentences: string[]): string | null {
  for (const v of labelled) {
    const p = readLabelledPhone(v);
    if (p) return p;
  }
  // a sentence that says to call or contact first, then any sentence ("questions … to J. Doe at (208) …")
  const cued = sentences.filter((s) =>
    /\b(?:contact|call|phone|telephone|tel|questions|inquiries|information)\b/i.test(s),
  );
  for (const s of [...cued, ...sentences]) {
    const p = readEnPhones(s)[0];
    if (p) return p;
  }
  return null;
}

// "IFB 2026-033 Fleet Fuel Card Services": a kind's letters before the code, and words after it that name the purchase
const CODE_KIND = /^(?:IFB|ITB|RFP|RFQ|RFT|RFB|Bid|Tender)\b\.?(?:\s*(?:No\.?|#)\s*|\s+)(?=\S*\d)/i;

/** A labelled or written number as its code, and the purchase's name when the same value goes on to give it. */
export function splitNumberValue(value: string): { code: string | null; rest: string | null } {
  const bare = value.trim().replace(CODE_KIND, "");
  const code = /^[\w\-/.]{2,40}/.exec(bare)?.[0] ?? null;
  const rest = code ? bare.slice(code.length).replace(/^[\s,:—–-]+/, "") : "";
  return { code, rest: /^[A-Za-z][A-Za-z&'’ -]{3,119}$/.test(rest) && rest.includes(" ") ? rest : null };
}
