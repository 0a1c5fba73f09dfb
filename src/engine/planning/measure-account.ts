import type { AccountFacts, Product } from "../types";
import { byString, daysBetween, round, toMs } from "./date-math";

export type AccountMetrics = {
  /** Orders in the 365 days up to now, and in the 365 days before that (yuan). */
  revenue12m: number;
  revenuePrior12m: number;
  wallet: number | null;
  /** revenue12m / wallet, 3 decimals; null without a wallet estimate. */
  share: number | null;
  priorShare: number | null;
  skus12m: string[];
  skusEver: string[];
  /** Product lines bought in the prior year but not the last one, plus those of deals lost in the last year. */
  lostSkus: string[];
  lostOpportunityIds: string[];
  openOpportunityIds: string[];
  /** Products the account has never bought, dearest first. */
  whitespace: Product[];
  /** Meetings and visits in the last 365 days; any interaction in the last 90 days. */
  reviews12m: number;
  touches90d: number;
  orderIds12m: string[];
};

/** Revenue, share of wallet, product lines and touches that the plan's numbers come from. */
export function measureAccount(facts: AccountFacts, products: Product[], now: string): AccountMetrics {
  const age = (at: string) => daysBetween(at, now);
  const orders = [...facts.orders].filter((o) => toMs(o.orderedAt) <= toMs(now)).sort((a, b) => byString(a.id, b.id));
  const last = orders.filter((o) => age(o.orderedAt) < 365);
  const prior = orders.filter((o) => age(o.orderedAt) >= 365 && age(o.orderedAt) < 730);
  const revenue12m = round(last.reduce((s, o) => s + o.amount, 0));
  const revenuePrior12m = round(prior.reduce((s, o) => s + o.amount, 0));
  const wallet = facts.account.walletEstimate && facts.account.walletEstimate > 0 ? facts.account.walletEstimate : null;
  const skus = (xs: { productSku: string | null }[]) =>
    [...new Set(xs.map((x) => x.productSku).filter((s): s is string => !!s))].sort(byString);
  const skus12m = skus(last);
  const skusEver = skus(orders);
  const opps = [...facts.opportunities].sort((a, b) => byString(a.id, b.id));
  const lost = opps.filter((o) => o.status === "lost" && o.closedAt && age(o.closedAt) >= 0 && age(o.closedAt) < 365);
  const lostSkus = [...new Set([...skus(prior).filter((s) => !skus12m.includes(s)), ...skus(lost)])].sort(byString);
  const interactions = facts.interactions.filter((i) => toMs(i.occurredAt) <= toMs(now));
  return {
    revenue12m,
    revenuePrior12m,
    wallet,
    share: wallet ? round(revenue12m / wallet, 3) : null,
    priorShare: wallet ? round(revenuePrior12m / wallet, 3) : null,
    skus12m,
    skusEver,
    lostSkus,
    lostOpportunityIds: lost.map((o) => o.id),
    openOpportunityIds: opps.filter((o) => o.status === "open").map((o) => o.id),
    whitespace: products
      .filter((p) => !skusEver.includes(p.sku))
      .sort((a, b) => (b.listPrice ?? 0) - (a.listPrice ?? 0) || byString(a.sku, b.sku)),
    reviews12m: interactions.filter((i) => (i.kind === "meeting" || i.kind === "visit") && age(i.occurredAt) < 365)
      .length,
    touches90d: interactions.filter((i) => age(i.occurredAt) < 90).length,
    orderIds12m: last.map((o) => o.id),
  };
}
