import { randomUUID } from "node:crypto";
import type { ChatPostMessageArguments } from "@slack/web-api";
import { detectLanguage } from "../../agent/offline/detect-language";
import type { createAgentRuntime } from "../../agent/runtime";
import { createThread } from "../../db/queries/threads";
import type { User } from "../../db/queries/users";
import { channelConversations } from "../../db/schema";
import type { Deps } from "../../deps";
import { describeError } from "../../describe-error";
import { AppError } from "../../errors";
import { findSlackUser } from "./find-slack-user";
import { conversationFor } from "./receipts";
import { type Lang, ui } from "./render/labels";
import { plainMessage, renderReply, type SlackMessage } from "./render/render-reply";
import { colon, context, escapeText } from "./render/text";
import type { SlackApi } from "./slack-api";

export type SlackChannel = { deps: Deps; slack: SlackApi; runtime: ReturnType<typeof createAgentRuntime> };

/** A question from Slack: where it was asked and, for a message, the thread it belongs to. */
export type Question = {
  teamId: string;
  channelId: string;
  slackUserId: string;
  text: string;
  /** The thread to answer in; none for a slash command, whose answer starts a thread. */
  threadTs?: string;
  /** A slash command's answer repeats the question: there is no message of the asker's to reply under. */
  quote?: boolean;
};

/** `{team}:{channel}:{thread_ts}`: a Slack thread, one Furrow conversation per person in it. */
export const threadKey = (teamId: string, channelId: string, ts: string) => `${teamId}:${channelId}:${ts}`;

/** Runs one turn for a Slack question and posts the answer (or why there is none) with chat.postMessage. */
export async function answerQuestion(ch: SlackChannel, q: Question): Promise<void> {
  const lang = detectLanguage(q.text, q.text);
  const user = await findSlackUser(ch.deps.db, ch.slack, q.teamId, q.slackUserId);
  if (!user) {
    await post(ch, q, plainMessage(ui(lang, "unknownUser")));
    return;
  }
  if (!q.text.trim()) {
    await post(ch, q, plainMessage(ui(user.locale ?? lang, "emptyQuestion")));
    return;
  }
  const key = q.threadTs ? threadKey(q.teamId, q.channelId, q.threadTs) : null;
  const threadId = key ? await conversationFor(ch.deps.db, key, user.id, randomUUID) : randomUUID();
  if (!key) await createThread(ch.deps.db, user.id, threadId);
  const message = await turn(ch, user, q.text, threadId, lang);
  const posted = await post(ch, q, q.quote ? withQuestion(message, q, lang) : message);
  // A slash command's answer is the root of a new thread: a mention in that thread continues this conversation.
  if (!key && posted.ts)
    await ch.deps.db
      .insert(channelConversations)
      .values({
        channel: "slack",
        externalId: threadKey(q.teamId, posted.channel, posted.ts),
        threadId,
        userId: user.id,
      })
      .onConflictDoNothing();
}

async function turn(ch: SlackChannel, user: User, text: string, threadId: string, lang: Lang): Promise<SlackMessage> {
  try {
    const res = await ch.runtime.run(user, { message: text, threadId });
    return renderReply(res.reply, { threadId, today: today(ch.deps), publicUrl: ch.deps.env.PUBLIC_URL });
  } catch (err) {
    if (err instanceof AppError && err.code === "busy") return plainMessage(ui(lang, "busy"));
    ch.deps.logger.error("slack turn failed", describeError(err));
    return plainMessage(ui(lang, "failed"));
  }
}

function withQuestion(message: SlackMessage, q: Question, lang: Lang): SlackMessage {
  return {
    ...message,
    blocks: [
      context(`<@${q.slackUserId}> ${ui(lang, "askedBy")}${colon(lang)}${escapeText(q.text)}`),
      ...message.blocks.slice(0, 49),
    ],
  };
}

/**
 * Posts in the question's thread; returns the new message's ts. A slash command used in a channel the bot is not in
 * is answered in a direct message instead of not at all.
 */
export async function post(
  ch: SlackChannel,
  q: Question,
  message: SlackMessage,
): Promise<{ channel: string; ts?: string }> {
  const args: ChatPostMessageArguments = {
    channel: q.channelId,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
    ...(q.threadTs ? { thread_ts: q.threadTs } : {}),
  };
  try {
    return { channel: q.channelId, ts: (await ch.slack.chat.postMessage(args)).ts };
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (q.threadTs || (code !== "not_in_channel" && code !== "channel_not_found")) throw err;
    const dm = await ch.slack.conversations.open({ users: q.slackUserId });
    if (!dm.channel?.id) throw err;
    const channel = dm.channel.id;
    return { channel, ts: (await ch.slack.chat.postMessage({ ...args, channel })).ts };
  }
}

/** Today in the installation's time zone, `YYYY-MM-DD`. */
export function today(deps: Deps): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: deps.env.TZ }).format(deps.clock.now());
}
