import { CronExpressionParser } from "cron-parser";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../db/client";
import { jobLeases } from "../db/schema";
import { describeError } from "../describe-error";
import type { Logger } from "../logger";

export type JobDef = { name: string; cron: string; run: (now: Date) => Promise<Record<string, unknown>> };

/** The next time a five-field cron expression fires after `after`, in the given time zone. */
export function nextRun(cron: string, after: Date, tz: string): Date {
  return CronExpressionParser.parse(cron, { currentDate: after, tz }).next().toDate();
}

const LEASE_SECONDS = 15 * 60;

/**
 * The one scheduler: every instance ticks, and the database decides who runs a due job. A job runs when its
 * next_run_at has passed and this instance wins the conditional update that takes its lease, so several instances
 * over one Postgres run each occurrence once.
 */
export function createScheduler(opts: {
  db: Db;
  jobs: JobDef[];
  tz: string;
  logger: Logger;
  holder: string;
  clock: () => Date;
}) {
  async function tick(): Promise<string[]> {
    const ran: string[] = [];
    for (const job of opts.jobs) if (await runIfDue(job)) ran.push(job.name);
    return ran;
  }

  async function runIfDue(job: JobDef): Promise<boolean> {
    const now = opts.clock();
    await opts.db
      .insert(jobLeases)
      .values({ name: job.name, nextRunAt: nextRun(job.cron, now, opts.tz).toISOString() })
      .onConflictDoNothing();
    const taken = await opts.db
      .update(jobLeases)
      .set({ holder: opts.holder, leaseUntil: new Date(now.getTime() + LEASE_SECONDS * 1000).toISOString() })
      .where(
        and(
          eq(jobLeases.name, job.name),
          lt(jobLeases.nextRunAt, now.toISOString()),
          or(isNull(jobLeases.leaseUntil), lt(jobLeases.leaseUntil, now.toISOString())),
        ),
      )
      .returning({ name: jobLeases.name });
    if (!taken.length) return false;
    try {
      const result = await job.run(now);
      opts.logger.info("job done", { job: job.name, ...result });
    } catch (err) {
      opts.logger.error("job failed", { job: job.name, ...describeError(err) });
    } finally {
      await opts.db
        .update(jobLeases)
        .set({
          holder: null,
          leaseUntil: null,
          lastRunAt: now.toISOString(),
          nextRunAt: nextRun(job.cron, now, opts.tz).toISOString(),
        })
        .where(and(eq(jobLeases.name, job.name), eq(jobLeases.holder, opts.holder)));
    }
    return true;
  }

  let timer: NodeJS.Timeout | null = null;
  return {
    tick,
    start(everyMs = 30_000) {
      timer = setInterval(
        () => void tick().catch((err) => opts.logger.error("scheduler tick failed", { ...describeError(err) })),
        everyMs,
      );
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
