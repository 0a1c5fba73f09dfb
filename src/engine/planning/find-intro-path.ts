import type { Contact } from "../types";
import type { OrgGraph } from "./build-org-graph";
import { byString } from "./date-math";
import { MIN_INTRODUCER_STRENGTH, strengthOf } from "./role-playbook";
import type { IntroPath } from "./types";

export type IntroOptions = {
  /** How far along reporting lines to look (1 = manager, peers, direct reports). Default 3. */
  maxHops?: number;
  /** Fallback introducer outside the reporting line (the account's champion). */
  championId?: string | null;
};

/**
 * Finds who can introduce us to `targetId`. Searches the reporting line of the target breadth-first in both
 * directions (managers, peers under the same manager, direct reports) up to `maxHops`, and picks the contact
 * with our strongest tie: ourStrength desc, then fewer hops, then influence desc, then id. Opponents and ties
 * weaker than MIN_INTRODUCER_STRENGTH are not asked. Without anyone in reach the champion is the route.
 * `via` runs from the introducer to the person just before the target along the shortest chain.
 */
export function findIntroPath(
  graph: OrgGraph,
  targetId: string,
  reason: IntroPath["reason"],
  options: IntroOptions = {},
): IntroPath | null {
  const target = graph.index.get(targetId);
  if (target === undefined) return null;
  const { order, dist, parent } = searchReportingLine(graph, target, options.maxHops ?? 3);
  try {
    return pickIntroducer(graph, target, targetId, reason, options, order, dist, parent);
  } finally {
    resetScratch(graph, order);
  }
}

function pickIntroducer(
  graph: OrgGraph,
  target: number,
  targetId: string,
  reason: IntroPath["reason"],
  options: IntroOptions,
  order: number[],
  dist: Int32Array,
  parent: Int32Array,
): IntroPath | null {
  let best = -1;
  for (const i of order) {
    const c = graph.people[i];
    if (i === target || c.attitude === "opponent" || strengthOf(c) < MIN_INTRODUCER_STRENGTH) continue;
    if (best < 0 || better(c, dist[i], graph.people[best], dist[best])) best = i;
  }
  if (best >= 0) {
    const via: string[] = [];
    for (let at = best; at !== target; at = parent[at]) via.push(graph.people[at].id);
    const c = graph.people[best];
    return { target: targetId, via, strength: strengthOf(c), distance: dist[best], reason };
  }
  const champion = options.championId ? graph.byId.get(options.championId) : undefined;
  if (champion && champion.id !== targetId) {
    return { target: targetId, via: [champion.id], strength: strengthOf(champion), distance: null, reason };
  }
  return null;
}

function better(a: Contact, aHops: number, b: Contact, bHops: number): boolean {
  return (
    (strengthOf(b) - strengthOf(a) ||
      aHops - bHops ||
      (b.influence ?? 0) - (a.influence ?? 0) ||
      byString(a.id, b.id)) < 0
  );
}

/**
 * Breadth-first search over manager, direct-report and peer links. Each peer group is expanded once, so the
 * search is linear in the people it reaches even under a manager with hundreds of reports. Distances live in
 * the graph's scratch arrays; the caller resets the entries it touched (see resetScratch).
 */
function searchReportingLine(graph: OrgGraph, start: number, maxHops: number) {
  const { dist, parent, expanded } = graph.scratch;
  const order = [start];
  dist[start] = 0;
  for (let q = 0; q < order.length; q++) {
    const v = order[q];
    const d = dist[v];
    if (d >= maxHops) continue;
    const m = graph.manager[v];
    if (m >= 0) reach(m, v, d, dist, parent, order);
    for (const w of graph.reports[v]) reach(w, v, d, dist, parent, order);
    if (m >= 0 && expanded[m] === 0) {
      expanded[m] = 1;
      for (const w of graph.reports[m]) reach(w, v, d, dist, parent, order);
    }
  }
  return { order, dist, parent };
}

function reach(w: number, from: number, d: number, dist: Int32Array, parent: Int32Array, order: number[]): void {
  if (dist[w] >= 0) return;
  dist[w] = d + 1;
  parent[w] = from;
  order.push(w);
}

/** Clears what one search wrote, so k searches cost O(reached) each rather than O(n) each. */
function resetScratch(graph: OrgGraph, touched: number[]): void {
  const s = graph.scratch;
  for (const i of touched) {
    s.dist[i] = -1;
    s.parent[i] = -1;
    const m = graph.manager[i];
    if (m >= 0) s.expanded[m] = 0;
  }
}
