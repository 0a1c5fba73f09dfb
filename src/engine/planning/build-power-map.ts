import type { AccountFacts, Contact, Interaction } from "../types";
import { analyzePowerMap, lastTouches } from "./analyze-power-map";
import { buildOrgGraph } from "./build-org-graph";
import { byString } from "./date-math";
import { suggestContacts } from "./suggest-contacts";
import type { Lang, PowerMap, PowerMapContact } from "./types";

export type PowerMapOptions = {
  /** ISO time the map is computed at: interactions after it are ignored. */
  now: string;
  /** Reporting-line hops searched for an introducer. Default 3. */
  maxHops?: number;
  /** Most suggestions returned. Default 12. */
  maxSuggestions?: number;
  language?: Lang;
};

/**
 * The power map (权力地图) of one account: contacts with role, influence, attitude and both sides' strength,
 * reporting lines, the analysis (coverage of the five key roles, gaps, champion, blockers, single-threading,
 * competitor-led people, unmet decision makers, introduction paths) and contact suggestions.
 * Pure and order-independent: contacts are sorted by id first, so shuffled input gives byte-identical output.
 * Runs in O(n log n) for n contacts (plus a bounded reporting-line search per decision maker).
 */
export function buildPowerMap(facts: AccountFacts, options: PowerMapOptions): PowerMap {
  const given = [...facts.contacts].sort((a, b) => byString(a.id, b.id));
  const touches = lastTouches(given, facts.interactions, options.now);
  const sorted = given.map((c) => (metOrTied(c, touches) ? c : { ...c, attitude: null }));
  const graph = buildOrgGraph(sorted);
  const analysis = analyzePowerMap(graph, touches, { maxHops: options.maxHops });
  const suggestions = suggestContacts({
    current: [...graph.byId.values()],
    analysis,
    touches,
    now: options.now,
    limit: options.maxSuggestions,
    language: options.language,
  });
  const stated = new Map(given.map((c) => [c.id, c.attitude]));
  const latest = latestWithEach(facts.interactions, options.now);
  const contacts = sorted.map((c) => toView(c, stated.get(c.id) ?? null, touches.has(c.id), latest.get(c.id)));
  return { accountId: facts.account.id, contacts, edges: graph.edges, analysis, suggestions };
}

/**
 * A stance is known only from data we have: a touch (interaction or last contact) or a stated tie (ourStrength
 * >= 1). Someone we never met has an unknown attitude, whatever a CRM default says, so is never a champion.
 */
function metOrTied(c: Contact, touches: Map<string, string>): boolean {
  return touches.has(c.id) || (c.ourStrength ?? 0) >= 1;
}

/** Each person's latest interaction not after `now` (ties: the larger id, so input order never matters). */
function latestWithEach(interactions: Interaction[], now: string): Map<string, Interaction> {
  const out = new Map<string, Interaction>();
  const at = Date.parse(now);
  for (const i of interactions) {
    if (!i.contactId || Date.parse(i.occurredAt) > at) continue;
    const seen = out.get(i.contactId);
    const t = Date.parse(i.occurredAt);
    const s = seen ? Date.parse(seen.occurredAt) : Number.NEGATIVE_INFINITY;
    if (t > s || (t === s && seen && byString(i.id, seen.id) > 0)) out.set(i.contactId, i);
  }
  return out;
}

function toView(
  c: Contact,
  statedAttitude: Contact["attitude"],
  met: boolean,
  last: Interaction | undefined,
): PowerMapContact {
  return {
    met,
    statedAttitude,
    id: c.id,
    accountId: c.accountId,
    name: c.name,
    title: c.title,
    department: c.department,
    role: c.role,
    influence: c.influence,
    attitude: c.attitude,
    ourStrength: c.ourStrength,
    competitor: c.competitor,
    competitorStrength: c.competitorStrength,
    reportsToId: c.reportsToId,
    lastContactAt: c.lastContactAt,
    lastInteraction: last ? { kind: last.kind, occurredAt: last.occurredAt, summary: last.summary } : null,
    leftCompany: c.leftCompany,
  };
}
