import type { PowerMapContactView } from "../../../../agent/cards";
import { type Lang, label, t } from "../i18n";

/** Radius grows with influence (1-5); unknown influence draws the smallest node. */
export const radius = (influence: number | null) => 13 + Math.max(0, Math.min(5, influence ?? 1) - 1) * 3.5;

export const competitorCloser = (c: PowerMapContactView) =>
  c.competitorStrength != null && c.competitorStrength > (c.ourStrength ?? 0);

type NodeProps = {
  contact: PowerMapContactView;
  x: number;
  y: number;
  champion: boolean;
  blocker: boolean;
  lang: Lang;
};

export function ContactNode({ contact: c, x, y, champion, blocker, lang }: NodeProps) {
  const r = radius(c.influence);
  const attitude = c.attitude ?? "unknown";
  const closer = competitorCloser(c);
  const tooltip = [
    `${c.name}${c.title ? ` · ${c.title}` : ""}`,
    `${label(lang, "role", c.role)} · ${label(lang, "attitude", c.attitude)}`,
    `${t(lang, "influence")} ${c.influence ?? "?"}/5 · ${t(lang, "ourStrength")} ${c.ourStrength ?? "?"}/5`,
    c.competitor ? `${c.competitor}: ${t(lang, "competitorStrength")} ${c.competitorStrength ?? "?"}/5` : "",
  ]
    .filter(Boolean)
    .join("\n");
  const name = c.name.length > 9 ? `${c.name.slice(0, 8)}…` : c.name;
  return (
    <g
      class={`pm-node att-${attitude}${champion ? " is-champion" : ""}${blocker ? " is-blocker" : ""}${closer ? " is-contested" : ""}`}
      data-contact-id={c.id}
      data-attitude={attitude}
      data-competitor-stronger={closer ? "true" : undefined}
      transform={`translate(${x} ${y})`}
    >
      <title>{tooltip}</title>
      {closer ? <circle r={r + 6} class="pm-contested-ring" /> : null}
      {champion ? <circle r={r + 3} class="pm-champion-ring" /> : null}
      {blocker ? <circle r={r + 3} class="pm-blocker-ring" /> : null}
      <circle r={r} class="pm-dot" />
      <text class="pm-influence" y="4" text-anchor="middle">
        {c.influence ?? "?"}
      </text>
      {champion ? (
        <text class="pm-star" x={r * 0.75} y={-r * 0.6} text-anchor="middle">
          ★
        </text>
      ) : null}
      <text class="pm-name" y={r + 17} text-anchor="middle">
        {name}
      </text>
      <text class="pm-role" y={r + 30} text-anchor="middle">
        {label(lang, "role", c.role) || c.title || ""}
      </text>
      {closer ? (
        <text class="pm-competitor" y={-r - 10} text-anchor="middle">
          ⚠ {c.competitor ?? t(lang, "competitorStronger")}
        </text>
      ) : null}
    </g>
  );
}
