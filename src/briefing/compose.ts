import { money, paren, pct } from "../../prompts/format";
import { type Lang, label } from "../../prompts/labels";
import { riskDetail } from "../../prompts/risk-detail";
import type { Briefing, Capped, Owned, PipelineFigures } from "./briefing-types";
import { readableDate, TEXTS } from "./texts";

/** One line of a section: its words, the account link, and a short tag (new, overdue). */
export type Line = { lead: string; text: string; href: string | null; tag: string | null };
export type Section = { title: string; hint?: string; lines: Line[]; more: string | null; empty: string };
export type Figure = { label: string; value: string };
/** The briefing laid out for reading, in one language: what the HTML and the plain-text parts both render. */
export type Composed = {
  lang: Lang;
  subject: string;
  hello: string;
  intro: string;
  priorities: Section;
  changes: { title: string; sections: Section[]; empty: string | null };
  tenders: Section;
  pipeline: { title: string; figures: Figure[] };
  reps: { title: string; columns: string[]; rows: string[][] } | null;
  footer: { why: string; how: string; settingsHref: string | null; settingsLabel: string };
  homeHref: string | null;
};

/** Lays a briefing out in `lang`: every code to words, every date readable, the owner on a manager's lines. */
export function composeBriefing(b: Briefing, lang: Lang = b.user.locale): Composed {
  const t = TEXTS[lang];
  const link = (accountId: string) =>
    b.publicUrl ? `${b.publicUrl.replace(/\/+$/, "")}/?lang=${lang}&account=${encodeURIComponent(accountId)}` : null;
  const who = (o: Owned) => (o.ownerName ? `${o.accountName} · ${o.ownerName}` : o.accountName);
  const line = (o: Owned, text: string, tag: string | null = null): Line => ({
    lead: who(o),
    text,
    href: link(o.accountId),
    tag,
  });
  const section = <T>(title: string, list: Capped<T>, toLine: (x: T) => Line, hint?: string): Section => ({
    title,
    hint,
    lines: list.items.map(toLine),
    more: list.more ? t.more(list.more) : null,
    empty: t.none,
  });
  const c = b.changes;
  const changeSections = [
    section(t.scoreMoves, c.scoreMoves, (m) =>
      line(
        m,
        [
          m.tierFrom !== m.tierTo ? t.tierMove(m.tierFrom ?? "—", m.tierTo ?? "—") : null,
          t.points(m.totalFrom, m.totalTo, `${m.delta > 0 ? "+" : ""}${m.delta}`),
          m.driver ? t.driver(label(lang, "dimension", m.driver.dimension), m.driver.from, m.driver.to) : null,
        ]
          .filter(Boolean)
          .join(lang === "zh" ? "，" : ", "),
      ),
    ),
    section(t.newRisks, c.newRisks, (r) => {
      const detail = riskDetail(r, lang);
      const severity = label(lang, "severity", r.severity);
      return line(
        r,
        `${label(lang, "risk", r.code)}${paren(detail ? `${detail}${lang === "zh" ? "，" : ", "}${severity}` : severity, lang)}`,
      );
    }),
    section(t.resolvedRisks, c.resolvedRisks, (r) => line(r, label(lang, "risk", r.code))),
    section(t.deals, c.deals, (d) => {
      const what =
        d.kind === "advanced"
          ? t.deal.advanced(label(lang, "stage", d.stageFrom), label(lang, "stage", d.stageTo))
          : d.kind === "slipped"
            ? t.deal.slipped(readableDate(d.closeFrom, lang), readableDate(d.closeTo, lang))
            : t.deal[d.kind]();
      return line(d, `${d.name}${d.amount !== null ? ` · ${money(d.amount, lang)}` : ""} — ${what}`);
    }),
    section(t.left, c.left, (p) => line(p, p.title ? `${p.name}${paren(p.title, lang)}` : p.name)),
  ].filter((s) => s.lines.length > 0);
  return {
    lang,
    subject: `${t.subject} · ${readableDate(b.today, lang, true)}`,
    hello: t.hello(b.user.name),
    intro: t.intro(b.isoWeek.replace(/^\d{4}-W0?/, ""), readableDate(b.since.day, lang, true)),
    priorities: section(
      t.priorities,
      b.priorities,
      (i) => line(i, i.text[lang], i.daysOverdue > 0 ? overdueTag(lang, i.daysOverdue) : null),
      t.prioritiesHint,
    ),
    changes: { title: t.changes, sections: changeSections, empty: changeSections.length ? null : t.noChanges },
    tenders: section(t.tenders, b.tenders, (m) => {
      const when =
        m.deadline && m.daysLeft !== null
          ? t.deadline(readableDate(m.deadline, lang), m.daysLeft)
          : m.window
            ? t.window(readableDate(m.window.from, lang), readableDate(m.window.to, lang))
            : "";
      const figures = `${t.value} ${money(m.value, lang)} · ${t.win} ${pct(m.winProbability, 0)}`;
      const first = m.accounts[0];
      const accounts = m.accounts.map(who).join(lang === "zh" ? "、" : "; ");
      return {
        lead: m.projectName ?? label(lang, "tenderKind", m.kind),
        text: `${label(lang, "tenderKind", m.kind)} · ${accounts} · ${when} · ${figures}`,
        href: link(first.accountId),
        tag: m.isNew ? t.isNew : null,
      };
    }),
    pipeline: { title: t.pipeline, figures: figures(b.pipeline, lang) },
    reps: b.reps
      ? {
          title: t.reps,
          columns: [...t.repCols],
          rows: b.reps.map((r) => [
            r.rep.name,
            `${r.pipeline.openDeals} · ${money(r.pipeline.openAmount, lang)}`,
            money(r.pipeline.won, lang),
            money(r.pipeline.expected, lang),
            r.pipeline.goal === null ? "—" : money(r.pipeline.goal, lang),
            pct(r.pipeline.rate, 0),
            String(r.priorities),
            String(r.changes),
          ]),
        }
      : null,
    footer: {
      why: b.user.role === "rep" ? t.whyRep : t.whyManager,
      how: t.howToChange,
      settingsHref: b.publicUrl ? `${b.publicUrl.replace(/\/+$/, "")}/docs` : null,
      settingsLabel: t.settings,
    },
    homeHref: b.publicUrl ? `${b.publicUrl.replace(/\/+$/, "")}/?lang=${lang}` : null,
  };
}

function overdueTag(lang: Lang, days: number): string {
  return lang === "zh" ? `逾期 ${days} 天` : `${days} days overdue`;
}

function figures(p: PipelineFigures, lang: Lang): Figure[] {
  const t = TEXTS[lang];
  return [
    { label: t.openDeals, value: `${p.openDeals} · ${money(p.openAmount, lang)}` },
    { label: t.weighted, value: money(p.weightedOpen, lang) },
    { label: t.won, value: money(p.won, lang) },
    { label: t.expected, value: money(p.expected, lang) },
    { label: p.goalKind === "targets" ? t.targets : t.goal, value: p.goal === null ? t.noGoal : money(p.goal, lang) },
    { label: t.attained, value: p.rate === null ? "—" : t.attainedValue(pct(p.rate, 0), pct(p.expectedRate, 0)) },
    { label: t.gap, value: p.gap === null ? "—" : money(p.gap, lang) },
  ];
}
