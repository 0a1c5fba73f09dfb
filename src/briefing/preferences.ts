import { CronExpressionParser } from "cron-parser";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { audit } from "../db/queries/audit";
import { briefingPreferences } from "../db/schema";

export const BRIEFING_CHANNELS = ["email", "slack", "teams"] as const;
export type BriefingChannelName = (typeof BRIEFING_CHANNELS)[number];

export const BriefingPrefsInput = z
  .object({
    channel: z.enum(BRIEFING_CHANNELS).optional(),
    weekday: z.number().int().min(1, "1 = Monday … 7 = Sunday").max(7, "1 = Monday … 7 = Sunday").nullable().optional(),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:mm, e.g. 08:30")
      .nullable()
      .optional(),
    enabled: z.boolean().optional(),
  })
  .strict();
export type BriefingPrefsInput = z.infer<typeof BriefingPrefsInput>;

/** A user's briefing settings; weekday/time null mean BRIEFING_CRON's. */
export type BriefingPrefs = {
  channel: BriefingChannelName;
  weekday: number | null;
  time: string | null;
  enabled: boolean;
};

export const DEFAULT_PREFS: BriefingPrefs = { channel: "email", weekday: null, time: null, enabled: true };

export async function getBriefingPrefs(db: Db, userId: string): Promise<BriefingPrefs> {
  const [row] = await db.select().from(briefingPreferences).where(eq(briefingPreferences.userId, userId));
  return row ? { channel: row.channel, weekday: row.weekday, time: row.time, enabled: row.enabled } : DEFAULT_PREFS;
}

/** Changes only the fields given; returns the whole result. */
export async function putBriefingPrefs(db: Db, userId: string, input: BriefingPrefsInput): Promise<BriefingPrefs> {
  const next = { ...(await getBriefingPrefs(db, userId)), ...input };
  await db.transaction(async (tx) => {
    await tx
      .insert(briefingPreferences)
      .values({ userId, ...next })
      .onConflictDoUpdate({
        target: briefingPreferences.userId,
        set: { ...next, updatedAt: new Date().toISOString() },
      });
    await audit(tx, { userId, action: "briefing.preferences", entity: "user", entityId: userId, details: next });
  });
  return next;
}

/**
 * When this week's briefing is due for these settings: the first moment of the user's day and time (or of
 * BRIEFING_CRON) in the ISO week containing `now`, in TZ; null when the schedule has no moment in this week.
 */
export function dueThisWeek(prefs: BriefingPrefs, now: Date, defaultCron: string, tz: string): Date | null {
  const weekStart = CronExpressionParser.parse("0 0 * * 1", { currentDate: new Date(now.getTime() + 1), tz })
    .prev()
    .toDate();
  const base = CronExpressionParser.parse(defaultCron, { tz });
  const fields = base.fields;
  const [hh, mm] = prefs.time ? prefs.time.split(":").map(Number) : [fields.hour.values[0], fields.minute.values[0]];
  const cron =
    prefs.weekday === null && prefs.time === null
      ? defaultCron
      : `${mm} ${hh} * * ${prefs.weekday === null ? fields.dayOfWeek.values.join(",") : prefs.weekday % 7}`;
  const due = CronExpressionParser.parse(cron, { currentDate: new Date(weekStart.getTime() - 1), tz })
    .next()
    .toDate();
  return due.getTime() < weekStart.getTime() + 7 * 86_400_000 ? due : null;
}
