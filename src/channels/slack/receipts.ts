import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { createThread } from "../../db/queries/threads";
import { channelConversations, channelReceipts } from "../../db/schema";

/**
 * Claims a delivery (a Slack `event_id`, a button click): true for the first caller on any instance sharing the
 * database, false for a retry or a second instance, which then do nothing.
 */
export async function claimReceipt(db: Executor, key: string): Promise<boolean> {
  const rows = await db
    .insert(channelReceipts)
    .values({ channel: "slack", key })
    .onConflictDoNothing()
    .returning({ key: channelReceipts.key });
  return rows.length > 0;
}

/** The Furrow conversation of this user in this Slack thread, if they have spoken there before. */
export async function findConversation(db: Executor, externalId: string, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ threadId: channelConversations.threadId })
    .from(channelConversations)
    .where(
      and(
        eq(channelConversations.channel, "slack"),
        eq(channelConversations.externalId, externalId),
        eq(channelConversations.userId, userId),
      ),
    )
    .limit(1);
  return row?.threadId ?? null;
}

/**
 * The user's Furrow conversation for a Slack thread, made on first use. Two messages racing in a new thread end up
 * in one conversation: the loser of the insert reads the winner's.
 */
export async function conversationFor(
  db: Executor,
  externalId: string,
  userId: string,
  newId: () => string,
): Promise<string> {
  const found = await findConversation(db, externalId, userId);
  if (found) return found;
  const threadId = newId();
  await createThread(db, userId, threadId);
  const rows = await db
    .insert(channelConversations)
    .values({ channel: "slack", externalId, threadId, userId })
    .onConflictDoNothing()
    .returning({ threadId: channelConversations.threadId });
  return rows[0]?.threadId ?? ((await findConversation(db, externalId, userId)) as string);
}
