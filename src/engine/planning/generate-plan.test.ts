import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AccountFacts, STRATEGIES, type Strategy } from "../types";
import { type GeneratePlanInput, generatePlan } from "./generate-plan";
import {
  buyingCentre,
  competitor,
  contact,
  facts,
  interaction,
  NOW,
  opportunity,
  order,
  product,
  score,
  syntheticFacts,
} from "./test-fixtures";

const richFacts = (): AccountFacts =>
  facts({
    contacts: [
      ...buyingCentre(),
      contact("cx", {
        role: "approver",
        influence: 4,
        reportsToId: "dm",
        competitor: "Rival",
        competitorStrength: 4,
        ourStrength: 1,
        lastContactAt: null,
      }),
      contact("gone", { role: "coach", leftCompany: true }),
    ],
    orders: [order("o1"), order("o2", { orderedAt: "2025-03-01", productSku: "SKU-B" })],
    opportunities: [
      opportunity("p1", { competitor: "Rival" }),
      opportunity("p2", {
        status: "lost",
        stage: "lost",
        closedAt: "2026-02-01",
        productSku: "SKU-C",
        competitor: "Other",
      }),
    ],
    interactions: [interaction("i1", { contactId: "pr" })],
  });

const input = (strategy: Strategy, over: Partial<GeneratePlanInput> = {}): GeneratePlanInput => ({
  facts: richFacts(),
  score: score(strategy, { risks: [{ code: "orders_falling", severity: "medium", reason: "Orders fell 40%" }] }),
  products: [product("SKU-A"), product("SKU-D", { listPrice: 50_000 }), product("SKU-B")],
  competitors: [competitor("c1", "Rival", { aliases: ["对手"] })],
  owner: { id: "u-1", name: "Li Lei" },
  now: NOW,
  ...over,
});

