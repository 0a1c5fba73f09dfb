import type { PowerMapContactView, PowerMapView } from "../../../../agent/cards";
import { type Lang, label, t } from "../i18n";
import { layoutPowerMap } from "../layout-power-map";
import { Badge, CardFrame, TextList } from "./card-frame";
import { ContactNode, competitorCloser, radius } from "./power-map-node";

type Props = { accountName: string; data: PowerMapView; lang: Lang };

const SLOT = 94;
const LAYER = 126;

export function PowerMapCard({ accountName, data, lang }: Props) {
  const contacts = data.contacts ?? [];
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const analysis = data.analysis ?? { coverage: 0, gaps: [], blockers: [] };
  const champion = analysis.champion ?? null;
  const blockers = new Set(analysis.blockers ?? []);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  return (
    <CardFrame
      kind="powerMap"
      title={t(lang, "powerMap")}
      subtitle={accountName}
      badge={
        analysis.coverage != null ? (
          <Badge tone="muted">
            {t(lang, "coverage")} {Math.round((analysis.coverage ?? 0) * (analysis.coverage > 1 ? 1 : 100))}%
          </Badge>
        ) : null
      }
    >
      {contacts.length === 0 ? (
        <p class="muted">{t(lang, "empty")}</p>
      ) : (
        <PowerMapGraph data={data} champion={champion} blockers={blockers} lang={lang} />
      )}
      <Legend lang={lang} />
      <div class="pm-roles">
        {champion ? (
          <Badge tone="champion">
            ★ {t(lang, "champion")}: {nameOf(champion)}
          </Badge>
        ) : null}
        {[...blockers].map((id) => (
          <Badge key={id} tone="blocker">
            {t(lang, "blocker")}: {nameOf(id)}
          </Badge>
        ))}
      </div>
      <TextList title={t(lang, "gaps")} items={(analysis.gaps ?? []).map((g) => label(lang, "role", String(g)))} />
      {(data.suggestions ?? []).length > 0 ? (
        <div class="card-section">
          <h4>{t(lang, "suggestions")}</h4>
          <ol class="suggestions">
            {data.suggestions.map((s, i) => (
              <li key={i} data-contact-id={s.contactId}>
                <strong>{nameOf(s.contactId)}</strong>
                {s.via ? (
                  <span class="muted">
                    {" "}
                    ({t(lang, "via")} {byId.get(s.via)?.name ?? s.via})
                  </span>
                ) : null}
                : {s.message || s.action}
                {s.reason ? <div class="muted small">{s.reason}</div> : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </CardFrame>
  );
}

type GraphProps = { data: PowerMapView; champion: string | null; blockers: Set<string>; lang: Lang };

function PowerMapGraph({ data, champion, blockers, lang }: GraphProps) {
  // padY leaves room above a top-level contact for its competitor tag (drawn above the ring of the largest node).
  const layout = layoutPowerMap(data, { slotWidth: SLOT, layerHeight: LAYER, padX: 8, padY: 56 });
  const byId = new Map(data.contacts.map((c) => [c.id, c]));
  const pos = new Map(layout.nodes.map((n) => [n.id, n]));
  return (
    <div class="pm-scroll">
      <svg
        class="power-map"
        data-testid="power-map-graph"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        // Shrink a little to fit the panel, then scroll sideways rather than make names unreadable.
        style={{ minWidth: `${Math.round(layout.width * 0.8)}px` }}
        role="img"
        aria-label={data.contacts
          .map((c) => `${c.name} (${label(lang, "role", c.role)}, ${label(lang, "attitude", c.attitude)})`)
          .join("; ")}
      >
        {layout.links.map((l) => (
          <path
            key={`${l.from}-${l.to}`}
            class="pm-link"
            data-edge={`${l.from}->${l.to}`}
            d={linkPath(pos.get(l.to)!, byId.get(l.to)!, pos.get(l.from)!, byId.get(l.from)!)}
          />
        ))}
        {layout.nodes.map((n) => (
          <ContactNode
            key={n.id}
            contact={byId.get(n.id)!}
            x={n.x}
            y={n.y}
            champion={n.id === champion}
            blocker={blockers.has(n.id)}
            lang={lang}
          />
        ))}
      </svg>
    </div>
  );
}

type Point = { x: number; y: number };

/** An org-chart elbow: from below the manager's name and role, along one bus line, down to the report. */
function linkPath(boss: Point, manager: PowerMapContactView, at: Point, report: PowerMapContactView): string {
  const top = boss.y + radius(manager.influence) + 36;
  // Leave room for the competitor tag drawn above a contested report.
  const bottom = at.y - radius(report.influence) - (competitorCloser(report) ? 24 : 8);
  const bus = boss.y + (LAYER + 12) / 2;
  return `M${boss.x},${top} V${bus} H${at.x} V${bottom}`;
}

function Legend({ lang }: { lang: Lang }) {
  return (
    <ul class="pm-legend" aria-label={t(lang, "legend")}>
      <li>
        <span class="sw att-supporter" />
        {label(lang, "attitude", "supporter")}
      </li>
      <li>
        <span class="sw att-neutral" />
        {label(lang, "attitude", "neutral")}
      </li>
      <li>
        <span class="sw att-opponent" />
        {label(lang, "attitude", "opponent")}
      </li>
      <li>
        <span class="sw sw-contested" />
        {t(lang, "competitorStronger")}
      </li>
      <li>
        <span class="sw sw-size" />
        {t(lang, "influence")} 1-5
      </li>
    </ul>
  );
}
