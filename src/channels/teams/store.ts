/** What the Teams channel keeps: delivery receipts, conversation -> thread, and how to reach a person later. */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { channelConversations, channelReceipts, teamsReferences } from "../../db/schema";

/** True for the first instance to see this activity id; a redelivery or a second instance gets false. */
export async function claimActivity(db: Db, activityId: string): Promise<boolean> {
  const rows = await db
    .insert(channelReceipts)
    .values({ channel: "teams", key: activityId })
    .onConflictDoNothing()
    .returning({ key: channelReceipts.key });
  return rows.length > 0;
}

export async function threadFor(db: Db, conversationId: string, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ threadId: channelConversations.threadId })
    .from(channelConversations)
    .where(
      and(
        eq(channelConversations.channel, "teams"),
        eq(channelConversations.externalId, conversationId),
        eq(channelConversations.userId, userId),
      ),
    );
  return row?.threadId ?? null;
}

export async function rememberThread(db: Db, conversationId: string, userId: string, threadId: string) {
  await db
    .insert(channelConversations)
    .values({ channel: "teams", externalId: conversationId, userId, threadId })
    .onConflictDoNothing();
}

export type TeamsReference = typeof teamsReferences.$inferSelect;
type NewReference = Omit<TeamsReference, "updatedAt">;

/** Keeps the latest way to reach a person; a personal chat id, once known, survives messages from channels. */
export async function saveReference(db: Db, ref: NewReference) {
  const now = new Date().toISOString();
  await db
    .insert(teamsReferences)
    .values({ ...ref, updatedAt: now })
    .onConflictDoUpdate({
      target: teamsReferences.userId,
      set: {
        serviceUrl: ref.serviceUrl,
        teamsUserId: ref.teamsUserId,
        tenantId: ref.tenantId,
        botId: ref.botId,
        updatedAt: now,
        ...(ref.conversationId ? { conversationId: ref.conversationId } : {}),
      },
    });
}

export async function findReference(db: Db, userId: string): Promise<TeamsReference | null> {
  const [row] = await db.select().from(teamsReferences).where(eq(teamsReferences.userId, userId));
  return row ?? null;
}

export async function setPersonalConversation(db: Db, userId: string, conversationId: string) {
  await db.update(teamsReferences).set({ conversationId }).where(eq(teamsReferences.userId, userId));
}
