import type { KnownBlock } from "@slack/types";
import type { Card } from "../../../agent/cards";
import { type Lang, ui } from "./labels";
import { clip, context, escapeText, LIMITS, section, toMrkdwn } from "./text";

export const ACTION = { approve: "furrow_approve", reject: "furrow_reject", choice: "furrow_choice" } as const;

type ConfirmCard = Extract<Card, { kind: "confirm" }>;
type ChoicesCard = Extract<Card, { kind: "choices" }>;

/** The write in words with 确认/取消 (Approve/Reject); the buttons carry the conversation the write waits in. */
export function renderConfirm(card: ConfirmCard, lang: Lang, threadId: string): KnownBlock[] {
  return [
    section(`*${ui(lang, "confirmTitle")}*\n${escapeText(card.data.summary)}`),
    {
      type: "actions",
      block_id: "furrow_confirm",
      elements: [
        {
          type: "button",
          action_id: ACTION.approve,
          style: "primary",
          text: { type: "plain_text", text: ui(lang, "approve") },
          value: threadId,
        },
        {
          type: "button",
          action_id: ACTION.reject,
          style: "danger",
          text: { type: "plain_text", text: ui(lang, "reject") },
          value: threadId,
        },
      ],
    },
  ];
}

/** The confirm message after a click: the write in words, who decided and what came of it; no buttons left. */
export function renderOutcome(
  summary: KnownBlock[],
  decision: "approve" | "reject",
  slackUserId: string,
  resultText: string,
  lang: Lang,
): KnownBlock[] {
  const mark = decision === "approve" ? `✅ ${ui(lang, "approved")}` : `✖️ ${ui(lang, "rejected")}`;
  return [...summary, context(`${mark} · <@${slackUserId}>`), ...(resultText ? [section(toMrkdwn(resultText))] : [])];
}

/** A clarifying question with one button per reading; a click sends that reading's message in the thread. */
export function renderChoices(card: ChoicesCard, lang: Lang): KnownBlock[] {
  const options = card.data.options.slice(0, 25);
  return [
    section(`*${ui(lang, "choicesTitle")}*\n${escapeText(card.data.question)}`),
    ...(options.length
      ? [
          {
            type: "actions" as const,
            block_id: "furrow_choices",
            elements: options.map((o, i) => ({
              type: "button" as const,
              action_id: `${ACTION.choice}_${i}`,
              text: { type: "plain_text" as const, text: clip(o.label, LIMITS.button) },
              value: clip(o.message, 2000),
            })),
          },
        ]
      : []),
  ];
}
