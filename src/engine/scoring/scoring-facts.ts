import type { Account, CompetitorAward, Contact, Interaction, Opportunity, Order, RiskRecord } from "../types";

// What scoring reads of an account's facts, and no more (issue 14): scoreAccount, scoreBookColumns, renderScore and
// selectScorecard take these, so a full AccountFacts still fits, and whole-book scoring can load (rescoreBook's
// loadBookColumns, the bench's synthetic book) only these fields: a contact with 9 of its 16 fields, an opportunity
// with 6 of 13, no stage history, no names or aliases of accounts, one date per interaction.

/** The account's attributes a scorecard, a segment or a scorecard assignment reads. */
export type ScoringAccount = Pick<
  Account,
  "id" | "industry" | "region" | "employees" | "annualRevenue" | "walletEstimate" | "strategicValue" | "winnability"
>;

/** What the relationship metric, the last touch and the contact risks (and their reasons) read. */
export type ScoringContact = Pick<
  Contact,
  | "id"
  | "name"
  | "role"
  | "influence"
  | "ourStrength"
  | "competitor"
  | "competitorStrength"
  | "lastContactAt"
  | "leftCompany"
>;

/** What cooperation start, the lost-deal risk and the lost lifecycle stage (and their reasons) read. */
export type ScoringOpportunity = Pick<Opportunity, "id" | "name" | "amount" | "closedAt" | "status" | "competitor">;

/** What the metrics and the receivables aging read of an order. */
export type ScoringOrder = Pick<Order, "orderedAt" | "amount" | "margin" | "dueAt" | "paidAt">;

/** A touch: only its date is read (the last touch). */
export type ScoringTouch = Pick<Interaction, "occurredAt">;

export type ScoringFacts = {
  account: ScoringAccount;
  contacts: readonly ScoringContact[];
  orders: readonly ScoringOrder[];
  opportunities: readonly ScoringOpportunity[];
  interactions: readonly ScoringTouch[];
  riskRecords: readonly RiskRecord[];
  competitorAwards?: readonly CompetitorAward[];
};

/**
 * One shared empty list for the many accounts with none of a kind; readonly, so nothing may push to it. Not frozen at
 * run time: a frozen array has elements of another kind, and every for-of over a fact list then takes the generic
 * iterator (a result object per step: three times the garbage of a book scoring).
 */
export const NONE: readonly never[] = [];

/** The fields scoring reads, copied into one object shape (the same for every account, so reads stay monomorphic). */
export function scoringAccount(a: ScoringAccount): ScoringAccount {
  return {
    id: a.id,
    industry: a.industry,
    region: a.region,
    employees: a.employees,
    annualRevenue: a.annualRevenue,
    walletEstimate: a.walletEstimate,
    strategicValue: a.strategicValue,
    winnability: a.winnability,
  };
}

export function scoringContact(c: ScoringContact): ScoringContact {
  return {
    id: c.id,
    name: c.name,
    role: c.role,
    influence: c.influence,
    ourStrength: c.ourStrength,
    competitor: c.competitor,
    competitorStrength: c.competitorStrength,
    lastContactAt: c.lastContactAt,
    leftCompany: c.leftCompany,
  };
}

export function scoringOpportunity(o: ScoringOpportunity): ScoringOpportunity {
  return { id: o.id, name: o.name, amount: o.amount, closedAt: o.closedAt, status: o.status, competitor: o.competitor };
}

/** A list kept exactly as long as it is (a list grown by push keeps spare room), NONE when empty. */
export function exactList<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}
