import type { AccountFacts } from "../types";
import { normaliseOrgName } from "./normalise-org-name";
import type { ParsedNotice } from "./schema";

/** Winner names of an award, from `winner` or the lots. */
export function winners(notice: ParsedNotice): string[] {
  const w = notice.winner ?? notice.lots.map((l) => l.winner).filter((x): x is string => !!x);
  return Array.isArray(w) ? w : [w];
}

/** True when a name is one of the given organisations (legal suffixes ignored, containment allowed). */
export function sameOrg(a: string, names: string[]): boolean {
  const n = normaliseOrgName(a);
  return names.some((x) => {
    const m = normaliseOrgName(x);
    return m.length >= 2 && (n === m || n.includes(m) || m.includes(n));
  });
}

/** Expected value: budget, else award amount (summed), else the lots' budgets or awards. */
export function expectedValue(notice: ParsedNotice): { value: number | null; source: string } {
  if (notice.budget) return { value: notice.budget.amount, source: "budget" };
  const award = notice.awardAmount;
  if (award)
    return {
      value: (Array.isArray(award) ? award : [award]).reduce((s, m) => s + m.amount, 0),
      source: "award_amount",
    };
  const lots = notice.lots.map((l) => l.budget?.amount ?? l.awardAmount?.amount ?? 0).reduce((s, x) => s + x, 0);
  return lots > 0 ? { value: lots, source: "lots" } : { value: null, source: "none" };
}

/** Mean ourStrength and competitorStrength (0-5) over the account's decision makers. */
export function relationship(
  facts: AccountFacts | undefined,
): { our: number; competitor: number; strongCompetitor: string | null } | null {
  const people = (facts?.contacts ?? []).filter((c) => !c.leftCompany);
  const deciders = people.filter(
    (c) => c.role === "decision_maker" || c.role === "approver" || (c.influence ?? 0) >= 4,
  );
  const pool = deciders.length ? deciders : people;
  if (!pool.length) return null;
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const strong = pool
    .filter((c) => c.competitor && (c.competitorStrength ?? 0) >= 3)
    .sort((a, b) => (b.competitorStrength ?? 0) - (a.competitorStrength ?? 0) || a.id.localeCompare(b.id))[0];
  return {
    our: mean(pool.map((c) => c.ourStrength ?? 0)),
    competitor: mean(pool.map((c) => c.competitorStrength ?? 0)),
    strongCompetitor: strong?.competitor ?? null,
  };
}
