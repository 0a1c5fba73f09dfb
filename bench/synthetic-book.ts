// A deterministic synthetic book of accounts for benchmarks: seeded PRNG (mulberry32), so the same
// (n, seed, now) always yields the same data. Each account has up to two years of orders before `now`
// (about one a month on average), a few contacts, interactions, opportunities and the odd risk record.
import { toDayNumber } from "../src/engine/scoring/day-numbers";
import { type OrderColumns, OrderColumnsBuilder } from "../src/engine/scoring/order-columns";
import {
  exactList,
  NONE,
  type ScoringFacts,
  type ScoringTouch,
  scoringAccount,
  scoringContact,
  scoringOpportunity,
} from "../src/engine/scoring/scoring-facts";
import type { AccountFacts, Contact, Interaction, Opportunity, Order, RiskRecord } from "../src/engine/types";

/** `prospectShare`: fraction of accounts with no orders or won deals yet (0 by default). */
export type SyntheticOptions = { n: number; seed?: number; now?: string; years?: number; prospectShare?: number };

const INDUSTRIES = [
  "manufacturing",
  "energy",
  "government",
  "healthcare",
  "finance",
  "retail",
  "education",
  "logistics",
];
const ROLES = [
  "decision_maker",
  "approver",
  "technical_evaluator",
  "user",
  "procurement",
  "coach",
  "influencer",
] as const;
const KINDS = ["visit", "call", "email", "meeting", "event"] as const;
const SKUS = Array.from({ length: 40 }, (_, i) => `SKU-${String(i + 1).padStart(3, "0")}`);
const MS_PER_DAY = 86_400_000;

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates `n` accounts with `years` (default 2) years of history ending at `now`. */
export function syntheticBook(options: SyntheticOptions): AccountFacts[] {
  const out: AccountFacts[] = new Array(options.n);
  generate(options, (i, facts) => {
    out[i] = facts;
  });
  return out;
}

/**
 * The same book (same seed, same figures) as book scoring loads it from the database (loadBookColumns): orders as
 * typed columns and each account's own order list empty, only the fields scoring reads (ScoringFacts, copied by the
 * same helpers the loader uses, lists at their exact length and NONE when empty), and of its interactions only the
 * date of the latest one on or before `now` (the only one scoring reads: its last touch). No order object, and no
 * field scoring does not read, outlives its account's generation.
 */
export function syntheticBookColumns(options: SyntheticOptions): { facts: ScoringFacts[]; orders: OrderColumns } {
  const facts: ScoringFacts[] = new Array(options.n);
  const builder = new OrderColumnsBuilder(options.n);
  const nowDay = toDayNumber(options.now ?? "2026-11-20");
  generate(options, (i, f) => {
    for (const o of f.orders) builder.pushOrder(o);
    builder.endAccount();
    facts[i] = {
      account: scoringAccount(f.account),
      contacts: exactList(f.contacts.map(scoringContact)),
      orders: NONE,
      opportunities: exactList(f.opportunities.map(scoringOpportunity)),
      interactions: latestTouch(f.interactions, nowDay),
      riskRecords: exactList(f.riskRecords),
      competitorAwards: f.competitorAwards ?? NONE,
    };
  });
  return { facts, orders: builder.finish() };
}

/** The latest touch on or before `nowDay` (the first of equals), as loadBookColumns keeps it; NONE if none. */
function latestTouch(interactions: Interaction[], nowDay: number): readonly ScoringTouch[] {
  let kept: ScoringTouch | undefined;
  let keptDay = Number.NEGATIVE_INFINITY;
  for (const t of interactions) {
    const day = toDayNumber(t.occurredAt);
    if (day <= nowDay && day > keptDay) {
      kept = { occurredAt: t.occurredAt };
      keptDay = day;
    }
  }
  return kept === undefined ? NONE : [kept];
}

function generate(options: SyntheticOptions, each: (i: number, facts: AccountFacts) => void): void {
  const now = options.now ?? "2026-11-20";
  const years = options.years ?? 2;
  const rand = prng(options.seed ?? 42);
  const nowMs = Date.parse(`${now}T00:00:00Z`);
  const span = Math.round(365 * years);
  // Dates are shared strings: one per day in the window (and a month beyond for due dates).
  const days = Array.from({ length: span + 120 }, (_, i) =>
    new Date(nowMs - (span - i) * MS_PER_DAY).toISOString().slice(0, 10),
  );
  for (let i = 0; i < options.n; i++) {
    const facts = syntheticAccount(i, rand, days, span);
    if (rand() < (options.prospectShare ?? 0)) {
      facts.orders = [];
      facts.opportunities = facts.opportunities.filter((o) => o.status !== "won");
    }
    each(i, facts);
  }
}

