import type { Tier } from "../../engine/types";

const TIER_ORDER: Tier[] = ["S", "A", "B", "C"];

/** Tier labels by their glossary names; 大客户 / key account means tier S or A. */
const NAMED: { re: RegExp; tiers: Tier[] }[] = [
  // "战略级和重点客户": a tier's name with 级 or 类 stands for it too, joined to another tier's.
  { re: /战略客户|战略[级类](?!别)|\bstrategic accounts?\b/i, tiers: ["S"] },
  { re: /重点客户|重点[级类](?!别)/, tiers: ["A"] },
  { re: /普通客户|普通[级类](?!别)|\bstandard accounts?\b/i, tiers: ["B"] },
  { re: /基础客户|基础[级类](?!别)|\bbasic accounts?\b/i, tiers: ["C"] },
  { re: /大客户|关键客户|核心客户|\bkey[- ]accounts?\b/i, tiers: ["S", "A"] },
];

/** "S级", "S、A级", "A类客户", "tier A and B", "S-tier", "key accounts"; in S-A-B-C order, no repeats. */
export function extractTiers(text: string): Tier[] | undefined {
  const found = new Set<Tier>();
  const letters = (s: string) => {
    for (const ch of s.toUpperCase().match(/[SABC]/g) ?? []) found.add(ch as Tier);
  };
  for (const m of text.matchAll(/(?<![A-Za-z])([SABCsabc](?:\s*[、,，和与及/&]\s*[SABCsabc])*)\s*[级类]/g))
    letters(m[1]);
  for (const m of text.matchAll(/\btiers?\s+([sabc](?:\s*(?:,|and|or|&|\/)\s*[sabc])*)\b/gi)) letters(m[1]);
  for (const m of text.matchAll(/\b([sabc])[- ]tier\b/gi)) letters(m[1]);
  for (const named of NAMED) if (named.re.test(text)) for (const t of named.tiers) found.add(t);
  const tiers = TIER_ORDER.filter((t) => found.has(t));
  return tiers.length > 0 ? tiers : undefined;
}
