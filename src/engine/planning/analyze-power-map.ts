import { type Contact, type Interaction, ROLES, type Role } from "../types";
import type { OrgGraph } from "./build-org-graph";
import { byString, round, toMs } from "./date-math";
import { findIntroPath } from "./find-intro-path";
import { CHAMPION_MIN_INFLUENCE, competitorLeads, KEY_ROLES, strengthOf } from "./role-playbook";
import type { CompetitorStronger, IntroPath, PowerMapAnalysis } from "./types";

/** Latest touch per contact: the later of `lastContactAt` and its interactions up to `now`. */
export function lastTouches(contacts: Contact[], interactions: Interaction[], now: string): Map<string, string> {
  const nowMs = toMs(now);
  const latest = new Map<string, { at: string; ms: number }>();
  const consider = (id: string, at: string | null) => {
    if (!at) return;
    const ms = toMs(at);
    if (ms > nowMs) return;
    const seen = latest.get(id);
    // Equal instants written differently: keep the smaller string so input order cannot matter.
    if (!seen || ms > seen.ms || (ms === seen.ms && at < seen.at)) latest.set(id, { at, ms });
  };
  for (const c of contacts) consider(c.id, c.lastContactAt);
  for (const i of interactions) if (i.contactId) consider(i.contactId, i.occurredAt);
  return new Map([...latest].map(([id, v]) => [id, v.at]));
}

/** Most influential first, then id: the order of every list of people in the analysis. */
export function byInfluence(a: Contact, b: Contact): number {
  return (b.influence ?? 0) - (a.influence ?? 0) || byString(a.id, b.id);
}

/**
 * Role coverage, single-threading, champion and blockers, competitor-led people, unmet decision makers and
 * introduction paths to the decision makers we have not met or who lean to a competitor.
 * Only current contacts (not `leftCompany`) count. `graph.byId` must be sorted by id (buildPowerMap does).
 */
export function analyzePowerMap(
  graph: OrgGraph,
  touches: Map<string, string>,
  options: { maxHops?: number } = {},
): PowerMapAnalysis {
  const current = [...graph.byId.values()];
  const roleCounts = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const c of current) if (c.role) roleCounts[c.role]++;
  const gaps = KEY_ROLES.filter((r) => roleCounts[r] === 0);
  const champions = current
    .filter((c) => c.attitude === "supporter" && (c.influence ?? 0) >= CHAMPION_MIN_INFLUENCE)
    .sort((a, b) => strengthOf(b) - strengthOf(a) || byInfluence(a, b));
  const blockers = current
    .filter((c) => c.attitude === "opponent" && (c.influence ?? 0) >= CHAMPION_MIN_INFLUENCE)
    .sort(byInfluence);
  // A contact with unknown strength is still someone we know by name; only an explicit 0 means no tie.
  const knownContacts = current.filter((c) => c.ourStrength === null || c.ourStrength > 0).length;
  const competitorStronger: CompetitorStronger[] = current
    .filter(competitorLeads)
    .sort(byInfluence)
    .map((c) => ({
      contactId: c.id,
      competitor: c.competitor,
      competitorStrength: c.competitorStrength ?? 0,
      ourStrength: strengthOf(c),
    }));
  const decisionMakers = current.filter((c) => c.role === "decision_maker").sort(byInfluence);
  const unmet = decisionMakers.filter((c) => !touches.has(c.id));
  const championId = champions[0]?.id ?? null;
  return {
    coverage: round((KEY_ROLES.length - gaps.length) / KEY_ROLES.length, 2),
    gaps,
    champion: championId,
    champions: champions.map((c) => c.id),
    blockers: blockers.map((c) => c.id),
    singleThreaded: knownContacts === 1,
    currentContacts: current.length,
    knownContacts,
    competitorStronger,
    unmetDecisionMakers: unmet.map((c) => c.id),
    paths: introPaths(graph, decisionMakers, touches, championId, options.maxHops),
    roleCounts,
  };
}

/** Routes to each decision maker we have not met or who leans to a competitor, most influential first. */
function introPaths(
  graph: OrgGraph,
  decisionMakers: Contact[],
  touches: Map<string, string>,
  championId: string | null,
  maxHops?: number,
): IntroPath[] {
  const paths: IntroPath[] = [];
  for (const dm of decisionMakers) {
    // A named competitor plus open opposition counts as leaning even when strengths were not recorded.
    const leaning = competitorLeads(dm) || (!!dm.competitor && dm.attitude === "opponent");
    const reason = pathReason(!touches.has(dm.id), leaning);
    const path = reason ? findIntroPath(graph, dm.id, reason, { maxHops, championId }) : null;
    if (path) paths.push(path);
  }
  return paths;
}

function pathReason(unmet: boolean, leaning: boolean): IntroPath["reason"] | null {
  if (unmet && leaning) return "unmet_competitor_leaning";
  if (unmet) return "unmet";
  if (leaning) return "competitor_leaning";
  return null;
}
