/** One member of a group with the SKUs it has ever ordered. */
export type MemberPurchases = { accountId: string; skus: Iterable<string> };

/** Whitespace across a group: which products sold elsewhere in the group one member has never bought. */
export type GroupWhitespace = {
  /** Every SKU some member bought, most members first, then by SKU. */
  products: { sku: string; buyers: number }[];
  /** Per member (in input order): the group's SKUs it has not bought yet, in `products` order. */
  members: { accountId: string; missing: string[] }[];
};

/**
 * Product × subsidiary whitespace (集团内交叉销售空白): a product another member of the group already buys is the
 * likeliest next sale at a member that does not. Pure; O(members × products).
 */
export function groupWhitespace(members: MemberPurchases[]): GroupWhitespace {
  const bought = members.map((m) => new Set(m.skus));
  const buyers = new Map<string, number>();
  for (const set of bought) for (const sku of set) buyers.set(sku, (buyers.get(sku) ?? 0) + 1);
  const products = [...buyers]
    .map(([sku, n]) => ({ sku, buyers: n }))
    .sort((a, b) => b.buyers - a.buyers || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
  return {
    products,
    members: members.map((m, i) => ({
      accountId: m.accountId,
      missing: products.filter((p) => !bought[i].has(p.sku)).map((p) => p.sku),
    })),
  };
}
