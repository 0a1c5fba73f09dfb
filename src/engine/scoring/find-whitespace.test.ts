import { describe, expect, it } from "vitest";
import type { Product } from "../types";
import { findWhitespace, type Peer } from "./find-whitespace";
import { makeAccount, makeFacts, makeOrder } from "./fixtures";

const peer = (id: string, skus: string[], industry = "energy", revenue12m = 1000): Peer => ({
  accountId: id,
  industry,
  revenue12m,
  skus,
});
const products: Product[] = ["A", "B", "C", "D"].map((sku) => ({
  sku,
  name: `Product ${sku}`,
  category: "kit",
  description: null,
  listPrice: null,
}));
const facts = makeFacts({ account: makeAccount({ industry: "Energy" }), orders: [makeOrder({ productSku: "A" })] });

describe("findWhitespace", () => {
  it("suggests products most same-industry peers buy and this account does not, with support", () => {
    const peers = [
      peer("p1", ["A", "B", "C"]),
      peer("p2", ["B", "C"]),
      peer("p3", ["B"]),
      peer("p4", ["B", "D"]),
      peer("p5", ["E"]),
      peer("x", ["D"], "retail"),
    ];
    const ws = findWhitespace(facts, peers, products, { minSupport: 0.4 });
    expect(ws.basis).toBe("industry");
    expect(ws.items).toEqual([
      { sku: "B", name: "Product B", category: "kit", support: 0.8, buyers: 4, peers: 5 },
      { sku: "C", name: "Product C", category: "kit", support: 0.4, buyers: 2, peers: 5 },
    ]);
  });

  it("falls back to the accounts nearest by revenue when the industry has too few", () => {
    const peers = [
      peer("near", ["D"], "retail", 1100),
      peer("far", ["C"], "retail", 9_000_000),
      peer("a1", ["A"], "energy", 1000),
    ];
    const ws = findWhitespace(facts, peers, products, { nearest: 1 });
    expect(ws).toMatchObject({ basis: "revenue", peerCount: 1 });
    expect(ws.items.map((i) => i.sku)).toEqual(["D"]);
  });
});
