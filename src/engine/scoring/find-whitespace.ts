import type { AccountFacts, Product } from "../types";
import { round4 } from "./round";

/** Another account as seen by whitespace analysis: its industry, trailing-year revenue and SKUs bought. */
export type Peer = { accountId: string; industry: string | null; revenue12m: number; skus: string[] };

export type WhitespaceOptions = {
  /** Share of similar accounts (0-1) that must buy a product for it to count. */
  minSupport: number;
  /** Fewer same-industry peers than this: use the accounts nearest by revenue instead. */
  minPeers: number;
  /** How many revenue-nearest accounts to use then. */
  nearest: number;
  /** This account's trailing-year revenue, when it is not itself in `peers`. */
  revenue12m?: number;
};

export const DEFAULT_WHITESPACE_OPTIONS: WhitespaceOptions = { minSupport: 0.3, minPeers: 5, nearest: 20 };

export type WhitespaceItem = {
  sku: string;
  name: string | null;
  category: string | null;
  /** buyers / peers, 4 decimals. */
  support: number;
  buyers: number;
  peers: number;
};

export type Whitespace = { basis: "industry" | "revenue"; peerCount: number; items: WhitespaceItem[] };

/**
 * Cross-sell whitespace (交叉销售空白): products bought by at least minSupport of similar accounts
 * that this account has never ordered. Similar = same industry (trimmed, lower-cased); with fewer than
 * minPeers of those, the `nearest` accounts by log revenue. With a non-empty catalogue only products
 * in it are suggested (discontinued SKUs drop out). Highest support first, then SKU.
 */
export function findWhitespace(
  facts: AccountFacts,
  peers: Peer[],
  products: Product[],
  options: Partial<WhitespaceOptions> = {},
): Whitespace {
  const o: WhitespaceOptions = { ...DEFAULT_WHITESPACE_OPTIONS, ...options };
  const selfId = facts.account.id;
  const others = peers.filter((p) => p.accountId !== selfId);
  const industry = norm(facts.account.industry);
  let basis: Whitespace["basis"] = "industry";
  let similar = industry === null ? [] : others.filter((p) => norm(p.industry) === industry);
  if (similar.length < o.minPeers) {
    basis = "revenue";
    const own = o.revenue12m ?? peers.find((p) => p.accountId === selfId)?.revenue12m ?? 0;
    similar = nearestByRevenue(others, own, o.nearest);
  }
  const owned = new Set(facts.orders.map((x) => x.productSku).filter((s): s is string => s !== null));
  const catalogue = new Map(products.map((p) => [p.sku, p]));
  const buyers = new Map<string, number>();
  for (const p of similar) {
    for (const sku of new Set(p.skus)) buyers.set(sku, (buyers.get(sku) ?? 0) + 1);
  }
  const items: WhitespaceItem[] = [];
  for (const [sku, count] of buyers) {
    if (owned.has(sku) || (catalogue.size > 0 && !catalogue.has(sku))) continue;
    const support = count / similar.length;
    if (support < o.minSupport) continue;
    const product = catalogue.get(sku);
    items.push({
      sku,
      name: product?.name ?? null,
      category: product?.category ?? null,
      support: round4(support),
      buyers: count,
      peers: similar.length,
    });
  }
  items.sort((a, b) => b.support - a.support || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
  return { basis, peerCount: similar.length, items };
}

function nearestByRevenue(peers: Peer[], revenue: number, k: number): Peer[] {
  const at = Math.log1p(Math.max(0, revenue));
  return peers
    .map((p) => ({ p, d: Math.abs(Math.log1p(Math.max(0, p.revenue12m)) - at) }))
    .sort((a, b) => a.d - b.d || (a.p.accountId < b.p.accountId ? -1 : a.p.accountId > b.p.accountId ? 1 : 0))
    .slice(0, k)
    .map((x) => x.p);
}

function norm(s: string | null): string | null {
  const key = s?.trim().toLowerCase() ?? "";
  return key === "" ? null : key;
}
