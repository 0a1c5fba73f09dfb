import type { Card } from "../../../../agent/cards";
import { textOf } from "../format";
import { type Lang, t } from "../i18n";
import { Badge, CardFrame } from "./card-frame";

export type Decision = "approve" | "reject";

type Props = {
  data: Extract<Card, { kind: "confirm" }>["data"];
  lang: Lang;
  decision: Decision | null;
  /** False when a newer turn has started: the agent no longer waits for this answer. */
  active: boolean;
  onDecide(decision: Decision): void;
};

/** A write the agent proposes; nothing is written until the user presses Approve. */
export function ConfirmCard({ data, lang, decision, active, onDecide }: Props) {
  const args = Object.entries(data.args ?? {});
  return (
    <CardFrame
      kind="confirm"
      title={t(lang, "confirmTitle")}
      badge={
        decision ? (
          <Badge tone={decision === "approve" ? "ok" : "muted"}>
            {t(lang, decision === "approve" ? "approved" : "rejected")}
          </Badge>
        ) : null
      }
    >
      <p class="confirm-summary">{data.summary}</p>
      {args.length > 0 ? (
        <details class="confirm-args">
          <summary>
            <code>{data.tool}</code>
          </summary>
          <dl>
            {args.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{textOf(v, lang)}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
      {decision == null && active ? (
        <div class="confirm-actions">
          <button type="button" class="btn btn-primary" data-confirm="approve" onClick={() => onDecide("approve")}>
            {t(lang, "approve")}
          </button>
          <button type="button" class="btn btn-secondary" data-confirm="reject" onClick={() => onDecide("reject")}>
            {t(lang, "reject")}
          </button>
        </div>
      ) : null}
    </CardFrame>
  );
}
