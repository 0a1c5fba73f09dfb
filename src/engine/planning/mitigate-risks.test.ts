import { describe, expect, it } from "vitest";
import { buildPowerMap } from "./build-power-map";
import { mitigateRisks, mitigationFor, riskReason } from "./mitigate-risks";
import { contact, facts, NOW } from "./test-fixtures";

describe("mitigateRisks", () => {
  it("maps the scoring engine's risk codes to mitigations by keyword, monitoring anything unknown", () => {
    expect(mitigationFor("orders_falling")).toBe("mit_value_review");
    expect(mitigationFor("late_payment")).toBe("mit_payment_terms");
    expect(mitigationFor("contact_left")).toBe("mit_rebuild_relationships");
    expect(mitigationFor("no_touch")).toBe("mit_schedule_visit");
    expect(mitigationFor("competitor_stronger")).toBe("mit_counter_competitor");
    expect(mitigationFor("lost_deal")).toBe("mit_loss_review");
    expect(mitigationFor("external_record")).toBe("mit_credit_check");
    expect(mitigationFor("something_new")).toBe("mit_monitor");
  });

  it("adds the power map's own risks, highest severity first, without duplicating the score's", () => {
    const pm = buildPowerMap(facts({ contacts: [contact("a", { attitude: "opponent", influence: 5 })] }), { now: NOW });
    const risks = mitigateRisks(
      [
        { code: "no_touch", severity: "low", reason: "No touch in 120 days" },
        { code: "single_threaded", severity: "medium", reason: "Only one contact" },
      ],
      pm,
      "en",
    );
    expect(risks.map((r) => [r.code, r.severity])).toEqual([
      ["blocker_present", "medium"],
      ["single_threaded", "medium"],
      ["no_touch", "low"],
    ]);
    expect(risks[0].facts).toEqual({ count: 1, contactIds: ["a"] });
  });

  it("keeps the scoring engine's English reason and renders Chinese from its facts when they are complete", () => {
    const facts = { revenue12m: 600_000, revenuePrev12m: 1_000_000, changePct: -40 };
    expect(riskReason("orders_falling", "revenue fell", facts, "en")).toBe("revenue fell");
    expect(riskReason("orders_falling", "revenue fell", facts, "zh")).toBe("近12个月收入60万元，上一年100万元（-40%）");
    expect(riskReason("no_touch", "no touch recorded", { lastTouchDays: null }, "zh")).toBe("no touch recorded");
  });
});
