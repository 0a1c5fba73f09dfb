import type { KnownBlock } from "@slack/types";
import { paren } from "../../../../prompts/format";
import { label } from "../../../../prompts/labels";
import type { PowerMapContactView, PowerMapView } from "../../../agent/cards";
import { type Lang, ui } from "./labels";
import { colon, context, escapeText, header, sections } from "./text";

const STANCE: Record<string, string> = { supporter: "🟢", neutral: "🟡", opponent: "🔴" };

/** The people by reporting line (managers first, reports indented beneath), each with stance; then who to see next. */
export function renderPowerMap(accountName: string, map: PowerMapView, lang: Lang): KnownBlock[] {
  const contacts = map.contacts ?? [];
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const analysis = map.analysis ?? { coverage: 0, gaps: [], blockers: [] };
  const roles = { champion: analysis.champion ?? null, blockers: new Set(analysis.blockers ?? []) };
  const lines = orderByReportingLine(map).map(({ contact, depth }) => line(contact, depth, roles, lang));
  const nameOf = (id: string | null | undefined) => escapeText(byId.get(id ?? "")?.name ?? "—");
  const next = (map.suggestions ?? []).map(
    (s) =>
      `• *${nameOf(s.contactId)}*${s.via ? paren(`${ui(lang, "via")} ${nameOf(s.via)}`, lang) : ""}${colon(lang)}${escapeText(s.message || s.action)}${s.reason ? ` — _${escapeText(s.reason)}_` : ""}`,
  );
  const gaps = (analysis.gaps ?? []).map((g) => label(lang, "role", String(g)));
  const coverage = Math.round((analysis.coverage ?? 0) * (analysis.coverage > 1 ? 1 : 100));
  return [
    header(`${ui(lang, "powerMap")} · ${accountName}`),
    context(
      `${ui(lang, "coverage")} ${coverage}%${gaps.length ? ` · ${ui(lang, "gaps")}${colon(lang)}${gaps.join(lang === "zh" ? "、" : ", ")}` : ""}`,
    ),
    ...(lines.length ? sections(lines) : sections([ui(lang, "empty")])),
    ...(next.length ? sections([`*${ui(lang, "nextContact")}*`, ...next]) : []),
  ];
}

type Roles = { champion: string | null; blockers: Set<string> };

function line(c: PowerMapContactView, depth: number, roles: Roles, lang: Lang): string {
  const indent = depth > 0 ? `${"    ".repeat(depth - 1)}↳ ` : "";
  const marks = [
    c.id === roles.champion ? `★ ${ui(lang, "champion")}` : null,
    roles.blockers.has(c.id) ? `⚠ ${ui(lang, "blocker")}` : null,
  ].filter(Boolean);
  const facts = [
    c.title ? escapeText(c.title) : null,
    c.role ? label(lang, "role", c.role) : null,
    `${STANCE[c.attitude ?? ""] ?? "⚪"} ${label(lang, "attitude", c.attitude) || "—"}`,
    c.influence != null ? `${ui(lang, "influence")} ${c.influence}/5` : null,
    c.ourStrength != null ? `${ui(lang, "ourStrength")} ${c.ourStrength}/5` : null,
    c.competitor ? `${escapeText(c.competitor)} ${c.competitorStrength ?? "?"}/5` : null,
  ].filter(Boolean);
  return `${indent}*${escapeText(c.name)}*${marks.length ? ` ${marks.join(" ")}` : ""} — ${facts.join(" · ")}`;
}

/** Depth-first from the people who report to no one on the map; a cycle or a stray id cannot hide anyone. */
export function orderByReportingLine(map: PowerMapView): { contact: PowerMapContactView; depth: number }[] {
  const contacts = map.contacts ?? [];
  const ids = new Set(contacts.map((c) => c.id));
  const bossOf = new Map<string, string>();
  for (const e of map.edges ?? []) if (ids.has(e.to) && e.from !== e.to) bossOf.set(e.from, e.to);
  const reports = new Map<string, PowerMapContactView[]>();
  for (const c of contacts) {
    const boss = bossOf.get(c.id);
    if (boss) reports.set(boss, [...(reports.get(boss) ?? []), c]);
  }
  const out: { contact: PowerMapContactView; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (c: PowerMapContactView, depth: number) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    out.push({ contact: c, depth });
    for (const r of byInfluence(reports.get(c.id) ?? [])) visit(r, depth + 1);
  };
  for (const c of byInfluence(contacts.filter((c) => !bossOf.has(c.id)))) visit(c, 0);
  for (const c of contacts) visit(c, 0);
  return out;
}

const byInfluence = (list: PowerMapContactView[]) => [...list].sort((a, b) => (b.influence ?? 0) - (a.influence ?? 0));
