// Small builders for scoring tests: each gives a plain, valid object with overridable fields.
import type { Account, AccountFacts, Contact, Interaction, Opportunity, Order, RiskRecord } from "../types";
import { fromDayNumber, toDayNumber } from "./day-numbers";

export const NOW = "2026-06-30";

/** The ISO date `days` days before NOW (negative: after). */
export function daysAgo(days: number, now = NOW): string {
  return fromDayNumber(toDayNumber(now) - days);
}

export function makeAccount(over: Partial<Account> = {}): Account {
  return {
    id: "a1",
    externalId: null,
    name: "Acme",
    aliases: [],
    parentId: null,
    industry: "manufacturing",
    region: null,
    employees: 800,
    annualRevenue: null,
    ownerId: null,
    walletEstimate: null,
    strategicValue: 3,
    winnability: 3,
    ...over,
  };
}

let seq = 0;

export function makeOrder(over: Partial<Order> = {}): Order {
  seq++;
  return {
    id: `o${seq}`,
    accountId: "a1",
    productSku: "SKU-1",
    orderedAt: daysAgo(10),
    amount: 100_000,
    margin: 0.25,
    dueAt: null,
    paidAt: null,
    ...over,
  };
}

export function makeContact(over: Partial<Contact> = {}): Contact {
  seq++;
  return {
    id: `c${seq}`,
    accountId: "a1",
    name: `Contact ${seq}`,
    title: null,
    department: null,
    reportsToId: null,
    role: "user",
    influence: 3,
    attitude: "neutral",
    ourStrength: 3,
    competitor: null,
    competitorStrength: null,
    email: null,
    phone: null,
    lastContactAt: null,
    leftCompany: false,
    ...over,
  };
}

export function makeInteraction(over: Partial<Interaction> = {}): Interaction {
  seq++;
  return {
    id: `i${seq}`,
    accountId: "a1",
    contactId: null,
    kind: "call",
    occurredAt: daysAgo(5),
    summary: null,
    ...over,
  };
}

export function makeOpportunity(over: Partial<Opportunity> = {}): Opportunity {
  seq++;
  return {
    id: `p${seq}`,
    accountId: "a1",
    name: `Deal ${seq}`,
    stage: "proposal",
    amount: 50_000,
    createdAt: daysAgo(90),
    expectedClose: null,
    closedAt: null,
    status: "open",
    competitor: null,
    productSku: null,
    stageHistory: [],
    ...over,
  };
}

export function makeRiskRecord(over: Partial<RiskRecord> = {}): RiskRecord {
  seq++;
  return {
    id: `r${seq}`,
    accountId: "a1",
    kind: "judicial",
    severity: "medium",
    summary: "lawsuit filed",
    occurredAt: daysAgo(30),
    ...over,
  };
}

export function makeFacts(over: Partial<AccountFacts> = {}): AccountFacts {
  return {
    account: makeAccount(),
    contacts: [],
    orders: [],
    opportunities: [],
    interactions: [],
    riskRecords: [],
    ...over,
  };
}

/** `count` orders of `amount` each, one every `everyDays` days going back from `startDaysAgo`. */
export function orderRun(count: number, amount: number, everyDays = 30, startDaysAgo = 5): Order[] {
  return Array.from({ length: count }, (_, k) =>
    makeOrder({ amount, orderedAt: daysAgo(startDaysAgo + k * everyDays) }),
  );
}
