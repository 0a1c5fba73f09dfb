/** A write waiting for approval, and the same card once it was decided (Teams updates the message in place). */
import type { Card } from "../../agent/cards";
import { type Lang, t } from "../web/widget/i18n";
import { type AdaptiveCard, card, text, title } from "./card-parts";

type ConfirmData = Extract<Card, { kind: "confirm" }>["data"];

function namesLine(data: Pick<ConfirmData, "names">): string | null {
  const names = [data.names?.account, data.names?.contact].filter((x): x is string => Boolean(x));
  return names.length ? names.join(" · ") : null;
}

/** Approve/Reject buttons carry the conversation they answer; only its owner can use them. */
export function confirmCard(data: ConfirmData, lang: Lang, threadId: string): AdaptiveCard {
  const names = namesLine(data);
  const submit = (decision: "approve" | "reject") => ({
    type: "Action.Submit",
    title: t(lang, decision),
    style: decision === "approve" ? "positive" : "destructive",
    data: { furrow: "confirm", decision, threadId, summary: data.summary },
  });
  return card(
    [
      ...title(t(lang, "confirmTitle")),
      text(data.summary),
      ...(names ? [text(names, { isSubtle: true, size: "Small" })] : []),
    ],
    [submit("approve"), submit("reject")],
  );
}

export function decidedCard(
  summary: string | undefined,
  decision: "approve" | "reject",
  outcome: string,
  lang: Lang,
): AdaptiveCard {
  const badge = decision === "approve" ? `✅ ${t(lang, "approved")}` : `✖ ${t(lang, "rejected")}`;
  return card([
    ...title(t(lang, "confirmTitle")),
    ...(summary ? [text(summary)] : []),
    text(badge, { weight: "Bolder", color: decision === "approve" ? "Good" : "Default" }),
    ...(outcome ? [text(outcome, { isSubtle: true })] : []),
  ]);
}
