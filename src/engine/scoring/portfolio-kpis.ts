import type { AccountFacts, InteractionKind, Product, Score } from "../types";
import { type AccountMetrics, computeMetrics } from "./compute-metrics";
import { toDayNumber, toDayOrNull } from "./day-numbers";
import { round2, round4 } from "./round";

export type PortfolioOptions = {
  /** Catalogue: cross-sell counts categories when given, else SKUs. */
  products?: Product[];
  /** Cost per interaction kind (any unit); without it every interaction costs 1 (a count-based proxy). */
  interactionCost?: Partial<Record<InteractionKind, number>>;
};

/** Rates are fractions (4 decimals), null when their base is empty; money in yuan. */
export type PortfolioKpis = {
  accounts: number;
  keyAccounts: number;
  revenue12m: number;
  keyAccountRevenue12m: number;
  /** S+A trailing-year revenue / all trailing-year revenue. */
  keyAccountRevenueShare: number | null;
  /** Of accounts with revenue in the prior year, the share that still has revenue in the trailing year. */
  retentionRate: number | null;
  retentionBase: number;
  /** Of accounts with trailing-year revenue, the share buying >= 2 categories (or SKUs) in that year. */
  crossSellRate: number | null;
  crossSellBasis: "category" | "sku";
  /** Key accounts' share of trailing-year service effort (interactions, weighted by cost when given). */
  serviceCostShare: number | null;
  serviceCostBasis: "interaction_count" | "interaction_cost";
  /** Mean days from createdAt to closedAt of deals won in the trailing year. */
  avgConversionCycleDays: number | null;
  wonDeals: number;
};

/**
 * Portfolio KPIs over the book at `now`: key-account revenue share, retention rate, cross-sell rate,
 * service-cost share and average conversion cycle. `scores` supply tiers (key account = S or A);
 * an account without a score counts as not key.
 */
export function portfolioKpis(
  scores: Score[],
  factsList: AccountFacts[],
  now: string,
  options: PortfolioOptions = {},
): PortfolioKpis {
  const nowDay = toDayNumber(now);
  const tiers = new Map(scores.map((s) => [s.accountId, s.tier]));
  const categories = new Map((options.products ?? []).map((p) => [p.sku, p.category ?? p.sku]));
  const t = { ...EMPTY_TALLY };
  for (const facts of factsList) {
    const tier = tiers.get(facts.account.id);
    tallyAccount(t, facts, computeMetrics(facts, now), tier === "S" || tier === "A", nowDay, categories);
    tallyService(t, facts, tier === "S" || tier === "A", nowDay, options.interactionCost);
    tallyCycles(t, facts, nowDay);
  }
  return {
    accounts: factsList.length,
    keyAccounts: t.keyAccounts,
    revenue12m: round2(t.revenue),
    keyAccountRevenue12m: round2(t.keyRevenue),
    keyAccountRevenueShare: ratio(t.keyRevenue, t.revenue),
    retentionRate: ratio(t.retained, t.retentionBase),
    retentionBase: t.retentionBase,
    crossSellRate: ratio(t.crossBuyers, t.buyers),
    crossSellBasis: categories.size > 0 ? "category" : "sku",
    serviceCostShare: ratio(t.keyEffort, t.effort),
    serviceCostBasis: options.interactionCost ? "interaction_cost" : "interaction_count",
    avgConversionCycleDays: t.wonDeals > 0 ? round2(t.cycleDays / t.wonDeals) : null,
    wonDeals: t.wonDeals,
  };
}

const EMPTY_TALLY = {
  revenue: 0,
  keyRevenue: 0,
  keyAccounts: 0,
  retentionBase: 0,
  retained: 0,
  buyers: 0,
  crossBuyers: 0,
  effort: 0,
  keyEffort: 0,
  cycleDays: 0,
  wonDeals: 0,
};
type Tally = typeof EMPTY_TALLY;

function tallyAccount(
  t: Tally,
  facts: AccountFacts,
  m: AccountMetrics,
  key: boolean,
  nowDay: number,
  categories: Map<string, string>,
): void {
  t.revenue += m.revenue12m;
  if (key) {
    t.keyAccounts++;
    t.keyRevenue += m.revenue12m;
  }
  if (m.revenuePrev12m > 0) {
    t.retentionBase++;
    if (m.revenue12m > 0) t.retained++;
  }
  if (m.revenue12m > 0) {
    t.buyers++;
    if (kindsBought(facts, nowDay, categories) >= 2) t.crossBuyers++;
  }
}

/** Trailing-year interactions, each costing its kind's cost (0 for unlisted kinds) or 1 without a cost table. */
function tallyService(
  t: Tally,
  facts: AccountFacts,
  key: boolean,
  nowDay: number,
  costs: PortfolioOptions["interactionCost"],
): void {
  for (const i of facts.interactions) {
    const day = toDayOrNull(i.occurredAt);
    if (day === null || day > nowDay || nowDay - day >= 365) continue;
    const cost = costs ? (costs[i.kind] ?? 0) : 1;
    t.effort += cost;
    if (key) t.keyEffort += cost;
  }
}

/** Distinct categories (or SKUs without a catalogue) ordered in the trailing year. */
function kindsBought(facts: AccountFacts, nowDay: number, categories: Map<string, string>): number {
  const kinds = new Set<string>();
  for (const o of facts.orders) {
    const day = toDayNumber(o.orderedAt);
    if (o.productSku === null || !(day <= nowDay) || nowDay - day >= 365) continue;
    kinds.add(categories.size > 0 ? (categories.get(o.productSku) ?? o.productSku) : o.productSku);
  }
  return kinds.size;
}

function tallyCycles(t: Tally, facts: AccountFacts, nowDay: number): void {
  for (const o of facts.opportunities) {
    const closed = toDayOrNull(o.closedAt);
    const created = toDayOrNull(o.createdAt);
    if (o.status !== "won" || closed === null || created === null) continue;
    if (closed > nowDay || nowDay - closed >= 365) continue;
    t.cycleDays += Math.max(0, closed - created);
    t.wonDeals++;
  }
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? round4(part / whole) : null;
}
