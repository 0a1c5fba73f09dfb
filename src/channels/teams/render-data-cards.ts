/** Score, power map and plan as Adaptive Cards, in the reply's language; codes become words, dates readable. */
import { num, paren } from "../../../prompts/format";
import { label } from "../../../prompts/labels";
import type { PlanView, PowerMapView } from "../../agent/cards";
import type { Score } from "../../engine/types";
import { textOf } from "../web/widget/format";
import { type Lang, t } from "../web/widget/i18n";
import { type AdaptiveCard, card, type Element, facts, percent, section, text, title, when } from "./card-parts";

export function scoreCard(accountName: string, s: Score, lang: Lang): AdaptiveCard {
  const breakdown = s.breakdown ?? [];
  const reasons = breakdown.filter((d) => d.reason).map((d) => `${label(lang, "dimension", d.dimension)}: ${d.reason}`);
  const body: Element[] = [
    ...title(t(lang, "score"), accountName),
    {
      type: "ColumnSet",
      columns: [
        {
          type: "Column",
          width: "auto",
          items: [text(`${num(s.total, 2)}/100`, { size: "ExtraLarge", weight: "Bolder", spacing: "None" })],
        },
        {
          type: "Column",
          width: "stretch",
          verticalContentAlignment: "Center",
          items: [text(`${t(lang, "tier")} ${s.tier} · ${label(lang, "tier", s.tier)}`, { weight: "Bolder" })],
        },
      ],
    },
    ...facts(
      breakdown.map((d) => [
        `${label(lang, "dimension", d.dimension)} (${t(lang, "weight")} ${percent(d.weight)})`,
        num(d.points, 2),
      ]),
    ),
    ...facts([
      [t(lang, "strategy"), label(lang, "strategy", s.segment?.strategy)],
      [t(lang, "nineBox"), nineBoxWords(s.segment?.nineBox, lang)],
      [t(lang, "quadrant"), label(lang, "quadrant", s.segment?.quadrant)],
      [t(lang, "lifecycle"), label(lang, "lifecycle", s.lifecycle)],
      ["RFM", s.rfm ? `R${s.rfm.r} F${s.rfm.f} M${s.rfm.m}` : null],
    ]),
    ...section(
      t(lang, "risks"),
      (s.risks ?? []).map(
        (r) =>
          `${label(lang, "risk", r.code)} (${label(lang, "severity", r.severity)})${r.reason ? `: ${r.reason}` : ""}`,
      ),
    ),
  ];
  const actions = reasons.length
    ? [{ type: "Action.ShowCard", title: t(lang, "reasons"), card: card(section(t(lang, "reasons"), reasons)) }]
    : [];
  return card(body, actions);
}

/** "high-mid" -> "潜力 高 · 贡献 中" / "Potential high · Contribution mid". */
function nineBoxWords(code: string | null | undefined, lang: Lang): string | null {
  const m = /^(low|mid|high)[-_/](low|mid|high)$/i.exec(code ?? "");
  if (!m) return null;
  const [p, c] = [m[1].toLowerCase(), m[2].toLowerCase()];
  return `${t(lang, "potential")} ${label(lang, "level", p)} · ${t(lang, "contribution")} ${label(lang, "level", c)}`;
}

export function powerMapCard(accountName: string, pm: PowerMapView, lang: Lang): AdaptiveCard {
  const contacts = pm.contacts ?? [];
  const byId = new Map(contacts.map((c) => [c.id, c.name]));
  const nameOf = (id: string | null | undefined) => (id ? (byId.get(id) ?? "—") : null);
  const analysis = pm.analysis ?? { coverage: 0, gaps: [], blockers: [] };
  const coverage = analysis.coverage > 1 ? analysis.coverage / 100 : analysis.coverage;
  const sep = lang === "zh" ? "、" : ", ";
  const people = contacts.map((c) => {
    const parts = [
      c.title,
      label(lang, "role", c.role),
      label(lang, "attitude", c.attitude),
      c.influence != null ? `${t(lang, "influence")} ${c.influence}/5` : null,
      c.ourStrength != null ? `${t(lang, "ourStrength")} ${c.ourStrength}/5` : null,
      c.competitor
        ? `${c.competitor}${c.competitorStrength != null ? ` ${t(lang, "competitorStrength")} ${c.competitorStrength}/5` : ""}`
        : null,
    ].filter(Boolean);
    return `**${c.name}**: ${parts.join(" · ")}`;
  });
  return card([
    ...title(t(lang, "powerMap"), accountName),
    ...facts([
      [t(lang, "coverage"), percent(coverage)],
      [t(lang, "champion"), nameOf(analysis.champion)],
      [t(lang, "blocker"), (analysis.blockers ?? []).map(nameOf).filter(Boolean).join(sep)],
      [t(lang, "gaps"), (analysis.gaps ?? []).map((g) => label(lang, "role", String(g))).join(sep)],
    ]),
    ...(contacts.length === 0 ? [text(t(lang, "empty"), { isSubtle: true })] : section(contactsHeading(lang), people)),
    ...section(
      t(lang, "suggestions"),
      (pm.suggestions ?? []).map((s) => {
        const via = s.via ? ` (${t(lang, "via")} ${nameOf(s.via)})` : "";
        return `**${nameOf(s.contactId)}**${via}: ${s.message || s.action}`;
      }),
    ),
  ]);
}

const contactsHeading = (lang: Lang) => (lang === "zh" ? "关键人" : "People");

/** The plan engine names the rep for sales actions and a team's role code for the others. */
function ownerName(owner: string, lang: Lang): string {
  const shown = label(lang, "ownerRole", owner);
  return shown === owner.replace(/_/g, " ") ? owner : shown;
}

export function planCard(accountName: string, plan: PlanView, lang: Lang, today: string): AdaptiveCard {
  const list = (items: unknown[] | undefined) => (items ?? []).map((v) => textOf(v, lang)).filter(Boolean);
  const actions = [...(plan.actions ?? [])].sort((a, b) => (a.due ?? "").localeCompare(b.due ?? ""));
  const checklist = actions.map((a) => {
    const done = a.done === true;
    const overdue = !done && !!a.due && a.due.slice(0, 10) < today;
    const meta = [
      a.owner ? `${t(lang, "owner")}${lang === "zh" ? "：" : ": "}${ownerName(a.owner, lang)}` : null,
      a.due ? `${t(lang, "due")} ${when(a.due, lang, today)}${overdue ? ` · ${t(lang, "overdue")}` : ""}` : null,
    ].filter(Boolean);
    return `${done ? "☑" : "☐"} ${a.title}${meta.length ? paren(meta.join(lang === "zh" ? "，" : ", "), lang) : ""}`;
  });
  const goal = plan.goal != null ? textOf(plan.goal, lang) : "";
  return card([
    ...title(t(lang, "plan"), accountName),
    ...facts([
      [t(lang, "strategy"), label(lang, "strategy", plan.strategy)],
      [t(lang, "version"), plan.version != null ? `v${plan.version}` : null],
      [t(lang, "goal"), goal],
    ]),
    ...section(t(lang, "objectives"), list(plan.objectives)),
    ...section(t(lang, "strategies"), list(plan.strategies)),
    ...(checklist.length
      ? [text(t(lang, "actions"), { weight: "Bolder", spacing: "Medium" }), text(checklist.join("\n\n"))]
      : []),
    ...section(t(lang, "resources"), list(plan.resources)),
    ...section(t(lang, "kpis"), list(plan.kpis)),
    ...section(t(lang, "risks"), list(plan.risks)),
  ]);
}
