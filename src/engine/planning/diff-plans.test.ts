import { describe, expect, it } from "vitest";
import { diffPlans } from "./diff-plans";
import { generatePlan } from "./generate-plan";
import { buyingCentre, contact, facts, NOW, score } from "./test-fixtures";

const plan = (contacts = buyingCentre(), target?: number) => {
  const f = facts({ contacts });
  if (target) f.account.target = target;
  return generatePlan({ facts: f, score: score("grow"), owner: { id: "u", name: "Li" }, now: NOW });
};

describe("diffPlans", () => {
  it("finds nothing changed between two plans from the same data", () => {
    expect(diffPlans(plan(), plan())).toEqual({
      strategyChanged: null,
      goalChanged: null,
      objectivesAdded: [],
      objectivesRemoved: [],
      objectivesRetargeted: [],
      actionsAdded: [],
      actionsRemoved: [],
    });
  });

  it("reports a new goal and the objectives retargeted with it", () => {
    const d = diffPlans(plan(), plan(buyingCentre(), 500_000));
    expect(d.goalChanged).toEqual({
      from: { metric: "share_of_wallet", target: 0.1 },
      to: { metric: "revenue", target: 500_000 },
    });
  });

  it("reports actions added for a new contact and removed for one who left", () => {
    const before = plan([...buyingCentre(), contact("x", { competitor: "R", competitorStrength: 5, influence: 4 })]);
    const after = plan([
      ...buyingCentre(),
      contact("x", { leftCompany: true }),
      contact("y", { competitor: "R", competitorStrength: 5, influence: 4 }),
    ]);
    const d = diffPlans(before, after);
    expect(d.actionsAdded.some((k) => k.includes("|y|"))).toBe(true);
    expect(d.actionsRemoved.some((k) => k.includes("|x|"))).toBe(true);
  });
});
