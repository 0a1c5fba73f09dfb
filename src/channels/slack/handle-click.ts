import type { KnownBlock } from "@slack/types";
import { detectLanguage } from "../../agent/offline/detect-language";
import { findThread } from "../../db/queries/threads";
import type { User } from "../../db/queries/users";
import { describeError } from "../../describe-error";
import { AppError } from "../../errors";
import { answerQuestion, type SlackChannel, today } from "./answer-question";
import { findSlackUser } from "./find-slack-user";
import { claimReceipt } from "./receipts";
import { type Lang, ui } from "./render/labels";
import { ACTION, renderOutcome } from "./render/render-confirm";
import { renderReply } from "./render/render-reply";
import { context } from "./render/text";

/** The parts of a `block_actions` payload Furrow reads (https://docs.slack.dev/reference/interaction-payloads). */
export type Click = {
  teamId: string;
  slackUserId: string;
  channelId: string;
  messageTs: string;
  threadTs?: string;
  messageText: string;
  firstBlock?: KnownBlock;
  actionId: string;
  value: string;
};

/** A button click: approve or reject a waiting write, or pick one reading of a clarifying question. */
export async function handleClick(ch: SlackChannel, click: Click): Promise<void> {
  if (click.actionId.startsWith(ACTION.choice)) {
    // One pick per person per question: a double click asks once.
    if (!(await claimReceipt(ch.deps.db, `choice:${click.channelId}:${click.messageTs}:${click.slackUserId}`))) return;
    await answerQuestion(ch, {
      teamId: click.teamId,
      channelId: click.channelId,
      slackUserId: click.slackUserId,
      text: click.value,
      threadTs: click.threadTs ?? click.messageTs,
    });
    return;
  }
  const decision = click.actionId === ACTION.approve ? "approve" : click.actionId === ACTION.reject ? "reject" : null;
  if (!decision) return;
  const fallback = detectLanguage(click.messageText, click.messageText);
  const user = await findSlackUser(ch.deps.db, ch.slack, click.teamId, click.slackUserId);
  // The buttons carry the conversation; only its owner may decide (someone else's conversation looks missing).
  if (!user || !(await findThread(ch.deps.db, user.id, click.value))) {
    await whisper(ch, click, ui(user?.locale ?? fallback, user ? "onlyAsker" : "unknownUser"));
    return;
  }
  // The first click decides, on whichever instance it lands; a second click (or a second instance) does nothing.
  if (!(await claimReceipt(ch.deps.db, `confirm:${click.channelId}:${click.messageTs}`))) {
    await whisper(ch, click, ui(user.locale, "alreadyDone"));
    return;
  }
  await decide(ch, click, user, decision);
}

async function decide(ch: SlackChannel, click: Click, user: User, decision: "approve" | "reject"): Promise<void> {
  const lang: Lang = user.locale;
  const summary = click.firstBlock ? [click.firstBlock] : [];
  await ch.slack.chat.update({
    channel: click.channelId,
    ts: click.messageTs,
    text: ui(lang, "working"),
    blocks: [...summary, context(ui(lang, "working"))],
  });
  let text: string;
  let replyLang = lang;
  try {
    const res = await ch.runtime.run(user, { threadId: click.value, confirm: decision });
    text = res.reply.text;
    replyLang = res.reply.language;
    if (res.reply.cards.length) {
      const rest = renderReply(
        { ...res.reply, text: "" },
        { threadId: click.value, today: today(ch.deps), publicUrl: ch.deps.env.PUBLIC_URL },
      );
      await ch.slack.chat.postMessage({
        channel: click.channelId,
        thread_ts: click.threadTs ?? click.messageTs,
        ...rest,
      });
    }
  } catch (err) {
    if (!(err instanceof AppError && err.code === "conflict"))
      ch.deps.logger.error("slack confirm failed", describeError(err));
    text = ui(lang, err instanceof AppError && err.code === "conflict" ? "alreadyDone" : "failed");
  }
  await ch.slack.chat.update({
    channel: click.channelId,
    ts: click.messageTs,
    text,
    blocks: renderOutcome(summary, decision, click.slackUserId, text, replyLang),
  });
}

/** A message only the clicker sees. */
async function whisper(ch: SlackChannel, click: Click, text: string): Promise<void> {
  await ch.slack.chat.postEphemeral({
    channel: click.channelId,
    user: click.slackUserId,
    text,
    ...(click.threadTs ? { thread_ts: click.threadTs } : {}),
  });
}
