// Health dimensions read from the people: decision chain access, competition, relationship.
import type { AccountFacts, Contact, Opportunity } from "../types";
import { byString, clamp, daysBetween, round, toMs } from "./date-math";
import { CHAMPION_MIN_INFLUENCE, KEY_ROLES, MIN_INTRODUCER_STRENGTH, strengthOf } from "./role-playbook";
import type { HealthDimension } from "./types";

function current(facts: AccountFacts): Contact[] {
  return facts.contacts.filter((c) => !c.leftCompany).sort((a, b) => byString(a.id, b.id));
}

/** Key-role coverage (up to 50), access to a decision maker (30 engaged, 15 known) and a champion (20). */
export function rateDecisionChain(facts: AccountFacts): HealthDimension {
  const people = current(facts);
  const covered = KEY_ROLES.filter((r) => people.some((c) => c.role === r)).length;
  const dms = people.filter((c) => c.role === "decision_maker");
  const engaged = dms.filter((c) => strengthOf(c) >= 3);
  const champion = people.some((c) => c.attitude === "supporter" && (c.influence ?? 0) >= CHAMPION_MIN_INFLUENCE);
  const access = engaged.length ? 30 : dms.length ? 15 : 0;
  const score = Math.round((covered / KEY_ROLES.length) * 50) + access + (champion ? 20 : 0);
  const code = dms.length === 0 ? "no_decision_maker" : engaged.length ? "dm_engaged" : "dm_not_engaged";
  return {
    key: "decision_chain",
    score: clamp(score),
    code,
    facts: { keyRolesCovered: covered, decisionMakerIds: dms.map((c) => c.id), champion },
  };
}

const norm = (s: string | null) => (s ?? "").trim().toLowerCase();

/**
 * Our strength against the competitor's with the people naming it (the opp's competitor if set, else any),
 * weighted by influence: 50 at parity, ±10 per point of average difference.
 */
export function rateCompetition(opp: Opportunity, facts: AccountFacts): HealthDimension {
  const named = norm(opp.competitor);
  const people = current(facts).filter((c) => c.competitor && (!named || norm(c.competitor) === named));
  const base = { competitor: opp.competitor, contactIds: people.map((c) => c.id) };
  if (people.length === 0) {
    return named
      ? { key: "competition", score: 60, code: "competitor_named_no_ties", facts: base }
      : { key: "competition", score: 80, code: "no_competitor_known", facts: base };
  }
  let weight = 0;
  let diff = 0;
  for (const c of people) {
    const w = c.influence ?? 1;
    weight += w;
    diff += w * (strengthOf(c) - (c.competitorStrength ?? 0));
  }
  const avg = round(diff / weight, 2);
  const code = avg < 0 ? "competitor_stronger" : avg > 0 ? "competitor_weaker" : "competitor_even";
  return { key: "competition", score: clamp(Math.round(50 + avg * 10)), code, facts: { ...base, averageLead: avg } };
}

/** Influence-weighted average of our strength (0-5 → 0-100); no touch at the account in 90 days costs 20. */
export function rateRelationship(facts: AccountFacts, now: string): HealthDimension {
  const people = current(facts);
  if (people.length === 0) return { key: "relationship", score: 0, code: "no_contacts", facts: {} };
  let weight = 0;
  let sum = 0;
  for (const c of people) {
    weight += c.influence ?? 1;
    sum += (c.influence ?? 1) * strengthOf(c);
  }
  const avg = round(sum / weight, 2);
  const nowMs = toMs(now);
  const touches = [...facts.interactions.map((i) => i.occurredAt), ...people.map((c) => c.lastContactAt)]
    .filter((t): t is string => t !== null && toMs(t) <= nowMs)
    .map((t) => daysBetween(t, now));
  const daysSinceTouch = touches.length ? Math.floor(Math.min(...touches)) : null;
  const stale = daysSinceTouch === null || daysSinceTouch > 90;
  const score = clamp(Math.round(avg * 20) - (stale ? 20 : 0));
  const code = stale
    ? "no_recent_touch"
    : avg >= MIN_INTRODUCER_STRENGTH + 1
      ? "strong_relationship"
      : "weak_relationship";
  return { key: "relationship", score, code, facts: { averageStrength: avg, daysSinceTouch } };
}
