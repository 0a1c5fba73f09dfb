// fast-check generators for scoring property tests: accounts with random orders, contacts and
// attributes, and random valid scorecards built from the default scorecard's rules.
import fc from "fast-check";
import type { AccountFacts, Contact, Order } from "../types";
import { defaultScorecard } from "./default-scorecard";
import { daysAgo, makeAccount, makeContact, makeFacts, makeOrder } from "./fixtures";
import type { Scorecard } from "./scorecard-schema";

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

export const orderArb: fc.Arbitrary<Order> = fc
  .record({
    age: fc.integer({ min: -30, max: 900 }),
    amount: fc.integer({ min: 0, max: 20_000_000 }),
    margin: nullable(fc.double({ min: -0.2, max: 0.8, noNaN: true })),
    dueIn: nullable(fc.integer({ min: 0, max: 90 })),
    paidAfter: nullable(fc.integer({ min: -10, max: 200 })),
  })
  .map((o) =>
    makeOrder({
      orderedAt: daysAgo(o.age),
      amount: o.amount,
      margin: o.margin,
      dueAt: o.dueIn === null ? null : daysAgo(o.age - o.dueIn),
      paidAt: o.dueIn === null || o.paidAfter === null ? null : daysAgo(o.age - o.dueIn - o.paidAfter),
    }),
  );

export const contactArb: fc.Arbitrary<Contact> = fc
  .record({
    role: fc.constantFrom("decision_maker", "approver", "user", "coach", null),
    influence: nullable(fc.integer({ min: 1, max: 5 })),
    ourStrength: nullable(fc.integer({ min: 0, max: 5 })),
    competitorStrength: nullable(fc.integer({ min: 0, max: 5 })),
    leftCompany: fc.boolean(),
    touched: nullable(fc.integer({ min: 0, max: 400 })),
  })
  .map((c) =>
    makeContact({
      ...c,
      competitor: c.competitorStrength === null ? null : "Rival",
      lastContactAt: c.touched === null ? null : daysAgo(c.touched),
    }),
  );

export const factsArb: fc.Arbitrary<AccountFacts> = fc
  .record({
    id: fc.constantFrom("a1", "a2", "a3"),
    industry: nullable(fc.constantFrom("manufacturing", "Government", "retail", "零售", "mining")),
    employees: nullable(fc.integer({ min: 1, max: 100_000 })),
    wallet: nullable(fc.integer({ min: 1, max: 50_000_000 })),
    strategicValue: nullable(fc.integer({ min: 1, max: 5 })),
    winnability: nullable(fc.integer({ min: 1, max: 5 })),
    orders: fc.array(orderArb, { maxLength: 30 }),
    contacts: fc.array(contactArb, { maxLength: 5 }),
  })
  .map((f) =>
    makeFacts({
      account: makeAccount({
        id: f.id,
        industry: f.industry,
        employees: f.employees,
        walletEstimate: f.wallet,
        strategicValue: f.strategicValue,
        winnability: f.winnability,
      }),
      orders: f.orders,
      contacts: f.contacts,
    }),
  );

/** A valid scorecard: a random non-empty subset of the default dimensions with random weights normalised to 1. */
export const scorecardArb: fc.Arbitrary<Scorecard> = fc
  .array(
    fc.tuple(fc.integer({ min: 0, max: defaultScorecard.dimensions.length - 1 }), fc.integer({ min: 1, max: 1000 })),
    {
      minLength: 1,
      maxLength: 15,
    },
  )
  .map((picks) => {
    const unique = new Map(picks);
    const sum = [...unique.values()].reduce((s, w) => s + w, 0);
    return {
      ...defaultScorecard,
      id: "random",
      dimensions: [...unique].map(([i, w]) => ({ ...defaultScorecard.dimensions[i], weight: w / sum })),
      industryOverrides: undefined,
    };
  });
