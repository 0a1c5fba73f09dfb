import type { Product } from "../types";
import type { ParsedNotice, Reason } from "./schema";
import { tokenise } from "./tokenise";

export type ProductMatch = { sku: string; score: number; reasons: Reason[] };
export type MatchProductsOptions = {
  /** Vector similarity per sku (cosine, e.g. from pgvector), computed by the caller. */
  similarity?: Record<string, number>;
  /** Minimum score to return a product (default 0.3). */
  threshold?: number;
};

const round = (n: number) => Math.round(n * 1000) / 1000;

function noticeText(notice: ParsedNotice & { text?: string }): string {
  const parts = [notice.projectName ?? "", ...notice.items, ...notice.lots.map((l) => l.name ?? "")].filter(Boolean);
  return parts.length ? parts.join(" ") : (notice.text ?? "").slice(0, 2000);
}

type FieldTokens = readonly (readonly [Set<string>, number, string])[];
// products are tokenised once per object: the same catalogue is matched against every notice
const cache = new WeakMap<Product, FieldTokens>();

function productTokens(product: Product, fields: [string, number][]): FieldTokens {
  let hit = cache.get(product);
  if (!hit) {
    hit = fields.map(([text, w]) => [new Set(tokenise(text)), w, text.normalize("NFKC").toLowerCase()] as const);
    cache.set(product, hit);
  }
  return hit;
}

/** Overlap of the notice's words with one product: name hits count fully, category 0.8, description 0.5. */
function termScore(words: string[], haystack: string, product: Product): { score: number; terms: string[] } {
  const fields: [string, number][] = [
    [product.name, 1],
    [product.category ?? "", 0.8],
    [product.description ?? "", 0.5],
  ];
  const tokens = productTokens(product, fields);
  let weight = 0;
  const terms: string[] = [];
  for (const word of words) {
    const w = Math.max(0, ...tokens.map(([set, fw, text]) => (set.has(word) || text.includes(word) ? fw : 0)));
    if (w > 0) {
      weight += w;
      terms.push(word);
    }
  }
  // product-name words printed inside the notice text count even when jieba split the notice differently
  for (const word of tokens[0][0]) {
    if (!terms.includes(word) && haystack.includes(word)) {
      weight += 1;
      terms.push(word);
    }
  }
  return { score: Math.min(1, weight / Math.min(3, Math.max(1, words.length))), terms };
}

/**
 * Products relevant to a notice: jieba term overlap between the notice (project name, items, lots)
 * and each product's name, category and description, blended 60/40 with the caller's vector
 * similarity when given. Products under the threshold are left out; sorted by score, then sku.
 */
export function matchProducts(
  notice: ParsedNotice & { text?: string },
  products: Product[],
  opts: MatchProductsOptions = {},
): ProductMatch[] {
  const text = noticeText(notice);
  const words = tokenise(text);
  const haystack = text.normalize("NFKC").toLowerCase();
  const threshold = opts.threshold ?? 0.3;
  const out: ProductMatch[] = [];
  for (const p of products) {
    const lexical = termScore(words, haystack, p);
    const sim = opts.similarity?.[p.sku];
    const vector = sim === undefined ? null : Math.max(0, Math.min(1, sim));
    const score = vector === null ? lexical.score : 0.6 * lexical.score + 0.4 * vector;
    // a vector alone must be very close to count: it also rewards shared boilerplate
    if (score < threshold || (lexical.terms.length === 0 && (vector ?? 0) < 0.8)) continue;
    const reasons: Reason[] = [];
    if (lexical.terms.length) reasons.push({ code: "term_overlap", terms: lexical.terms, score: round(lexical.score) });
    if (vector !== null) reasons.push({ code: "vector_similarity", similarity: round(vector) });
    out.push({ sku: p.sku, score: round(score), reasons });
  }
  return out.sort((a, b) => b.score - a.score || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
}
