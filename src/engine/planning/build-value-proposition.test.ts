import { describe, expect, it } from "vitest";
import { buildValueProposition } from "./build-value-proposition";
import { competitor, contact, facts, opportunity } from "./test-fixtures";

describe("buildValueProposition", () => {
  const rivals = [
    competitor("c1", "华为", { aliases: ["Huawei"], strengths: ["brand"], weaknesses: ["price"] }),
    competitor("c2", "Cisco"),
  ];

  it("resolves aliases to one competitor and ranks by strength with people plus weight of deals", () => {
    const f = facts({
      contacts: [
        contact("a", { competitor: "huawei", competitorStrength: 2 }),
        contact("b", { competitor: "Cisco", competitorStrength: 4 }),
      ],
      opportunities: [opportunity("p", { competitor: "华为", status: "open" })],
    });
    const vp = buildValueProposition(f, rivals, "zh");
    expect(vp.map((v) => [v.competitor, v.weight])).toEqual([
      ["华为", 5],
      ["Cisco", 4],
    ]);
    expect(vp[0].title).toBe("对华为：主打其短板（price）；用实证化解其优势（brand）");
    expect(vp[0].facts).toMatchObject({ contactIds: ["a"], opportunityIds: ["p"] });
  });

  it("keeps only the top two and ignores people who left", () => {
    const f = facts({
      contacts: [
        contact("a", { competitor: "X", competitorStrength: 5, leftCompany: true }),
        contact("b", { competitor: "Y", competitorStrength: 1 }),
        contact("c", { competitor: "Z", competitorStrength: 2 }),
        contact("d", { competitor: "W", competitorStrength: 3 }),
      ],
    });
    expect(buildValueProposition(f, [], "en").map((v) => v.competitor)).toEqual(["W", "Z"]);
  });
});