function syntheticAccount(i: number, rand: () => number, days: string[], span: number): AccountFacts {
  const id = `acc-${i}`;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const scale = Math.exp(9 + rand() * 6); // typical order size: ~8k to ~3M yuan
  const perYear = 2 + Math.floor(rand() * rand() * 30);
  const trend = (rand() - 0.5) * 1.6; // revenue drift over the window, -80%..+80%
  const start = rand() < 0.15 ? Math.floor(rand() * span) : 0; // some accounts are newer
  const margin = 0.05 + rand() * 0.35;
  const lateness = rand() < 0.2 ? rand() * 90 : 0;
  const orders: Order[] = [];
  const count = Math.max(1, Math.round((perYear * (span - start)) / 365));
  const skuBase = Math.floor(rand() * SKUS.length);
  const breadth = 1 + Math.floor(rand() * 5);
  for (let k = 0; k < count; k++) {
    const day = start + Math.floor(rand() * (span - start));
    const growth = 1 + (trend * (day - span / 2)) / span;
    const due = day + 30;
    const late = lateness > 0 ? Math.floor(rand() * lateness) : 0;
    const paid = due + late;
    orders.push({
      id: `${id}-o${k}`,
      accountId: id,
      productSku: SKUS[(skuBase + Math.floor(rand() * breadth)) % SKUS.length],
      orderedAt: days[day],
      amount: Math.round(scale * growth * (0.5 + rand())),
      margin: Math.round(margin * 1000) / 1000,
      dueAt: days[due],
      paidAt: paid <= span ? days[paid] : null,
    });
  }
  const contacts = syntheticContacts(id, rand, days, span, pick);
  return {
    account: {
      id,
      externalId: `ext-${i}`,
      name: `Account ${i}`,
      aliases: [],
      parentId: null,
      industry: pick(INDUSTRIES),
      region: null,
      employees: Math.round(Math.exp(3 + rand() * 7)),
      annualRevenue: null,
      ownerId: null,
      walletEstimate: rand() < 0.8 ? Math.round(scale * perYear * (1 + rand() * 4)) : null,
      strategicValue: 1 + Math.floor(rand() * 5),
      winnability: 1 + Math.floor(rand() * 5),
    },
    contacts,
    orders,
    opportunities: syntheticOpportunities(id, rand, days, span, scale),
    interactions: syntheticInteractions(id, rand, days, span, contacts, pick),
    riskRecords: syntheticRiskRecords(id, rand, days, span),
  };
}

function syntheticContacts(
  id: string,
  rand: () => number,
  days: string[],
  span: number,
  pick: <T>(xs: readonly T[]) => T,
): Contact[] {
  const n = 1 + Math.floor(rand() * 4);
  return Array.from({ length: n }, (_, k) => ({
    id: `${id}-c${k}`,
    accountId: id,
    name: `Contact ${k}`,
    title: null,
    department: null,
    reportsToId: null,
    role: k === 0 ? "decision_maker" : pick(ROLES),
    influence: 1 + Math.floor(rand() * 5),
    attitude: null,
    ourStrength: Math.floor(rand() * 6),
    competitor: rand() < 0.3 ? "Rival Co" : null,
    competitorStrength: Math.floor(rand() * 6),
    email: null,
    phone: null,
    lastContactAt: days[Math.max(0, span - Math.floor(rand() * 200))],
    leftCompany: rand() < 0.05,
  }));
}

function syntheticOpportunities(
  id: string,
  rand: () => number,
  days: string[],
  span: number,
  scale: number,
): Opportunity[] {
  const n = Math.floor(rand() * 3);
  return Array.from({ length: n }, (_, k) => {
    const created = Math.floor(rand() * (span - 60));
    const r = rand();
    const status = r < 0.4 ? "won" : r < 0.6 ? "lost" : "open";
    const closed = status === "open" ? null : days[created + 20 + Math.floor(rand() * 40)];
    return {
      id: `${id}-p${k}`,
      accountId: id,
      name: `Deal ${k}`,
      stage: status === "open" ? "proposal" : status,
      amount: Math.round(scale * (1 + rand() * 5)),
      createdAt: days[created],
      expectedClose: null,
      closedAt: closed,
      status,
      competitor: null,
      productSku: null,
      stageHistory: [],
    } satisfies Opportunity;
  });
}

function syntheticInteractions(
  id: string,
  rand: () => number,
  days: string[],
  span: number,
  contacts: Contact[],
  pick: <T>(xs: readonly T[]) => T,
): Interaction[] {
  const n = Math.floor(rand() * 8);
  return Array.from({ length: n }, (_, k) => ({
    id: `${id}-i${k}`,
    accountId: id,
    contactId: pick(contacts).id,
    kind: pick(KINDS),
    occurredAt: days[Math.floor(rand() * (span + 1))],
    summary: null,
  }));
}

function syntheticRiskRecords(id: string, rand: () => number, days: string[], span: number): RiskRecord[] {
  if (rand() >= 0.05) return [];
  return [
    {
      id: `${id}-r0`,
      accountId: id,
      kind: rand() < 0.5 ? "judicial" : "financial",
      severity: rand() < 0.5 ? "medium" : "high",
      summary: "synthetic record",
      occurredAt: days[span - Math.floor(rand() * 300)],
    },
  ];
}
