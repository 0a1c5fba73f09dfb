import type { Scorecard } from "./scorecard-schema";
import type { ScoringAccount } from "./scoring-facts";

/**
 * Which stored scorecard applies to which account segment. Every stated condition must hold
 * (industries and regions compared trimmed and lower-cased; employees inclusive bounds).
 */
export type ScorecardAssignment = {
  scorecardId: string;
  industries?: string[];
  regions?: string[];
  minEmployees?: number;
  maxEmployees?: number;
};

/**
 * The scorecard of the first assignment that matches the account and names a known scorecard,
 * else `fallback` (normally defaultScorecard).
 */
export function selectScorecard(
  account: ScoringAccount,
  scorecards: Scorecard[],
  assignments: ScorecardAssignment[],
  fallback: Scorecard,
): Scorecard {
  for (const a of assignments) {
    if (!matches(account, a)) continue;
    const card = scorecards.find((c) => c.id === a.scorecardId);
    if (card !== undefined) return card;
  }
  return fallback;
}

function matches(account: ScoringAccount, a: ScorecardAssignment): boolean {
  if (a.industries !== undefined && !listed(account.industry, a.industries)) return false;
  if (a.regions !== undefined && !listed(account.region, a.regions)) return false;
  const employees = account.employees;
  if (a.minEmployees !== undefined && (employees === null || employees < a.minEmployees)) return false;
  if (a.maxEmployees !== undefined && (employees === null || employees > a.maxEmployees)) return false;
  return true;
}

function listed(value: string | null, list: string[]): boolean {
  if (value === null) return false;
  const key = value.trim().toLowerCase();
  return list.some((v) => v.trim().toLowerCase() === key);
}
