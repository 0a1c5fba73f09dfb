import type { Contact, Role } from "../types";
import { byInfluence } from "./analyze-power-map";
import { addDays, byString, toDate, toMs } from "./date-math";
import { cadenceFor, playFor, strengthOf } from "./role-playbook";
import { renderPlanText } from "./texts";
import type { ContactSuggestion, Facts, Lang, PowerMapAnalysis } from "./types";

export type SuggestInput = {
  current: Contact[];
  analysis: PowerMapAnalysis;
  touches: Map<string, string>;
  now: string;
  limit?: number;
  language?: Lang;
};

type Draft = Omit<ContactSuggestion, "message" | "reason">;

const DAY_MS = 86_400_000;

/**
 * Contact strategy: whom to contact next, through whom, with which message and material, how often, and why.
 * Rules by priority: introductions to unmet or competitor-leaning decision makers (90+), blockers (80+),
 * people a competitor is closer to (70+), asking the champion (or our strongest tie) for missing roles (60),
 * keeping the champion warm (50+), and anyone whose cadence has lapsed (40+). Highest priority first, then
 * contact id; at most `limit` (default 12).
 */
export function suggestContacts(input: SuggestInput): ContactSuggestion[] {
  const { analysis, now } = input;
  const limit = input.limit ?? 12;
  const byId = new Map(input.current.map((c) => [c.id, c]));
  const in7 = addDays(now, 7);
  const in14 = addDays(now, 14);
  const drafts: Draft[] = [];
  const claimed = new Set<string>();
  for (const path of analysis.paths) {
    const dm = byId.get(path.target)!;
    const via = byId.get(path.via[0])!;
    drafts.push({
      ...draft(dm, "introduce", `dm_${path.reason}`, 90, in7, { viaId: via.id, viaName: via.name }),
      via: via.id,
    });
    claimed.add(dm.id);
  }
  for (const id of analysis.blockers) {
    if (!claimed.has(id)) drafts.push(draft(byId.get(id)!, "address_concerns", "blocker", 80, in7));
    claimed.add(id);
  }
  for (const row of analysis.competitorStronger) {
    if (claimed.has(row.contactId)) continue;
    drafts.push(draft(byId.get(row.contactId)!, "strengthen", "competitor_stronger", 70, in14));
    claimed.add(row.contactId);
  }
  drafts.push(...referrals(analysis, byId, in14));
  drafts.push(...cadenceDrafts(input, byId, claimed, limit));
  drafts.sort((a, b) => b.priority - a.priority || byString(a.contactId, b.contactId) || byString(a.action, b.action));
  const lang = input.language ?? "en";
  return drafts.slice(0, limit).map((d) => ({
    ...d,
    message: renderPlanText(d.messageCode, d.facts, lang),
    reason: renderPlanText(d.reasonCode, d.facts, lang),
  }));
}

function draft(c: Contact, action: string, reasonCode: string, base: number, dueBy: string, extra: Facts = {}): Draft {
  const play = playFor(c.role);
  return {
    contactId: c.id,
    action,
    via: null,
    messageCode: play.messageCode,
    reasonCode,
    material: play.material,
    cadenceDays: Math.min(cadenceFor(c), 14),
    dueBy,
    priority: base + (c.influence ?? 0),
    facts: {
      contactName: c.name,
      role: c.role,
      influence: c.influence,
      ourStrength: c.ourStrength,
      competitor: c.competitor,
      competitorStrength: c.competitorStrength,
      ...extra,
    },
  };
}

/** Missing key roles: ask the champion, or failing that our strongest tie, to introduce whoever holds them. */
function referrals(analysis: PowerMapAnalysis, byId: Map<string, Contact>, dueBy: string): Draft[] {
  if (analysis.gaps.length === 0 || byId.size === 0) return [];
  const strongest = [...byId.values()].sort((a, b) => strengthOf(b) - strengthOf(a) || byInfluence(a, b))[0];
  const asked = byId.get(analysis.champion ?? "") ?? strongest;
  if (asked.attitude === "opponent") return [];
  return analysis.gaps.map((role: Role) => ({
    ...draft(asked, "ask_referral", "role_gap", 60, dueBy, { missingRole: role }),
    priority: 60,
    messageCode: "ask_referral",
  }));
}

/**
 * The champion (always, to keep them warm) and everyone whose cadence has lapsed. Only the `limit` most
 * urgent are drafted: lower-priority rules can never displace the ones above, so this keeps big maps cheap.
 */
function cadenceDrafts(input: SuggestInput, byId: Map<string, Contact>, claimed: Set<string>, limit: number): Draft[] {
  const nowMs = toMs(input.now);
  const due: { c: Contact; last: string | null; dueMs: number; priority: number; champion: boolean }[] = [];
  for (const c of byId.values()) {
    if (claimed.has(c.id)) continue;
    const last = input.touches.get(c.id) ?? null;
    const dueMs = last ? toMs(last) + cadenceFor(c) * DAY_MS : nowMs;
    const champion = c.id === input.analysis.champion;
    if (!champion && last && dueMs > nowMs) continue;
    due.push({ c, last, dueMs, champion, priority: (champion ? 50 : 40) + (c.influence ?? 0) });
  }
  due.sort((a, b) => b.priority - a.priority || byString(a.c.id, b.c.id));
  return due.slice(0, limit).map(({ c, last, dueMs, champion }) => {
    const reasonCode = champion ? "keep_champion" : last ? "overdue_touch" : "never_touched";
    const dueBy = dueMs > nowMs ? toDate(new Date(dueMs).toISOString()) : toDate(input.now);
    const d = draft(c, champion ? "engage" : "follow_up", reasonCode, champion ? 50 : 40, dueBy, {
      lastTouch: last,
      cadenceDays: cadenceFor(c),
    });
    return { ...d, cadenceDays: cadenceFor(c) };
  });
}
