import { describe, expect, it } from "vitest";
import { STRATEGIES } from "../types";
import { buildPowerMap } from "./build-power-map";
import { generatePlan } from "./generate-plan";
import { localizePlan, localizePowerMap } from "./localize-plan";
import { buyingCentre, contact, facts, NOW, order, score } from "./test-fixtures";

const f = facts({
  contacts: [
    ...buyingCentre(),
    contact("x", {
      role: "decision_maker",
      lastContactAt: null,
      reportsToId: "dm",
      competitor: "R",
      competitorStrength: 5,
    }),
  ],
  orders: [order("a")],
});

describe("localizePlan", () => {
  it.each(STRATEGIES)("turns an English %s plan into exactly the Chinese one generated directly", (s) => {
    const args = { facts: f, score: score(s), owner: { id: "u", name: "Li" }, now: NOW };
    const zh = generatePlan({ ...args, language: "zh" });
    expect(JSON.stringify(localizePlan(generatePlan(args), "zh"))).toBe(JSON.stringify(zh));
  });

  it("turns power-map suggestions into the other language", () => {
    const zh = buildPowerMap(f, { now: NOW, language: "zh" });
    expect(localizePowerMap(buildPowerMap(f, { now: NOW }), "zh")).toEqual(zh);
  });
});
