// Small builders for planning tests and the benchmark: every field has a plain default, override what matters.
import type {
  Account,
  AccountFacts,
  Competitor,
  Contact,
  Interaction,
  Opportunity,
  Order,
  Product,
  Score,
  Strategy,
} from "../types";

export const NOW = "2026-06-15T09:00:00.000Z";

export function account(over: Partial<Account> = {}): Account {
  return {
    id: "acc-1",
    externalId: null,
    name: "Acme",
    aliases: [],
    parentId: null,
    industry: "manufacturing",
    region: "east",
    employees: 1000,
    annualRevenue: null,
    ownerId: "u-1",
    walletEstimate: 1_000_000,
    strategicValue: 3,
    winnability: 3,
    ...over,
  };
}

export function contact(id: string, over: Partial<Contact> = {}): Contact {
  return {
    id,
    accountId: "acc-1",
    name: `Person ${id}`,
    title: null,
    department: null,
    reportsToId: null,
    role: "user",
    influence: 3,
    attitude: "neutral",
    ourStrength: 2,
    competitor: null,
    competitorStrength: null,
    email: null,
    phone: null,
    lastContactAt: "2026-06-01",
    leftCompany: false,
    ...over,
  };
}

export function order(id: string, over: Partial<Order> = {}): Order {
  return {
    id,
    accountId: "acc-1",
    productSku: "SKU-A",
    orderedAt: "2026-03-01",
    amount: 100_000,
    margin: 0.3,
    dueAt: null,
    paidAt: null,
    ...over,
  };
}

export function opportunity(id: string, over: Partial<Opportunity> = {}): Opportunity {
  return {
    id,
    accountId: "acc-1",
    name: `Deal ${id}`,
    stage: "proposal",
    amount: 200_000,
    createdAt: "2026-03-01",
    expectedClose: "2026-08-01",
    closedAt: null,
    status: "open",
    competitor: null,
    productSku: "SKU-A",
    stageHistory: [{ stage: "proposal", at: "2026-05-20" }],
    ...over,
  };
}

export function interaction(id: string, over: Partial<Interaction> = {}): Interaction {
  return { id, accountId: "acc-1", contactId: null, kind: "meeting", occurredAt: "2026-05-01", summary: null, ...over };
}

export function facts(over: Partial<AccountFacts> = {}): AccountFacts {
  return {
    account: account(),
    contacts: [],
    orders: [],
    opportunities: [],
    interactions: [],
    riskRecords: [],
    ...over,
  };
}

export function score(strategy: Strategy, over: Partial<Score> = {}): Score {
  return {
    accountId: "acc-1",
    total: 60,
    tier: "A",
    scorecard: "default",
    breakdown: [],
    segment: { nineBox: "mid-mid", quadrant: "maintain", strategy },
    rfm: { r: 3, f: 3, m: 3 },
    lifecycle: "stable",
    risks: [],
    ...over,
  };
}

export function product(sku: string, over: Partial<Product> = {}): Product {
  return { sku, name: `Product ${sku}`, category: null, description: null, listPrice: 10_000, ...over };
}

export function competitor(id: string, name: string, over: Partial<Competitor> = {}): Competitor {
  return { id, name, aliases: [], strengths: ["price"], weaknesses: ["service"], ...over };
}

/** A typical buying centre: a decision maker over a technical evaluator, procurement and a user. */
export function buyingCentre(): Contact[] {
  return [
    contact("dm", { role: "decision_maker", influence: 5, ourStrength: 3, attitude: "supporter" }),
    contact("te", {
      role: "technical_evaluator",
      influence: 4,
      reportsToId: "dm",
      ourStrength: 4,
      attitude: "supporter",
    }),
    contact("pr", { role: "procurement", influence: 3, reportsToId: "dm" }),
    contact("us", { role: "user", influence: 2, reportsToId: "te" }),
  ];
}

/** Deterministic pseudo-random numbers (mulberry32) for synthetic data without Math.random. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLE_MIX = [
  "decision_maker",
  "approver",
  "technical_evaluator",
  "user",
  "user",
  "procurement",
  "coach",
  "influencer",
] as const;
const ATTITUDE_MIX = ["supporter", "neutral", "neutral", "opponent"] as const;

/**
 * A synthetic account with `n` contacts in a reporting tree, a year or two of orders, a few deals and
 * interactions, all drawn from `seed`: same seed, same account.
 */
export function syntheticFacts(seed: number, n: number): AccountFacts {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const id = (i: number) => `c${String(i).padStart(4, "0")}`;
  const contacts = Array.from({ length: n }, (_, i) =>
    contact(id(i), {
      reportsToId: i === 0 ? null : id(Math.floor(rand() * i)),
      role: i === 0 ? "decision_maker" : pick(ROLE_MIX),
      influence: i === 0 ? 5 : int(1, 5),
      attitude: pick(ATTITUDE_MIX),
      ourStrength: int(0, 5),
      competitor: rand() < 0.3 ? pick(["Rival", "Other", "Third"]) : null,
      competitorStrength: int(0, 5),
      lastContactAt: rand() < 0.7 ? `2026-0${int(1, 6)}-1${int(0, 9)}` : null,
      leftCompany: rand() < 0.05,
    }),
  );
  const orders = Array.from({ length: int(0, 12) }, (_, i) =>
    order(`o${i}`, {
      productSku: pick(["SKU-A", "SKU-B", "SKU-C"]),
      orderedAt: `202${int(4, 6)}-0${int(1, 5)}-0${int(1, 9)}`,
      amount: int(1, 50) * 10_000,
    }),
  );
  const opportunities = Array.from({ length: int(0, 5) }, (_, i) =>
    opportunity(`p${i}`, {
      stage: pick(["lead", "qualified", "solution", "proposal", "negotiation"]),
      status: pick(["open", "open", "won", "lost"] as const),
      closedAt: "2026-02-01",
      competitor: rand() < 0.5 ? pick(["Rival", "Other"]) : null,
    }),
  );
  const interactions = Array.from({ length: int(0, 20) }, (_, i) =>
    interaction(`i${i}`, {
      contactId: id(int(0, n - 1)),
      occurredAt: `2026-0${int(1, 6)}-0${int(1, 9)}`,
      kind: pick(["visit", "call", "meeting"] as const),
    }),
  );
  return facts({
    account: account({ walletEstimate: rand() < 0.8 ? int(10, 500) * 10_000 : null }),
    contacts,
    orders,
    opportunities,
    interactions,
  });
}
