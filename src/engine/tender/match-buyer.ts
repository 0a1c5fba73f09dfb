import { normaliseOrgName, orgBaseName } from "./normalise-org-name";
import type { Reason } from "./schema";

export type BuyerAccount = { id: string; name: string; aliases: string[]; parentId: string | null };
export type BuyerMatch = { accountId: string; confidence: number; reasons: Reason[] };

/** True when every character of `short` appears in `full` in order, not as one run (浙大一院 in 浙江大学医学院附属第一医院). */
export function isAbbreviation(short: string, full: string): boolean {
  if (short.length < 3 || short.length > full.length * 0.7 || short[0] !== full[0]) return false;
  // a contiguous prefix is a branch or campus of the full name, not an abbreviation of it
  if (full.includes(short)) return false;
  // abbreviations keep the name's last word (…一院 for …第一医院, 城投 for 城市建设投资集团), so a
  // branch's longer name does not read as the parent's abbreviation
  const core = full.replace(/(集团|控股)$/, "");
  if (!core.slice(-2).includes(short[short.length - 1])) return false;
  let i = 0;
  for (const ch of full) if (ch === short[i]) i++;
  return i === short.length;
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The best direct match of the buyer against one account's name and aliases. */
function direct(buyer: string, account: BuyerAccount): BuyerMatch | null {
  const names = [{ text: account.name, alias: false }, ...account.aliases.map((text) => ({ text, alias: true }))];
  let best: BuyerMatch | null = null;
  const keep = (confidence: number, reason: Reason) => {
    if (!best || confidence > best.confidence)
      best = { accountId: account.id, confidence: round(confidence), reasons: [reason] };
  };
  for (const { text, alias } of names) {
    const n = normaliseOrgName(text);
    if (!n) continue;
    if (n === buyer) keep(alias ? 0.95 : 1, { code: alias ? "alias_match" : "name_match", matched: text });
    else if (isAbbreviation(buyer, n) || isAbbreviation(n, buyer))
      keep(0.8, { code: "abbreviation_match", matched: text });
    else if (!buyer.startsWith(n) && !n.startsWith(buyer)) {
      const d = dice(buyer, n);
      if (d >= 0.8) keep(0.75 * d, { code: "similar_name", matched: text, similarity: round(d) });
    }
  }
  return best;
}

/** A branch, campus or subsidiary of an account: the account's name is a prefix of the buyer's. */
function parentOf(buyer: string, buyerBase: string, account: BuyerAccount): BuyerMatch | null {
  for (const text of [account.name, ...account.aliases]) {
    const n = normaliseOrgName(text);
    if (n.length < 4 || n === buyer) continue;
    if (buyerBase === n || buyer.startsWith(n)) {
      const branch = buyer.slice(n.length);
      return { accountId: account.id, confidence: 0.7, reasons: [{ code: "parent_of_branch", matched: text, branch }] };
    }
  }
  return null;
}

/**
 * Matches a notice's buyer to accounts: exact names and aliases (legal suffixes ignored),
 * abbreviations (浙大一院 ~ 浙江大学医学院附属第一医院), close spellings, and — when no account is
 * the buyer itself — the parent account of a branch or campus (某某集团第二分公司, 某某医院(某某院区)).
 * Sorted by confidence, then account id.
 */
export function matchBuyer(buyer: string, accounts: BuyerAccount[]): BuyerMatch[] {
  const n = normaliseOrgName(buyer);
  if (n.length < 2) return [];
  const matches = accounts.map((a) => direct(n, a)).filter((m): m is BuyerMatch => !!m);
  if (!matches.some((m) => m.confidence >= 0.95)) {
    const base = orgBaseName(buyer);
    for (const a of accounts) {
      const parent = parentOf(n, base, a);
      const existing = matches.find((m) => m.accountId === a.id);
      if (parent && (!existing || existing.confidence < parent.confidence)) {
        if (existing) matches.splice(matches.indexOf(existing), 1);
        matches.push(parent);
      }
    }
  }
  return matches.sort(
    (a, b) => b.confidence - a.confidence || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0),
  );
}
