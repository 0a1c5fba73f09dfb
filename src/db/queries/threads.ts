import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { chatThreads } from "../schema";

export type ThreadRow = typeof chatThreads.$inferSelect;

/** The thread if it exists and is this user's; null otherwise (another user's thread looks missing). */
export async function findThread(db: Executor, userId: string, id: string): Promise<ThreadRow | null> {
  const [row] = await db
    .select()
    .from(chatThreads)
    .where(and(eq(chatThreads.id, id), eq(chatThreads.userId, userId)))
    .limit(1);
  return row ?? null;
}

/** A new thread; with `lease`, created already leased to `lease.holder` (one statement for a turn's first message). */
export async function createThread(
  db: Executor,
  userId: string,
  id: string,
  lease?: { holder: string; seconds: number },
): Promise<void> {
  await db.insert(chatThreads).values({
    id,
    userId,
    context: {},
    ...(lease ? { leaseHolder: lease.holder, leaseUntil: sql`now() + make_interval(secs => ${lease.seconds})` } : {}),
  });
}

/**
 * Takes the thread's lease so one turn runs at a time on it, whichever instance serves the request.
 * Returns false while another turn holds an unexpired lease.
 */
export async function takeLease(
  db: Executor,
  id: string,
  holder: string,
  seconds: number,
  /** Only a thread of this user's (false for any other: the caller tells missing from busy). */
  userId?: string,
): Promise<boolean> {
  const rows = await db
    .update(chatThreads)
    .set({ leaseHolder: holder, leaseUntil: sql`now() + make_interval(secs => ${seconds})`, updatedAt: sql`now()` })
    .where(
      and(
        eq(chatThreads.id, id),
        userId === undefined ? undefined : eq(chatThreads.userId, userId),
        or(isNull(chatThreads.leaseUntil), lt(chatThreads.leaseUntil, sql`now()`)),
      ),
    )
    .returning({ id: chatThreads.id });
  return rows.length === 1;
}

export async function releaseLease(db: Executor, id: string, holder: string, context?: unknown): Promise<void> {
  await db
    .update(chatThreads)
    .set({ leaseHolder: null, leaseUntil: null, ...(context === undefined ? {} : { context }), updatedAt: sql`now()` })
    .where(and(eq(chatThreads.id, id), eq(chatThreads.leaseHolder, holder)));
}

/** Keeps a running turn's lease alive (the heartbeat): a crashed instance stops renewing, so its lease soon lapses. */
export async function renewLease(db: Executor, id: string, holder: string, seconds: number): Promise<void> {
  await db
    .update(chatThreads)
    .set({ leaseUntil: sql`now() + make_interval(secs => ${seconds})` })
    .where(and(eq(chatThreads.id, id), eq(chatThreads.leaseHolder, holder)));
}

/**
 * Releases every conversation lease. Only for a database one process owns (the embedded one, locked per DATA_DIR):
 * at boot, any lease there was held by a process that is gone, so a crash costs a retry, not a lease's lifetime.
 */
export async function releaseAllLeases(db: Executor): Promise<number> {
  const rows = await db
    .update(chatThreads)
    .set({ leaseHolder: null, leaseUntil: null })
    .where(sql`${chatThreads.leaseHolder} is not null`)
    .returning({ id: chatThreads.id });
  return rows.length;
}
