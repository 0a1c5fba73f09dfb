import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { defaultScorecard } from "../src/engine/scoring/default-scorecard";
import { createDemoDeps, DEMO_KEYS, testApp } from "./harness";

describe("scorecards as data", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  beforeAll(async () => {
    deps = await createDemoDeps();
    call = testApp(deps).call;
  });
  afterAll(() => deps.close());

  const hospitalCard = {
    ...defaultScorecard,
    id: "hospital-strict",
    name: "Hospitals, stricter tiers",
    tierThresholds: { S: 95, A: 90, B: 85 },
  };

  it("stores a scorecard for a segment and re-scores the book with it", async () => {
    const res = await call("PUT", "/api/scorecards", DEMO_KEYS.admin, {
      scorecards: [hospitalCard],
      assignments: [{ scorecardId: "hospital-strict", industries: ["hospital"] }],
    });
    const { items, total } = await (await call("GET", "/api/accounts?limit=100", DEMO_KEYS.admin)).json();
    // every account of the book is re-scored, however many the demo holds
    expect(await res.json()).toEqual({ scorecards: 1, rescored: total });
    const hospital = items.find((a: { industry: string }) => a.industry === "hospital");
    const group = items.find((a: { industry: string }) => a.industry === "medical_group");
    const h = await (await call("GET", `/api/accounts/${hospital.id}/score`, DEMO_KEYS.admin)).json();
    const g = await (await call("GET", `/api/accounts/${group.id}/score`, DEMO_KEYS.admin)).json();
    expect(h.scorecard).toBe("hospital-strict");
    expect(g.scorecard).toBe(defaultScorecard.id);
    const expected = h.total >= 95 ? "S" : h.total >= 90 ? "A" : h.total >= 85 ? "B" : "C";
    expect(h.tier).toBe(expected);
  });

  it("rejects a scorecard whose weights do not sum to 1, and a rep's attempt", async () => {
    const bad = {
      ...hospitalCard,
      dimensions: hospitalCard.dimensions.map((d, i) => (i === 0 ? { ...d, weight: d.weight + 0.1 } : d)),
    };
    const res = await call("PUT", "/api/scorecards", DEMO_KEYS.admin, { scorecards: [bad], assignments: [] });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toMatch(/weight/i);
    const rep = await call("PUT", "/api/scorecards", DEMO_KEYS.rep1, { scorecards: [hospitalCard], assignments: [] });
    expect(rep.status).toBe(403);
  });
});
