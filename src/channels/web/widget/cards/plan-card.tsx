import type { PlanView } from "../../../../agent/cards";
import { formatDate, textOf, todayIso } from "../format";
import { type Lang, label, t } from "../i18n";
import { Badge, CardFrame, TextList } from "./card-frame";

/** The plan engine names the rep for sales actions and a team's role code for the others. */
const OWNER_ROLES: Record<string, Record<Lang, string>> = {
  sales: { zh: "销售", en: "Sales" },
  solution: { zh: "方案团队", en: "Solutions team" },
  delivery: { zh: "交付团队", en: "Delivery team" },
};
const ownerName = (owner: string, lang: Lang) => OWNER_ROLES[owner]?.[lang] ?? owner;

type Props = { accountName: string; data: PlanView; lang: Lang; today?: string };

export function PlanCard({ accountName, data, lang, today = todayIso() }: Props) {
  const list = (items: unknown[] | undefined) => (items ?? []).map((v) => textOf(v, lang));
  const actions = [...(data.actions ?? [])].sort((a, b) => (a.due ?? "").localeCompare(b.due ?? ""));
  return (
    <CardFrame
      kind="plan"
      title={t(lang, "plan")}
      subtitle={accountName}
      badge={
        <>
          <Badge tone={`strategy-${data.strategy}`}>{label(lang, "strategy", data.strategy)}</Badge>
          {data.version != null ? <Badge tone="muted">v{data.version}</Badge> : null}
        </>
      }
    >
      {data.goal != null && textOf(data.goal, lang) !== "" ? (
        <div class="plan-goal">
          <span class="plan-goal-label">{t(lang, "goal")}</span>
          <p>{textOf(data.goal, lang)}</p>
        </div>
      ) : null}
      <TextList title={t(lang, "objectives")} items={list(data.objectives)} />
      <TextList title={t(lang, "strategies")} items={list(data.strategies)} />
      {actions.length > 0 ? (
        <div class="card-section">
          <h4>{t(lang, "actions")}</h4>
          <ul class="checklist" data-testid="plan-checklist">
            {actions.map((a, i) => {
              const done = a.done === true;
              const overdue = !done && !!a.due && a.due.slice(0, 10) < today;
              return (
                <li key={i} data-action={i} class={`${done ? "done" : ""}${overdue ? " overdue" : ""}`}>
                  <svg class="check" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                    <rect x="1" y="1" width="14" height="14" rx="3" />
                    {done ? <path d="M4 8.5l2.5 2.5L12 5.5" /> : null}
                  </svg>
                  <div class="action-body">
                    <span class="action-title">
                      <span class="sr-only">{done ? "✓ " : ""}</span>
                      {a.title}
                    </span>
                    <span class="action-meta">
                      {a.owner ? (
                        <span>
                          {t(lang, "owner")}: {ownerName(a.owner, lang)}
                        </span>
                      ) : null}
                      <time dateTime={a.due} class="action-due">
                        {t(lang, "due")} {formatDate(a.due, lang, today)}
                        {overdue ? ` · ${t(lang, "overdue")}` : ""}
                      </time>
                    </span>
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <TextList title={t(lang, "resources")} items={list(data.resources)} />
      <TextList title={t(lang, "kpis")} items={list(data.kpis)} />
      <TextList title={t(lang, "risks")} items={list(data.risks)} />
    </CardFrame>
  );
}
