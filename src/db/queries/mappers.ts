import type {
  Account,
  Attitude,
  Contact,
  Interaction,
  InteractionKind,
  Opportunity,
  Order,
  Product,
  RiskRecord,
  RiskRecordKind,
  Role,
  Severity,
} from "../../engine/types";
import type { accounts, contacts, interactions, opportunities, orders, products, riskRecords } from "../schema";

// Rows to the engine's plain types. Timestamps become ISO strings so engine output is byte-stable.
const iso = (v: string | null): string | null => (v == null ? null : new Date(v).toISOString());

export function toAccount(r: typeof accounts.$inferSelect): Account {
  return {
    id: r.id,
    externalId: r.externalId,
    name: r.name,
    aliases: r.aliases,
    parentId: r.parentId,
    industry: r.industry,
    region: r.region,
    employees: r.employees,
    annualRevenue: r.annualRevenue,
    ownerId: r.ownerId,
    walletEstimate: r.walletEstimate,
    strategicValue: r.strategicValue,
    winnability: r.winnability,
    target: r.target,
  };
}

export function toContact(r: typeof contacts.$inferSelect): Contact {
  return {
    id: r.id,
    accountId: r.accountId,
    name: r.name,
    title: r.title,
    department: r.department,
    reportsToId: r.reportsToId,
    role: r.role as Role | null,
    influence: r.influence,
    attitude: r.attitude as Attitude | null,
    ourStrength: r.ourStrength,
    competitor: r.competitor,
    competitorStrength: r.competitorStrength,
    email: r.email,
    phone: r.phone,
    lastContactAt: r.lastContactAt,
    leftCompany: r.leftCompany,
  };
}

export function toOrder(r: typeof orders.$inferSelect): Order {
  return {
    id: r.id,
    accountId: r.accountId,
    productSku: r.productSku,
    orderedAt: r.orderedAt,
    amount: r.amount,
    margin: r.margin,
    dueAt: r.dueAt,
    paidAt: r.paidAt,
  };
}

export function toOpportunity(r: typeof opportunities.$inferSelect): Opportunity {
  return {
    id: r.id,
    accountId: r.accountId,
    name: r.name,
    stage: r.stage,
    amount: r.amount,
    createdAt: r.createdAt,
    expectedClose: r.expectedClose,
    closedAt: r.closedAt,
    status: r.status,
    competitor: r.competitor,
    productSku: r.productSku,
    ownerId: r.ownerId,
    stageHistory: r.stageHistory,
  };
}

export function toInteraction(r: typeof interactions.$inferSelect): Interaction {
  return {
    id: r.id,
    accountId: r.accountId,
    contactId: r.contactId,
    kind: r.kind as InteractionKind,
    occurredAt: iso(r.occurredAt) ?? r.occurredAt,
    summary: r.summary,
  };
}

export function toRiskRecord(r: typeof riskRecords.$inferSelect): RiskRecord {
  return {
    id: r.id,
    accountId: r.accountId,
    kind: r.kind as RiskRecordKind,
    severity: r.severity as Severity,
    summary: r.summary,
    occurredAt: r.occurredAt,
  };
}

export function toProduct(r: typeof products.$inferSelect): Product {
  return { sku: r.sku, name: r.name, category: r.category, description: r.description, listPrice: r.listPrice };
}
