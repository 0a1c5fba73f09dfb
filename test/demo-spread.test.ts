import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts } from "../src/db/schema";
import type { Deps } from "../src/deps";
import type { AccountScore } from "../src/engine/scoring/score-account";
import { LIFECYCLES, STRATEGIES, TIERS } from "../src/engine/types";
import { latestScores } from "../src/services/scores";
import { createDemoDeps } from "./harness";

// The demo must show every outcome the engine can give, or a new user never sees half of Furrow.
describe("the demo book's scores", () => {
  let deps: Deps;
  let scores: AccountScore[];

  beforeAll(async () => {
    deps = await createDemoDeps();
    const ids = (await deps.db.select({ id: accounts.id }).from(accounts)).map((a) => a.id);
    scores = [...(await latestScores(deps.db, ids)).values()];
  });
  afterAll(() => deps.close());

  const seen = (f: (s: AccountScore) => string) => new Set(scores.map(f));

  it("reaches every tier, strategy and lifecycle stage", () => {
    // 40 generated accounts plus the 7 hard situations of issue 10 (src/db/seed/hard-situations.ts).
    expect(scores).toHaveLength(47);
    expect([...seen((s) => s.tier)].sort()).toEqual([...TIERS].sort());
    expect([...seen((s) => s.segment.strategy)].sort()).toEqual([...STRATEGIES].sort());
    expect([...seen((s) => s.lifecycle)].sort()).toEqual([...LIFECYCLES].sort());
  });

  it("reaches every nine-box cell and value × potential quadrant", () => {
    const levels = ["low", "mid", "high"];
    expect([...seen((s) => s.segment.nineBox)].sort()).toEqual(
      levels.flatMap((p) => levels.map((c) => `${p}-${c}`)).sort(),
    );
    expect([...seen((s) => s.segment.quadrant)].sort()).toEqual(["core", "develop", "maintain", "potential"]);
  });

  it("keeps each score's total equal to the weighted sum of its points", () => {
    for (const s of scores) {
      const sum = s.breakdown.reduce((acc, d) => acc + d.weight * d.points, 0);
      expect(Math.abs(s.total - sum)).toBeLessThan(0.01);
      expect(s.breakdown.reduce((acc, d) => acc + d.weight, 0)).toBeCloseTo(1, 9);
    }
  });
});
