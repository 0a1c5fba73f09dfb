import type { KnownBlock } from "@slack/types";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { userIdentities } from "../../db/schema";
import type { Env } from "../../env";
import { createSlackApi, type SlackApi } from "./slack-api";

export type DmResult =
  | { sent: true; channel: string; ts: string }
  | { sent: false; reason: "slack_off" | "no_identity" };

/**
 * Sends a direct message from the bot to a Furrow user through their linked Slack identity (conversations.open, then
 * chat.postMessage); for the weekly briefing and other notices. Says why when it cannot: Slack off, or no identity.
 */
export async function sendSlackDm(
  ctx: { db: Executor; env: Env; slack?: SlackApi },
  userId: string,
  message: { text: string; blocks?: KnownBlock[] },
): Promise<DmResult> {
  if (!ctx.env.SLACK_SIGNING_SECRET || !ctx.env.SLACK_BOT_TOKEN) return { sent: false, reason: "slack_off" };
  const [row] = await ctx.db
    .select({ identity: userIdentities.identity })
    .from(userIdentities)
    .where(and(eq(userIdentities.userId, userId), eq(userIdentities.provider, "slack")))
    .orderBy(asc(userIdentities.createdAt))
    .limit(1);
  const slackUserId = row?.identity.split(":")[2];
  if (!slackUserId) return { sent: false, reason: "no_identity" };
  const slack = ctx.slack ?? createSlackApi(ctx.env);
  const dm = await slack.conversations.open({ users: slackUserId });
  const channel = dm.channel?.id;
  if (!channel) throw new Error("Slack opened no direct-message channel");
  const posted = await slack.chat.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
  });
  return { sent: true, channel, ts: posted.ts ?? "" };
}
