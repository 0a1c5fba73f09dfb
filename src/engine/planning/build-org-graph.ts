import type { Contact } from "../types";
import { byString } from "./date-math";
import type { PowerMapEdge } from "./types";

export type OrgGraph = {
  /** Current contacts only, by id, in the order given (buildPowerMap passes them sorted by id). */
  byId: Map<string, Contact>;
  /** Current contacts by position; positions index `manager` and `reports`. */
  people: Contact[];
  index: Map<string, number>;
  /** Effective manager's position, or -1: departed managers are skipped over to whoever they reported to. */
  manager: Int32Array;
  /** Direct reports' positions, ascending (so in id order when `people` is). */
  reports: number[][];
  /** Every listed reporting line (departed people included), skipping unknown ids and self-loops. */
  edges: PowerMapEdge[];
  /** Search buffers for findIntroPath (-1 = unvisited); every search leaves them as it found them. */
  scratch: { dist: Int32Array; parent: Int32Array; expanded: Uint8Array };
};

/**
 * Builds the reporting-line graph. Departed contacts keep their edges in the listing but are bypassed in
 * the graph used for analysis, so a team whose manager left still hangs under the next manager up.
 * Cycles in the data are tolerated: the walk up stops at the first id seen twice.
 */
export function buildOrgGraph(contacts: Contact[]): OrgGraph {
  const all = new Map(contacts.map((c) => [c.id, c]));
  const people = contacts.filter((c) => !c.leftCompany);
  const byId = new Map(people.map((c) => [c.id, c]));
  const index = new Map(people.map((c, i) => [c.id, i]));
  const edges: PowerMapEdge[] = [];
  for (const c of contacts) {
    if (c.reportsToId && c.reportsToId !== c.id && all.has(c.reportsToId)) {
      edges.push({ from: c.id, to: c.reportsToId, kind: "reports_to" });
    }
  }
  edges.sort((a, b) => byString(a.from, b.from) || byString(a.to, b.to));
  const manager = new Int32Array(people.length).fill(-1);
  const reports: number[][] = people.map(() => []);
  people.forEach((c, i) => {
    const m = index.get(effectiveManager(c, all) ?? "");
    if (m === undefined) return;
    manager[i] = m;
    reports[m].push(i);
  });
  const n = people.length;
  const scratch = { dist: new Int32Array(n).fill(-1), parent: new Int32Array(n).fill(-1), expanded: new Uint8Array(n) };
  return { byId, people, index, manager, reports, edges, scratch };
}

function effectiveManager(contact: Contact, all: Map<string, Contact>): string | null {
  const seen = new Set([contact.id]);
  let next = contact.reportsToId;
  while (next && !seen.has(next)) {
    const manager = all.get(next);
    if (!manager) return null;
    if (!manager.leftCompany) return manager.id;
    seen.add(next);
    next = manager.reportsToId;
  }
  return null;
}
