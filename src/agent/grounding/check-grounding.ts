import { collectFacts, type Facts } from "./collect-facts";

export type GroundingResult = { ok: boolean; ungrounded: string[] };

const UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, k: 1e3, K: 1e3, m: 1e6, M: 1e6, 千: 1e3, 百万: 1e6 };

/** A number as written in a reply, with the tolerance its shown precision implies. */
type Claim = { text: string; value: number; tolerance: number; percent: boolean };

function claimsIn(text: string): Claim[] {
  const claims: Claim[] = [];
  // Dates are checked separately; list markers ("1." at a line start) are structure, not facts.
  const stripped = text
    .replace(/\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?/g, " ")
    .replace(/\d{4}年\d{1,2}月(?:\d{1,2}日)?/g, " ")
    .replace(/\d{1,2}月\d{1,2}日/g, " ")
    .replace(/^\s*\d+[.、)]\s/gm, " ")
    // A strength out of five ("我方关系 1/5"): the scale is the template's, only the score is a claim.
    .replace(/(\d)\s*\/\s*5(?!\d)/g, "$1 ");
  const re = /(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(百万|万|亿|千|[kKmM](?![a-zA-Z]))?\s*(%|％)?/g;
  for (const m of stripped.matchAll(re)) {
    const digits = m[1].replace(/,/g, "");
    const decimals = digits.includes(".") ? digits.split(".")[1].length : 0;
    const unit = m[2] ? UNITS[m[2]] : 1;
    claims.push({
      text: m[0].trim(),
      value: Number(digits) * unit,
      tolerance: 0.5 * 10 ** -decimals * unit,
      percent: Boolean(m[3]),
    });
  }
  return claims;
}

function numberGrounded(c: Claim, facts: Facts): boolean {
  const candidates = c.percent ? [c.value, c.value / 100] : [c.value];
  const tol = c.percent ? [c.tolerance, c.tolerance / 100] : [c.tolerance];
  return facts.numbers.some((f) =>
    candidates.some((v, i) => Math.abs(f - v) <= tol[i] + 1e-9 || Math.abs(Math.abs(f) - v) <= tol[i] + 1e-9),
  );
}

function datesIn(text: string): { text: string; match: (d: string) => boolean }[] {
  const out: { text: string; match: (d: string) => boolean }[] = [];
  for (const m of text.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)) out.push({ text: m[0], match: (d) => d === m[0] });
  for (const m of text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)) {
    const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
    out.push({ text: m[0], match: (d) => d === iso });
  }
  for (const m of text.matchAll(/(?<!年)(?<!\d)(\d{1,2})月(\d{1,2})日/g)) {
    const md = `-${m[1].padStart(2, "0")}-${m[2].padStart(2, "0")}`;
    out.push({ text: m[0], match: (d) => d.endsWith(md) });
  }
  return out;
}

/**
 * Checks a reply against this turn's tool results: every number (within the precision it is shown with, in 万/亿/%
 * too), every date, and every known name (accounts, contacts, competitors, products) the reply mentions must come
 * from a tool result. Pure; the caller regenerates or falls back to the template on failure.
 */
export function checkGrounding(reply: string, toolResults: unknown[], knownNames: string[] = []): GroundingResult {
  const facts = collectFacts(toolResults);
  const ungrounded: string[] = [];
  // A name or title copied from a tool result carries its own digits (4K, 3.0T, 二期): those are not claims.
  let claimed = reply;
  for (const q of [...facts.quotable].sort((a, b) => b.length - a.length))
    if (claimed.includes(q)) claimed = claimed.split(q).join(" ");
  for (const c of claimsIn(claimed)) if (!numberGrounded(c, facts)) ungrounded.push(c.text);
  for (const d of datesIn(claimed)) if (![...facts.dates].some(d.match)) ungrounded.push(d.text);
  for (const name of knownNames) {
    if (name.length >= 2 && reply.includes(name) && !facts.text.includes(name)) ungrounded.push(name);
  }
  return { ok: ungrounded.length === 0, ungrounded: [...new Set(ungrounded)] };
}