describe("generatePlan", () => {
  it.each(STRATEGIES)("follows the segment's strategy %s with its own tactics", (strategy) => {
    const plan = generatePlan(input(strategy));
    expect(plan.strategy).toBe(strategy);
    expect(plan.strategies[0].code).toBe(strategy);
    expect(plan.strategies[0].tactics.length).toBeGreaterThanOrEqual(2);
    expect(plan.objectives.length).toBeGreaterThanOrEqual(2);
    expect(plan.objectives.length).toBeLessThanOrEqual(4);
  });

  it.each(STRATEGIES)("gives every %s objective a dated action within the horizon", (strategy) => {
    const plan = generatePlan(input(strategy, { horizonMonths: 6 }));
    for (const o of plan.objectives) {
      const mine = plan.actions.filter((a) => a.objectiveId === o.id);
      expect(mine.length).toBeGreaterThanOrEqual(1);
      for (const a of mine) {
        expect(a.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(a.due > "2026-06-15" && a.due <= "2026-12-15").toBe(true);
      }
    }
  });

  it.each(STRATEGIES)("names only current contacts from the power map in %s actions", (strategy) => {
    const plan = generatePlan(input(strategy));
    const ids = new Set(["dm", "te", "pr", "us", "cx"]);
    const named = plan.actions.flatMap((a) => [a.contactId, a.via]).filter((x): x is string => !!x);
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(ids.has(id)).toBe(true);
  });

  it("reaches a competitor-leaning decision maker through the introducer in the plan's actions", () => {
    const f = facts({
      contacts: [
        contact("dm", {
          role: "decision_maker",
          influence: 5,
          competitor: "Rival",
          competitorStrength: 5,
          ourStrength: 1,
        }),
        contact("r1", { reportsToId: "dm", ourStrength: 4 }),
      ],
    });
    const plan = generatePlan(input("winback", { facts: f }));
    expect(plan.actions.find((a) => a.code === "introduce_dm")).toMatchObject({
      contactId: "dm",
      via: "r1",
      owner: "Li Lei",
    });
    expect(plan.risks.map((r) => r.code)).toContain("dm_favours_competitor");
  });

  it("sets a share-of-wallet goal from revenue and wallet, and the account's own target when it has one", () => {
    expect(generatePlan(input("grow")).goal).toMatchObject({ metric: "share_of_wallet", baseline: 0.1, target: 0.2 });
    const f = richFacts();
    f.account.target = 400_000;
    expect(generatePlan(input("grow", { facts: f })).goal).toMatchObject({
      metric: "revenue",
      baseline: 100_000,
      target: 400_000,
    });
  });

  it("grows revenue instead of share when the wallet is unknown", () => {
    const f = richFacts();
    f.account.walletEstimate = null;
    const plan = generatePlan(input("grow", { facts: f }));
    expect(plan.objectives[0]).toMatchObject({
      code: "revenue_growth",
      metric: "revenue",
      baseline: 100_000,
      target: 120_000,
    });
    expect(plan.actions.some((a) => a.objectiveId === "revenue_growth" && a.contactId === "dm")).toBe(true);
  });

  it("traces objectives, actions and risks to facts", () => {
    const plan = generatePlan(input("grow"));
    expect(plan.objectives.find((o) => o.code === "wallet_share")?.facts).toMatchObject({
      revenue12m: 100_000,
      walletEstimate: 1_000_000,
      orderIds: ["o1"],
    });
    expect(plan.objectives.find((o) => o.code === "cross_sell")?.facts.whitespace).toEqual(["SKU-D"]);
    for (const a of plan.actions) expect(a.facts.objective).toBe(a.objectiveId);
    expect(plan.risks[0]).toMatchObject({ code: "orders_falling", mitigationCode: "mit_value_review" });
  });

  it("flags a one-contact account as a single-threaded risk and plans to widen coverage", () => {
    const plan = generatePlan(
      input("retain", { facts: facts({ contacts: [contact("solo", { role: "procurement", ourStrength: 4 })] }) }),
    );
    expect(plan.risks.find((r) => r.code === "single_threaded")?.severity).toBe("high");
    expect(plan.objectives.map((o) => o.code)).toContain("role_coverage");
    expect(plan.actions.filter((a) => a.code === "referral_request").every((a) => a.contactId === "solo")).toBe(true);
  });

  it("still dates an action per objective for an account with no contacts and no orders", () => {
    const plan = generatePlan(
      input("acquire", { facts: facts({ account: { ...facts().account, walletEstimate: null } }) }),
    );
    for (const o of plan.objectives) expect(plan.actions.some((a) => a.objectiveId === o.id)).toBe(true);
    expect(plan.actions.every((a) => a.contactId === null)).toBe(true);
    expect(plan.risks[0]).toMatchObject({ code: "no_known_contacts", mitigationCode: "mit_find_entry" });
  });

  it("ranks the top two competitors at the account for the value proposition", () => {
    const plan = generatePlan(input("grow"));
    expect(plan.valueProposition.map((v) => [v.competitor, v.competitorId, v.weight])).toEqual([
      ["Rival", "c1", 7],
      ["Other", null, 2],
    ]);
    expect(plan.valueProposition[0].title).toContain("service");
  });

  it("lists the iron triangle and the materials its actions need", () => {
    const plan = generatePlan(input("grow"));
    expect(plan.resources.slice(0, 3).map((r) => r.code)).toEqual(["sales", "solution", "delivery"]);
    const materials = new Set(plan.actions.map((a) => a.material).filter(Boolean));
    expect(plan.resources.filter((r) => r.kind === "material").map((r) => r.code)).toEqual([...materials].sort());
  });

  it("renders in Chinese on request with the same numbers", () => {
    const en = generatePlan(input("retain"));
    const zh = generatePlan(input("retain", { language: "zh" }));
    expect(zh.goal.title).toMatch(/份额/);
    expect(zh.objectives.map((o) => o.target)).toEqual(en.objectives.map((o) => o.target));
  });

  it("versions plans and says what changed since the previous one", () => {
    const v1 = generatePlan(input("grow"));
    const v2 = generatePlan(input("winback", { previous: v1 }));
    expect(v1.changes).toBeNull();
    expect(v2.version).toBe(2);
    expect(v2.changes?.strategyChanged).toEqual({ from: "grow", to: "winback" });
    expect(v2.changes?.objectivesAdded).toContain("root_cause");
    expect(v2.changes?.objectivesRemoved).toContain("cross_sell");
  });

  it("is byte-identical for the same data and now, whatever the input order", () => {
    const base = input("grow");
    const expected = JSON.stringify(generatePlan(base));
    const f = base.facts;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(f.contacts, { minLength: f.contacts.length }),
        fc.shuffledSubarray(f.opportunities, { minLength: 2 }),
        fc.shuffledSubarray(base.products!, { minLength: 3 }),
        fc.shuffledSubarray(f.orders, { minLength: f.orders.length }),
        (contacts, opportunities, products, orders) => {
          const again = generatePlan({ ...base, facts: { ...f, contacts, opportunities, orders }, products });
          expect(JSON.stringify(again)).toBe(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("generatePlan on synthetic accounts", () => {
  it("always dates an action per objective and names only current contacts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(...STRATEGIES),
        (seed, n, strategy) => {
          const f = syntheticFacts(seed, n);
          const plan = generatePlan({
            facts: f,
            score: score(strategy),
            products: [product("SKU-A"), product("SKU-N")],
            owner: { id: "u", name: "Li" },
            now: NOW,
          });
          const current = new Set(f.contacts.filter((c) => !c.leftCompany).map((c) => c.id));
          expect(plan.strategy).toBe(strategy);
          for (const o of plan.objectives)
            expect(plan.actions.some((a) => a.objectiveId === o.id && a.due <= "2027-06-15")).toBe(true);
          for (const a of plan.actions) {
            if (a.contactId) expect(current.has(a.contactId)).toBe(true);
            if (a.via) expect(current.has(a.via)).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("generatePlan objectives against the baseline", () => {
  it("never targets fewer business reviews than were held in the last year (7 -> at least 7)", () => {
    const reviews = Array.from({ length: 7 }, (_, k) =>
      interaction(`r${k}`, { kind: "meeting", occurredAt: `2026-0${k + 1}-10` }),
    );
    const base = richFacts();
    const plan = generatePlan(
      input("retain", { facts: { ...base, interactions: [...base.interactions, ...reviews] } }),
    );
    const review = plan.objectives.find((o) => o.code === "business_reviews");
    expect(review?.baseline).toBeGreaterThanOrEqual(7);
    expect(review?.target).toBe(review?.baseline);
    for (const o of plan.objectives)
      if (o.metric !== "competitor_led_contacts") expect(o.target).toBeGreaterThanOrEqual(o.baseline);
  });
});
