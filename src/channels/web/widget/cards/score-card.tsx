import type { Score } from "../../../../engine/types";
import { type Lang, label, t } from "../i18n";
import { Badge, CardFrame } from "./card-frame";
import { NineBox } from "./nine-box";

type Props = { accountName: string; data: Score; lang: Lang };

const TIER_TONE: Record<string, string> = { S: "tier-s", A: "tier-a", B: "tier-b", C: "tier-c" };

export function ScoreCard({ accountName, data, lang }: Props) {
  const total = Math.round(data.total ?? 0);
  return (
    <CardFrame
      kind="score"
      title={t(lang, "score")}
      subtitle={accountName}
      badge={
        <>
          <span class="score-total" title={t(lang, "total")}>
            <strong>{total}</strong>
            <small>/100</small>
          </span>
          <Badge tone={TIER_TONE[data.tier] ?? "muted"}>
            {data.tier} · {label(lang, "tier", data.tier)}
          </Badge>
        </>
      }
    >
      <ScoreBars breakdown={data.breakdown ?? []} lang={lang} />
      {(data.breakdown ?? []).some((d) => d.reason) ? (
        <details class="reasons">
          <summary>{t(lang, "reasons")}</summary>
          <ul>
            {data.breakdown.map((d) => (
              <li key={d.dimension}>
                <strong>{label(lang, "dimension", d.dimension)}</strong>: {d.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div class="score-segment">
        <figure class="nine-box-figure">
          <NineBox code={data.segment?.nineBox} accountName={accountName} lang={lang} />
          <figcaption>{t(lang, "nineBox")}</figcaption>
        </figure>
        <dl class="facts">
          <dt>{t(lang, "strategy")}</dt>
          <dd>
            <Badge tone={`strategy-${data.segment?.strategy}`}>{label(lang, "strategy", data.segment?.strategy)}</Badge>
          </dd>
          {data.segment?.quadrant ? (
            <>
              <dt>{t(lang, "quadrant")}</dt>
              <dd>{label(lang, "quadrant", data.segment.quadrant)}</dd>
            </>
          ) : null}
          {data.lifecycle ? (
            <>
              <dt>{t(lang, "lifecycle")}</dt>
              <dd>{label(lang, "lifecycle", data.lifecycle)}</dd>
            </>
          ) : null}
          {data.rfm ? (
            <>
              <dt>RFM</dt>
              <dd>
                R{data.rfm.r} F{data.rfm.f} M{data.rfm.m}
              </dd>
            </>
          ) : null}
        </dl>
      </div>
      <RiskList risks={data.risks ?? []} lang={lang} />
    </CardFrame>
  );
}

const ROW = 36;
const WIDTH = 320;

function barTone(points: number): string {
  return points >= 70 ? "good" : points >= 40 ? "fair" : "poor";
}

function ScoreBars({ breakdown, lang }: { breakdown: Score["breakdown"]; lang: Lang }) {
  if (breakdown.length === 0) return null;
  const height = breakdown.length * ROW + 4;
  return (
    <svg
      class="score-bars"
      data-testid="score-bars"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={breakdown.map((d) => `${label(lang, "dimension", d.dimension)} ${Math.round(d.points)}`).join(", ")}
    >
      {breakdown.map((d, i) => {
        const points = Math.max(0, Math.min(100, d.points ?? 0));
        const y = i * ROW;
        const barWidth = WIDTH - 40;
        return (
          <g key={d.dimension} data-dimension={d.dimension} transform={`translate(0 ${y})`}>
            <title>{`${label(lang, "dimension", d.dimension)}: ${Math.round(points)} — ${d.reason ?? ""}`}</title>
            <text x="0" y="12" class="bar-label">
              {label(lang, "dimension", d.dimension)}
            </text>
            <text x={barWidth} y="12" class="bar-weight" text-anchor="end">
              {t(lang, "weight")} {Math.round((d.weight ?? 0) * 100)}%
            </text>
            <rect x="0" y="17" width={barWidth} height="12" rx="6" class="bar-track" />
            <rect
              x="0"
              y="17"
              width={Math.max(points > 0 ? 12 : 0, (barWidth * points) / 100)}
              height="12"
              rx="6"
              class={`bar-fill bar-${barTone(points)}`}
            />
            <text x={WIDTH} y="28" class="bar-value" text-anchor="end">
              {Math.round(points)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function RiskList({ risks, lang }: { risks: Score["risks"]; lang: Lang }) {
  return (
    <div class="card-section">
      <h4>{t(lang, "risks")}</h4>
      {risks.length === 0 ? (
        <p class="muted">{t(lang, "noRisks")}</p>
      ) : (
        <ul class="risk-list">
          {risks.map((r, i) => (
            <li key={i} class={`risk risk-${r.severity}`} data-risk={r.code}>
              <span class={`sev sev-${r.severity}`}>{label(lang, "severity", r.severity)}</span>
              <span>
                <strong>{label(lang, "risk", r.code)}</strong>
                {r.reason ? <span class="risk-reason"> — {r.reason}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
