// The head of a pasted English notice: its first short lines say what kind of notice it is, who issues it
// and what is bought ("ADVERTISEMENT FOR BIDS / Town of X / Water Meter Replacement"), or, on a web page
// pasted as text, the page's own heading ("Find a Tender / School Catering Framework / Northvale Council",
// "Bldg 210 HVAC Controls Upgrade / Active / Contract Opportunity / Notice ID …").
import { labelOnly } from "./read-en-fields";

const KIND =
  "(?:(?:addendum|amendment|corrigendum)(?: no\\.? ?\\d+)?|notice of (?:cancell?ation|intent to award)|cancell?ation(?: of (?:award|bid|solicitation|tender))?|early engagement|combined synopsis/solicitation|pre-?solicitation|special notice|(?:contract )?award notice|awarded contract|(?:contract )?opportunity|notice of (?:(?:bid |contract )?award|tender|intent|letting)|approach to market|(?:legal |public )?notice|advertisement for \\w+|invitation (?:to|for) \\w+|request for \\w+|notice (?:to|inviting) \\w+|call for \\w+|contract award notice|tender notice|sources sought|(?:bid )?letting(?: of .*)?)";
const KIND_LINE = new RegExp(`^${KIND}$`, "i");
// "Invitation to Tender: Leisure Centre Roof Replacement", "Sources Sought: Janitorial Services, Fort X"
const KIND_NAME = new RegExp(`^${KIND}\\s*[:—–]\\s*(.{4,160})$`, "i");
// a page's site name or status badge sits above or beside the heading; it names nothing
const PAGE_LINE =
  /^(?:(?:find a tender|contracts finder|sam\.gov|austender|canadabuys|merx|gets|gebiz|eprocurement system)\b.*|active|inactive|archived|open|closed|current)$/i;
// minutes and agendas carry many headings; none of them names what is bought
const STOP_LINE = /\b(?:minutes|agenda)$/i;
// "Regular Meeting Minutes - Board of Commissioners, X County": the record's kind, then the body that met
const MEETING_HEAD =
  /^(?:(?:regular|special|adjourned|work session)\s+)*(?:(?:council|board)\s+)?(?:meeting\s+)?(?:minutes|agenda)\b(?:\s+of(?:\s+the)?)?\s*[-–—:,]?\s*/i;
// "Contract Notice View - CN4102558": a page heading of kind words and an identifier names nothing
const KIND_AND_ID =
  /^[A-Za-z ]{0,30}\b(?:notice|award|contract|opportunity|tender)s?(?: view| details?)?\s*[-–—:]\s*[A-Z]{0,6}[-/]?\d[\w\-/]*$/i;
export const ISSUER_LINE =
  /^(?:(?:the )?(?:city|town|village|county|borough|district|shire|state|port|university|school district|township|parish|department|ministry|government|province|office) of\b|.*\b(?:council|county|authority|department|board|district|commission|municipality|trust|ministry|agency)\b(?: of [A-Za-z .'&-]{2,60})?(?:,.*)?$)/i;
const DATE_ONLY = /^(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\.? \d{1,2},? \d{4}$|^\d{1,2} [A-Z][a-z]+ \d{4}$/;

export type TitleBlock = { name: string | null; issuer: string | null };

/**
 * Reads the title block. The name is the first line that is neither a kind, issuer, page nor label
 * line, taken only where the block shows it is a heading: a kind line above it, or (a page) a kind,
 * status or label-only line right below it. "RFP #26-118: Fleet …" keeps what follows the number.
 * The issuer is the first issuer line above the name, else the one right below it.
 */
export function readTitleBlock(lines: string[], number: RegExp): TitleBlock {
  // "RFP #26-118: Fleet …", "Invitation to Bid No. 26-112, Blower Replacement": the name after the number
  const numberPrefix = new RegExp(
    `^(?:(?:invitation (?:to|for)|request for)(?: [a-z]+)? )?${number.source}(?::\\s*|,\\s*|\\s+[—–-]\\s+|\\s+)(.{4,})$`,
    "i",
  );
  let issuer: string | null = null;
  let kindSeen = false;
  const head = lines.slice(0, 6);
  for (let i = 0; i < head.length; i++) {
    const raw = head[i];
    if (STOP_LINE.test(raw)) break;
    const met = MEETING_HEAD.exec(raw);
    if (met && met[0].length < raw.length && ISSUER_LINE.test(raw.slice(met[0].length))) {
      issuer ??= raw.slice(met[0].length);
      break;
    }
    if (KIND_AND_ID.test(raw)) {
      kindSeen = true;
      continue;
    }
    // a sentence ends the head: a long line closing with a stop, or a short one whose last word is lower case
    if (raw.length > 160 || (/[.!?]$/.test(raw) && (raw.split(" ").length > 12 || /\s[a-z]{3,}\.$/.test(raw)))) break;
    if (PAGE_LINE.test(raw) || DATE_ONLY.test(raw)) continue;
    if (KIND_LINE.test(raw)) {
      kindSeen = true;
      continue;
    }
    const kindName = KIND_NAME.exec(raw)?.[1];
    if (kindName) return { name: kindName, issuer };
    // "NIT No. RWS/14/2025-26 Dated 02.02.2026": a number and its date, no name
    const numbered = numberPrefix.exec(raw);
    if (numbered && /^(?:dated?|of)\b/i.test(numbered[numbered.length - 1])) continue;
    const line = numbered ? numbered[numbered.length - 1] : raw;
    const labelLine = /^[A-Za-z][\w .'#/&()-]{0,40}:/.test(line) || labelOnly(line).length > 0;
    if (!numbered && (labelLine || number.test(line) || /^\S*\d\S*$/.test(line))) continue;
    if (ISSUER_LINE.test(line)) {
      issuer ??= line;
      continue;
    }
    // a page heading: what follows it (past badges and the issuer) is a kind line or a label
    const below = head.slice(i + 1).find((l) => !PAGE_LINE.test(l) && !ISSUER_LINE.test(l)) ?? "";
    const heading =
      kindSeen ||
      (i === firstContent(head) &&
        (KIND_LINE.test(below) || labelOnly(below).length > 0 || /^[A-Za-z][\w .'#/&()-]{0,40}:/.test(below)));
    if (!heading) return { name: null, issuer };
    const after = head[i + 1] ?? "";
    if (!issuer && ISSUER_LINE.test(after) && !labelOnly(after).length) issuer = after;
    return { name: line, issuer };
  }
  return { name: null, issuer };
}

function firstContent(head: string[]): number {
  const i = head.findIndex((l) => !PAGE_LINE.test(l));
  return Math.max(i, 0);
}
