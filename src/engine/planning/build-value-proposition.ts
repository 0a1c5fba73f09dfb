import type { AccountFacts, Competitor } from "../types";
import { byString } from "./date-math";
import { renderPlanText } from "./texts";
import type { Lang, ValueProposition } from "./types";

const norm = (s: string) => s.trim().toLowerCase();

/** Weight of an opportunity naming a competitor: an open fight counts most, a lost one next. */
const OPP_WEIGHT = { open: 3, lost: 2, won: 1 } as const;

type Tally = {
  name: string;
  record: Competitor | null;
  weight: number;
  contactIds: string[];
  opportunityIds: string[];
};

/**
 * The value proposition against the top two competitors at the account. Competitors are ranked by weight:
 * the competitor's strength (default 1) with each current contact naming it plus OPP_WEIGHT per opportunity
 * naming it; ties by name. Names resolve to Competitor records through name and aliases (case-insensitive),
 * whose strengths and weaknesses shape the message.
 */
export function buildValueProposition(
  facts: AccountFacts,
  competitors: Competitor[],
  lang: Lang,
  top = 2,
): ValueProposition[] {
  return tallyCompetitors(facts, competitors)
    .sort((a, b) => b.weight - a.weight || byString(a.name, b.name))
    .slice(0, top)
    .map((e) => toProposition(e, lang));
}

function tallyCompetitors(facts: AccountFacts, competitors: Competitor[]): Tally[] {
  const known = new Map<string, Competitor>();
  for (const c of [...competitors].sort((a, b) => byString(a.id, b.id))) {
    for (const n of [c.name, ...c.aliases]) if (!known.has(norm(n))) known.set(norm(n), c);
  }
  const tally = new Map<string, Tally>();
  const entry = (raw: string) => {
    const record = known.get(norm(raw)) ?? null;
    const key = record ? `id:${record.id}` : `name:${norm(raw)}`;
    const e = tally.get(key) ?? {
      name: record?.name ?? raw.trim(),
      record,
      weight: 0,
      contactIds: [],
      opportunityIds: [],
    };
    tally.set(key, e);
    return e;
  };
  for (const c of [...facts.contacts].sort((a, b) => byString(a.id, b.id))) {
    if (c.leftCompany || !c.competitor?.trim()) continue;
    const e = entry(c.competitor);
    e.weight += c.competitorStrength ?? 1;
    e.contactIds.push(c.id);
  }
  for (const o of [...facts.opportunities].sort((a, b) => byString(a.id, b.id))) {
    if (!o.competitor?.trim()) continue;
    const e = entry(o.competitor);
    e.weight += OPP_WEIGHT[o.status];
    e.opportunityIds.push(o.id);
  }
  return [...tally.values()];
}

function toProposition(e: Tally, lang: Lang): ValueProposition {
  const strengths = e.record?.strengths ?? [];
  const weaknesses = e.record?.weaknesses ?? [];
  const code = strengths.length || weaknesses.length ? "value_proposition" : "value_proposition_unknown";
  const facts = {
    competitor: e.name,
    strengths,
    weaknesses,
    contactIds: e.contactIds,
    opportunityIds: e.opportunityIds,
  };
  return {
    competitor: e.name,
    competitorId: e.record?.id ?? null,
    weight: e.weight,
    strengths,
    weaknesses,
    code,
    title: renderPlanText(code, facts, lang),
    facts,
  };
}
