import type { KnownBlock } from "@slack/types";
import { num, paren, pct } from "../../../../prompts/format";
import { label } from "../../../../prompts/labels";
import type { Score } from "../../../engine/types";
import { type Lang, ui } from "./labels";
import { colon, context, escapeText, header, sections } from "./text";

const TOP_REASONS = 3;

/** Total and tier up front, then the dimensions that earned the most (weight x points) with their reasons, then risks. */
export function renderScore(accountName: string, s: Score, lang: Lang): KnownBlock[] {
  const zh = lang === "zh";
  const facts = [
    `*${ui(lang, "total")}*${colon(lang)}${num(s.total, 2)}/100`,
    `*${ui(lang, "tier")}*${colon(lang)}${s.tier}${zh ? `（${label(lang, "tier", s.tier)}）` : ` (${label(lang, "tier", s.tier)})`}`,
    `*${ui(lang, "strategy")}*${colon(lang)}${label(lang, "strategy", s.segment?.strategy)}`,
    `*${ui(lang, "lifecycle")}*${colon(lang)}${label(lang, "lifecycle", s.lifecycle)}`,
    `*${ui(lang, "quadrant")}*${colon(lang)}${label(lang, "quadrant", s.segment?.quadrant)}`,
    `*${ui(lang, "nineBox")}*${colon(lang)}${nineBox(s.segment?.nineBox, lang)}`,
  ];
  const top = [...(s.breakdown ?? [])].sort((a, b) => b.weight * b.points - a.weight * a.points).slice(0, TOP_REASONS);
  const reasons = top.map(
    (d) =>
      `• *${label(lang, "dimension", d.dimension)}* ${num(d.points, 2)} ${ui(lang, "points")} × ${ui(lang, "weight")} ${pct(d.weight, 0)}${d.reason ? ` — ${escapeText(d.reason)}` : ""}`,
  );
  const risks = (s.risks ?? []).map(
    (r) =>
      `• *${label(lang, "risk", r.code)}*${paren(`${ui(lang, "severity")} ${label(lang, "severity", r.severity)}`, lang)}${r.reason ? ` — ${escapeText(r.reason)}` : ""}`,
  );
  return [
    header(`${ui(lang, "score")} · ${accountName}`),
    { type: "section", fields: facts.map((text) => ({ type: "mrkdwn" as const, text })) },
    ...(reasons.length ? sections([`*${ui(lang, "topReasons")}*`, ...reasons]) : []),
    ...(risks.length ? sections([`*${ui(lang, "risks")}*`, ...risks]) : []),
    ...(s.rfm ? [context(`RFM: R${s.rfm.r} F${s.rfm.f} M${s.rfm.m}`)] : []),
  ];
}

/** "mid-high": potential mid, contribution high, in words. */
function nineBox(code: string | undefined, lang: Lang): string {
  const [p, c] = (code ?? "").split("-");
  if (!p || !c) return code ?? "—";
  return lang === "zh"
    ? `潜力${label(lang, "level", p)}、贡献${label(lang, "level", c)}`
    : `potential ${label(lang, "level", p)}, contribution ${label(lang, "level", c)}`;
}
