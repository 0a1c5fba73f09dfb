import type { AccountFacts } from "../types";
import { contractEnd } from "./contract-end";
import { addDays, addMonths, endOfMonth } from "./dates";
import { expectedValue, relationship, sameOrg, winners } from "./match-signals";
import type { MatchKind, ParsedNotice, Reason, TenderMatch } from "./schema";

export type PredictMatchInput = {
  notice: ParsedNotice;
  noticeId: string;
  accountId: string;
  /** Confidence of the buyer-to-account match (0-1). */
  confidence: number;
  reasons: Reason[];
  products: { sku: string; score: number }[];
  facts?: AccountFacts;
  /** Our own company names: an award to one of them is ours, not a competitor's. */
  ourNames?: string[];
  /** Competitors we track (names or aliases). */
  ourCompetitors?: string[];
  publishedAt?: string;
  now: string;
};

type Plan = { kind: MatchKind; from: string; to: string; base: number; reasons: Reason[] };

const round2 = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number) => Math.min(0.95, Math.max(0.05, n));

function published(input: PredictMatchInput): string {
  return (input.notice.publishDate ?? input.publishedAt ?? input.now).slice(0, 10);
}

/** Open tenders close at the deadline; intentions buy in their expected month or 1-3 months out. */
function planOpen(input: PredictMatchInput, start: string): Plan {
  const n = input.notice;
  if (n.type === "intention") {
    const month = n.expectedPurchaseMonth;
    const from = month ? `${month}-01` : addMonths(start, 1);
    const to = month ? endOfMonth(addMonths(`${month}-01`, 1)) : addMonths(start, 3);
    return {
      kind: "upcoming",
      from,
      to,
      base: 0.35,
      reasons: [{ code: "procurement_intention", expectedPurchaseMonth: month ?? null }],
    };
  }
  const to = n.deadline ? n.deadline.slice(0, 10) : addDays(start, 30);
  const from = input.now.slice(0, 10) < to ? input.now.slice(0, 10) : start;
  return { kind: "open_tender", from, to, base: 0.3, reasons: [{ code: "open_tender", deadline: n.deadline }] };
}

/**
 * An award is a competitor win unless the winner is us; with a known contract end the next
 * round is predicted around it (renewal), otherwise a year after publication.
 */
function planAward(input: PredictMatchInput, start: string): Plan[] {
  const names = winners(input.notice);
  const ours = names.length > 0 && names.every((w) => sameOrg(w, input.ourNames ?? []));
  const end = contractEnd(input.notice, start);
  const renewalFrom = end ? addDays(end, -90) : addMonths(start, 9);
  const renewalTo = end ? addDays(end, 30) : addMonths(start, 13);
  const endReason: Reason = end ? { code: "contract_end", date: end } : { code: "renewal_estimated", months: 12 };
  const renewal: Plan = {
    kind: "renewal",
    from: renewalFrom,
    to: renewalTo,
    base: ours ? 0.6 : 0.2,
    reasons: [endReason, { code: ours ? "incumbent_is_us" : "incumbent_is_competitor", winners: names }],
  };
  if (ours) return [renewal];
  // One match per project and account: the competitor's award carries the renewal window as a fact of its own.
  const win: Plan = {
    kind: "competitor_win",
    from: renewalFrom,
    to: renewalTo,
    base: 0.25,
    reasons: [
      { code: "competitor_won", winners: names },
      endReason,
      { code: "renewal_window", from: renewalFrom, to: renewalTo },
    ],
  };
  return [win];
}

function probability(input: PredictMatchInput, plan: Plan): { p: number; reasons: Reason[] } {
  let p = plan.base;
  const reasons: Reason[] = [];
  const rel = relationship(input.facts);
  if (rel) {
    // each point of strength (0-5) we hold over the competitor with the deciders is worth 6 points of probability
    p += 0.06 * (rel.our - rel.competitor);
    reasons.push({ code: "relationship", ourStrength: round2(rel.our), competitorStrength: round2(rel.competitor) });
    const named = winners(input.notice);
    if (rel.strongCompetitor && named.some((w) => sameOrg(w, [rel.strongCompetitor!]))) {
      p -= 0.1;
      reasons.push({ code: "winner_is_strong_competitor", competitor: rel.strongCompetitor });
    }
  }
  const tracked = winners(input.notice).filter((w) => sameOrg(w, input.ourCompetitors ?? []));
  if (tracked.length) reasons.push({ code: "tracked_competitor", competitors: tracked });
  const top = input.products[0]?.score ?? 0;
  p += input.products.length ? 0.1 * top : -0.1;
  reasons.push({ code: "product_fit", products: input.products.length, topScore: round2(top) });
  p *= 0.5 + 0.5 * input.confidence;
  return { p: round2(clamp(p)), reasons };
}

function build(input: PredictMatchInput, plan: Plan): TenderMatch {
  const { value, source } = expectedValue(input.notice);
  const { p, reasons } = probability(input, plan);
  return {
    noticeId: input.noticeId,
    accountId: input.accountId,
    confidence: round2(input.confidence),
    reasons: [...input.reasons, ...plan.reasons, { code: "expected_value", source, value }, ...reasons],
    relevantProducts: input.products.map((x) => ({ sku: x.sku, score: x.score })),
    predicted: { value, winProbability: p, window: { from: plan.from, to: plan.to } },
    kind: plan.kind,
  };
}

/**
 * The prediction a notice supports for one account (one per project and account): an open tender or upcoming
 * purchase; for an award, our renewal or a competitor win carrying the renewal window (`renewal_window` reason).
 * winProbability blends the kind's base rate, our vs the competitor's strength with the account's
 * decision makers, product fit and match confidence; clamped to 0.05-0.95, two decimals.
 */
export function predictMatches(input: PredictMatchInput): TenderMatch[] {
  const start = published(input);
  const plans = input.notice.type === "award" ? planAward(input, start) : [planOpen(input, start)];
  return plans.map((plan) => build(input, plan));
}

/** The primary prediction of `predictMatches` (the first one). */
export function predictMatch(input: PredictMatchInput): TenderMatch {
  return predictMatches(input)[0];
}

export type { AccountFacts };
