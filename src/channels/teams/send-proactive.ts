import type { Card } from "../../agent/cards";
import type { Deps } from "../../deps";
import { localDay } from "../../engine/myweek/local-time";
import { teamsConfig } from "./config";
import { replyActivity } from "./render-reply";
import { connectorFor } from "./shared-connector";
import { findReference, setPersonalConversation } from "./store";

export type ProactiveMessage = { text: string; language: "zh" | "en"; cards?: Card[] };
export type ProactiveResult =
  | { sent: true; activityId: string | null }
  | { sent: false; reason: "teams_off" | "no_teams_identity" };

/**
 * Sends a personal message to a Furrow user in Teams without being asked (e.g. the weekly briefing). Needs the way to
 * reach them, which Furrow keeps from their last message to the bot; opens the personal chat when there is none yet.
 */
export async function sendTeamsMessage(
  deps: Deps,
  userId: string,
  message: ProactiveMessage,
): Promise<ProactiveResult> {
  const config = teamsConfig(deps.env);
  if (!config) return { sent: false, reason: "teams_off" };
  const ref = await findReference(deps.db, userId);
  if (!ref) return { sent: false, reason: "no_teams_identity" };
  const connector = connectorFor(config);
  let conversationId = ref.conversationId;
  if (!conversationId) {
    conversationId = await connector.createPersonalConversation(ref.serviceUrl, ref);
    await setPersonalConversation(deps.db, userId, conversationId);
  }
  const today = localDay(deps.clock.now().toISOString(), deps.env.TZ);
  // A button answering a turn needs that turn's conversation; a proactive message has none, so it carries data cards only.
  const cards = (message.cards ?? []).filter((c) => c.kind !== "confirm" && c.kind !== "choices");
  const reply = { text: message.text, language: message.language, cards };
  const out = await connector.send(ref.serviceUrl, conversationId, replyActivity(reply, "", today));
  return { sent: true, activityId: out.id };
}
