import type { Card } from "../../../../agent/cards";
import { type Lang, t } from "../i18n";
import { CardFrame } from "./card-frame";

type Props = {
  data: Extract<Card, { kind: "choices" }>["data"];
  lang: Lang;
  /** False when a newer turn has started: the question was answered or left behind. */
  active: boolean;
  onChoose(message: string): void;
};

/** A question back with the readings it found; pressing one sends that option's message, as typing it would. */
export function ChoicesCard({ data, lang, active, onChoose }: Props) {
  return (
    <CardFrame kind="choices" title={t(lang, "choicesTitle")}>
      <p class="choices-question">{data.question}</p>
      <div class="choices-options">
        {data.options.map((o) => (
          <button
            key={o.message}
            type="button"
            class="btn btn-secondary"
            data-choice={o.message}
            disabled={!active}
            onClick={() => onChoose(o.message)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </CardFrame>
  );
}
