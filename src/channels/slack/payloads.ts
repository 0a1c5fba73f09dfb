import type { KnownBlock } from "@slack/types";
import { z } from "zod";
import type { Click } from "./handle-click";

/** Events API envelopes (https://docs.slack.dev/apis/events-api): only the fields Furrow reads; the rest is ignored. */
export const EventEnvelope = z.discriminatedUnion("type", [
  z.object({ type: z.literal("url_verification"), challenge: z.string().max(500) }),
  z.object({
    type: z.literal("event_callback"),
    event_id: z.string().min(1).max(200),
    team_id: z.string().min(1),
    event: z
      .object({
        type: z.string(),
        subtype: z.string().optional(),
        bot_id: z.string().optional(),
        user: z.string().optional(),
        text: z.string().max(40_000).optional(),
        channel: z.string().optional(),
        channel_type: z.string().optional(),
        ts: z.string().optional(),
        thread_ts: z.string().optional(),
      })
      .loose(),
  }),
]);

export type EventCallback = Extract<z.infer<typeof EventEnvelope>, { type: "event_callback" }>;

/** A slash command's form fields (https://docs.slack.dev/interactivity/implementing-slash-commands). */
export const CommandForm = z.object({
  command: z.string(),
  text: z.string().max(4000).default(""),
  user_id: z.string().min(1),
  team_id: z.string().min(1),
  channel_id: z.string().min(1),
  trigger_id: z.string().min(1),
});

const BlockActions = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id: z.string().min(1), team_id: z.string().optional() }),
  team: z
    .object({ id: z.string().min(1) })
    .nullable()
    .optional(),
  channel: z.object({ id: z.string().min(1) }),
  message: z
    .object({
      ts: z.string(),
      thread_ts: z.string().optional(),
      text: z.string().optional(),
      blocks: z.array(z.any()).optional(),
    })
    .loose(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() }).loose()).min(1),
});

/** A button click's payload as a Click, or null for interactions Furrow does not offer. */
export function readClick(payload: unknown): Click | null {
  const parsed = BlockActions.safeParse(payload);
  if (!parsed.success) return null;
  const p = parsed.data;
  const teamId = p.team?.id ?? p.user.team_id;
  const action = p.actions[0];
  if (!teamId || !action.value) return null;
  return {
    teamId,
    slackUserId: p.user.id,
    channelId: p.channel.id,
    messageTs: p.message.ts,
    threadTs: p.message.thread_ts,
    messageText: p.message.text ?? "",
    firstBlock: p.message.blocks?.[0] as KnownBlock | undefined,
    actionId: action.action_id,
    value: action.value,
  };
}

/**
 * A message's text as the person wrote it: @-mentions dropped (the bot's, and people's Slack ids mean nothing to
 * Furrow), channels and links by their label,
 * and Slack's three escapes undone (https://docs.slack.dev/messaging/formatting-message-text).
 */
export function plainText(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+>/g, " ")
    .replace(/<[#!][^|>]*\|([^>]*)>/g, "$1")
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, "$1")
    .replace(/<((?:https?|mailto):[^>]*)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
