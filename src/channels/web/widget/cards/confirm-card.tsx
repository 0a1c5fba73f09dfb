import type { Card } from "../../../../agent/cards";
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
  // The summary names the account, person and day in words; ids and tool codes stay in the API's JSON.
  const names = [data.names?.account, data.names?.contact].filter((x): x is string => Boolean(x));
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
      {names.length > 0 ? <p class="confirm-names small">{names.join(lang === "zh" ? " · " : " · ")}</p> : null}
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
