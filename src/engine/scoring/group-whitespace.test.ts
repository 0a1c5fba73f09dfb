import { describe, expect, it } from "vitest";
import { groupWhitespace } from "./group-whitespace";

describe("groupWhitespace", () => {
  it("lists, per member, the products other members buy and it does not", () => {
    const w = groupWhitespace([
      { accountId: "hq", skus: ["PACS", "HIS"] },
      { accountId: "b1", skus: ["PACS", "DR", "PACS"] },
      { accountId: "b2", skus: [] },
    ]);
    expect(w.products).toEqual([
      { sku: "PACS", buyers: 2 },
      { sku: "DR", buyers: 1 },
      { sku: "HIS", buyers: 1 },
    ]);
    expect(w.members).toEqual([
      { accountId: "hq", missing: ["DR"] },
      { accountId: "b1", missing: ["HIS"] },
      { accountId: "b2", missing: ["PACS", "DR", "HIS"] },
    ]);
  });

  it("has no whitespace in a group that buys nothing", () => {
    expect(groupWhitespace([{ accountId: "hq", skus: [] }])).toEqual({
      products: [],
      members: [{ accountId: "hq", missing: [] }],
    });
  });
});
