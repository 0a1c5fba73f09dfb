import { count, eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { createTransport } from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { createScheduler, nextRun } from "../src/jobs/scheduler";
import { weeklyBriefingJob } from "../src/jobs/weekly-briefing";
import { createLogger } from "../src/logger";
import { createDemoDeps } from "./harness";

describe("the weekly briefing e-mail", () => {
  let deps: Deps;
  let smtp: SMTPServer;
  let port: number;
  const inbox: Awaited<ReturnType<typeof simpleParser>>[] = [];

  beforeAll(async () => {
    deps = await createDemoDeps();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, done) {
        simpleParser(stream).then((mail) => {
          inbox.push(mail);
          done();
        }, done);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    port = (smtp.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await deps.close();
  });

  it("fires on the cron schedule in the configured time zone", () => {
    // Monday 08:00 in Shanghai is 00:00 UTC.
    expect(nextRun("0 8 * * 1", new Date("2026-11-22T02:00:00Z"), "Asia/Shanghai").toISOString()).toBe(
      "2026-11-23T00:00:00.000Z",
    );
  });

  it("sends each rep and manager their own briefing once, even with two instances ticking at the same moment", async () => {
    const mailer = createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
    let clock = new Date("2026-11-22T02:00:00Z");
    const make = (holder: string) =>
      createScheduler({
        db: deps.db,
        jobs: [weeklyBriefingJob(deps, mailer)],
        tz: "Asia/Shanghai",
        logger: createLogger("silent"),
        holder,
        clock: () => clock,
      });
    const [a, b] = [make("instance-a"), make("instance-b")];
    expect([...(await a.tick()), ...(await b.tick())]).toEqual([]);
    clock = new Date("2026-11-23T00:00:30Z");
    const ran = await Promise.all([a.tick(), b.tick()]);
    expect(ran.flat()).toEqual(["weekly-briefing"]);
    expect(inbox.length).toBeGreaterThanOrEqual(3);
    const toRep1 = inbox.find((m) => JSON.stringify(m.to).includes("li.wei"));
    expect(toRep1?.subject).toContain("Furrow 每周简报");
    expect(toRep1?.html).toContain("南京市玄武湖医院");
    const sent = Number(
      (await deps.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "briefing.sent")))[0].n,
    );
    expect(sent).toBe(inbox.length);
    expect(await a.tick()).toEqual([]);
  });
});
