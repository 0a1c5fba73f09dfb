import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createTransport } from "nodemailer";
import { createApp } from "./app";
import { prepareDatabase } from "./boot";
import { emailChannel } from "./briefing/channels";
import { DataDirLockedError } from "./db/data-dir-lock";
import { createDeps, type Deps } from "./deps";
import { EnvError, loadEnv } from "./env";
import { chatBriefingChannels } from "./jobs/briefing-chat-channels";
import { createScheduler } from "./jobs/scheduler";
import { weeklyBriefingJob } from "./jobs/weekly-briefing";
import { guardUnhandledRejections } from "./request-context";

// Boot: env -> deps -> app -> serve. Stops cleanly on SIGTERM/SIGINT: no new requests, in-flight ones finish
// (an import either commits or rolls back), then the database is closed.

async function main() {
  const env = loadEnv();
  const deps = await createDeps(env);
  guardUnhandledRejections(deps.logger);
  const started = Date.now();
  await prepareDatabase(deps);
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info: AddressInfo) => {
    deps.logger.info("listening", {
      port: info.port,
      db: deps.dbHandle.kind,
      llm: deps.llm,
      bootMs: Date.now() - started,
    });
    // Always said, whatever the log level: people (and scripts) wait for this line.
    console.log(
      `Furrow is listening on http://localhost:${info.port} (database: ${deps.dbHandle.kind}, model: ${deps.llm})`,
    );
  });
  const scheduler = startJobs(deps);
  installShutdown(
    deps,
    () =>
      new Promise<void>((resolve) => {
        scheduler?.stop();
        server.close(() => resolve());
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      }),
  );
}

/** The weekly briefing e-mail, when SMTP_URL is set; the schedule and its lock live in the database. */
function startJobs(deps: Deps) {
  if (!deps.env.SMTP_URL) {
    deps.logger.info("SMTP_URL is not set: the weekly briefing e-mail is off (preview it at /api/briefings/preview)");
    return null;
  }
  const mailer = createTransport(deps.env.SMTP_URL);
  const email = emailChannel(mailer, deps.env.BRIEFING_FROM);
  const scheduler = createScheduler({
    db: deps.db,
    jobs: [weeklyBriefingJob(deps, mailer, { channels: chatBriefingChannels(deps, email) })],
    tz: deps.env.TZ,
    logger: deps.logger,
    holder: `instance-${process.pid}-${Date.now()}`,
    clock: () => deps.clock.now(),
  });
  scheduler.start();
  return scheduler;
}

function installShutdown(deps: Deps, closeServer: () => Promise<void>) {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    deps.logger.info("stopping", { signal });
    const force = setTimeout(() => {
      deps.logger.error("in-flight requests did not finish in 25 s; closing anyway");
      void deps.close().finally(() => process.exit(1));
    }, 25_000);
    force.unref();
    await closeServer();
    await deps.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((err) => {
  if (err instanceof EnvError || err instanceof DataDirLockedError) {
    console.error(err.message);
  } else {
    console.error("Furrow could not start:", err);
  }
  process.exit(1);
});
