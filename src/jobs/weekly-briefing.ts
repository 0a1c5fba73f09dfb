import { hostname } from "node:os";
import { and, eq, inArray } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import { buildBriefing } from "../briefing/build-briefing";
import { isoWeek, localDay } from "../briefing/calendar";
import { type BriefingChannels, emailChannel, messageRefFor, pickChannel } from "../briefing/channels";
import { claimWeek, lastSnapshot, markDone, markSending } from "../briefing/outbox";
import { dueThisWeek, getBriefingPrefs } from "../briefing/preferences";
import { audit } from "../db/queries/audit";
import { users } from "../db/schema";
import type { Deps } from "../deps";
import { describeError } from "../describe-error";
import type { JobDef } from "./scheduler";

/** The job looks every five minutes for whoever is due; each person's own day and time decide, not this tick. */
export const BRIEFING_TICK_CRON = "*/5 * * * *";

/**
 * The weekly briefing: to every active rep and manager at their day and time (BRIEFING_CRON by default), by the
 * channel they chose, once per ISO week. The outbox row (user, week) is the lock: a second instance, a restart or a
 * later tick finds it and sends nothing again.
 */
export function weeklyBriefingJob(
  deps: Deps,
  mailer: Transporter,
  opts: { channels?: Omit<BriefingChannels, "email">; holder?: string } = {},
): JobDef {
  const holder = opts.holder ?? `${hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const channels: BriefingChannels = { ...opts.channels, email: emailChannel(mailer, deps.env.BRIEFING_FROM) };
  return {
    name: "weekly-briefing",
    cron: BRIEFING_TICK_CRON,
    run: (now) => sendDueBriefings(deps, channels, holder, now),
  };
}

export async function sendDueBriefings(deps: Deps, channels: BriefingChannels, holder: string, now: Date) {
  const { db, env, logger } = deps;
  const people = await db
    .select()
    .from(users)
    // Deactivated people get nothing: they have left or are on leave.
    .where(and(inArray(users.role, ["rep", "manager"]), eq(users.active, true)))
    .orderBy(users.id);
  const week = isoWeek(localDay(now, env.TZ));
  let sent = 0;
  for (const person of people) {
    const prefs = await getBriefingPrefs(db, person.id);
    const due = dueThisWeek(prefs, now, env.BRIEFING_CRON, env.TZ);
    if (!prefs.enabled || !due || due > now) continue;
    const claim = await claimWeek(db, person.id, week, holder, now);
    if (!claim) continue;
    try {
      const previous = await lastSnapshot(db, person.id, week);
      const { briefing, snapshot } = await buildBriefing(db, person, now, {
        tz: env.TZ,
        previous,
        publicUrl: env.PUBLIC_URL ?? null,
      });
      if (!Object.keys(snapshot.accounts).length) {
        await markDone(db, claim.id, { status: "skipped" });
        continue;
      }
      const { channel, note } = pickChannel(prefs.channel, channels, logger, person.id);
      const ref = messageRefFor(person.id, week, env.BRIEFING_FROM);
      if (!(await markSending(db, claim, holder, channel.name, ref, note, now))) continue;
      await channel.send(person, briefing, ref);
      await markDone(db, claim.id, { status: "sent", snapshot, at: now });
      await audit(db, {
        userId: null,
        action: "briefing.sent",
        entity: "user",
        entityId: person.id,
        details: { isoWeek: week, channel: channel.name, ...(note ? { note } : {}) },
      });
      sent++;
    } catch (err) {
      // Nothing reached the person (the channel refused): the row is retried on a later tick.
      logger.error("briefing failed", { userId: person.id, isoWeek: week, ...describeError(err) });
      await markDone(db, claim.id, { status: "failed", error: String(err) });
    }
  }
  return { sent, people: people.length, isoWeek: week };
}
