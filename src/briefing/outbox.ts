import { and, desc, eq, lt, or } from "drizzle-orm";
import type { Db } from "../db/client";
import { briefingOutbox } from "../db/schema";
import type { BookState } from "./book-state";
import type { BriefingChannelName } from "./preferences";

/**
 * A claim older than this whose holder never handed the briefing to a channel died (restart, crash): another
 * instance may take it over. Nothing was sent under such a claim.
 */
export const STALE_CLAIM_MS = 10 * 60_000;
/** A hand-over this old that never finished: the process died inside the send; see `claimWeek`. */
export const STALE_SEND_MS = 30 * 60_000;

export type Claim = { id: string; resend: boolean };

/**
 * Takes the (user, ISO week) row: inserted fresh, or taken over when it failed, when its claim went stale, or when its
 * send never finished (then `resend`: the same Message-ID goes out again, so mail systems that saw the first one
 * drop the copy). The unique key makes exactly one instance win each row.
 */
export async function claimWeek(
  db: Db,
  userId: string,
  isoWeek: string,
  holder: string,
  now: Date,
): Promise<Claim | null> {
  const id = `bo_${userId}_${isoWeek}`;
  const at = now.toISOString();
  const inserted = await db
    .insert(briefingOutbox)
    .values({ id, userId, isoWeek, status: "claimed", holder, claimedAt: at })
    .onConflictDoNothing()
    .returning({ id: briefingOutbox.id });
  if (inserted.length) return { id, resend: false };
  const staleClaim = new Date(now.getTime() - STALE_CLAIM_MS).toISOString();
  const staleSend = new Date(now.getTime() - STALE_SEND_MS).toISOString();
  const taken = await db
    .update(briefingOutbox)
    .set({ status: "claimed", holder, claimedAt: at, error: null })
    .where(
      and(
        eq(briefingOutbox.id, id),
        or(
          eq(briefingOutbox.status, "failed"),
          and(eq(briefingOutbox.status, "claimed"), lt(briefingOutbox.claimedAt, staleClaim)),
          and(eq(briefingOutbox.status, "sending"), lt(briefingOutbox.claimedAt, staleSend)),
        ),
      ),
    )
    .returning({ id: briefingOutbox.id, sentBefore: briefingOutbox.messageRef });
  return taken.length ? { id, resend: taken[0].sentBefore !== null } : null;
}

/** Marks the hand-over to a channel; false when the claim was lost meanwhile (then nothing may be sent). */
export async function markSending(
  db: Db,
  claim: Claim,
  holder: string,
  channel: BriefingChannelName,
  messageRef: string,
  note: string | null,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(briefingOutbox)
    .set({ status: "sending", channel, messageRef, note, claimedAt: now.toISOString() })
    .where(
      and(eq(briefingOutbox.id, claim.id), eq(briefingOutbox.holder, holder), eq(briefingOutbox.status, "claimed")),
    )
    .returning({ id: briefingOutbox.id });
  return rows.length > 0;
}

export async function markDone(
  db: Db,
  claimId: string,
  outcome:
    | { status: "sent"; snapshot: BookState; at: Date }
    | { status: "failed"; error: string }
    | { status: "skipped" },
): Promise<void> {
  await db
    .update(briefingOutbox)
    .set(
      outcome.status === "sent"
        ? { status: "sent", snapshot: outcome.snapshot, sentAt: outcome.at.toISOString() }
        : outcome.status === "failed"
          ? { status: "failed", error: outcome.error }
          : { status: "skipped" },
    )
    .where(eq(briefingOutbox.id, claimId));
}

/** The snapshot stored with the user's last briefing sent before this week: what "what changed" compares against. */
export async function lastSnapshot(db: Db, userId: string, isoWeek: string): Promise<BookState | null> {
  const [row] = await db
    .select({ snapshot: briefingOutbox.snapshot })
    .from(briefingOutbox)
    .where(
      and(eq(briefingOutbox.userId, userId), eq(briefingOutbox.status, "sent"), lt(briefingOutbox.isoWeek, isoWeek)),
    )
    .orderBy(desc(briefingOutbox.isoWeek))
    .limit(1);
  return (row?.snapshot as BookState | undefined) ?? null;
}
