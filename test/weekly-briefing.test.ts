import { and, eq, sql } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { createTransport } from "nodemailer";
import { SMTPServer, type SMTPServerSession } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putBriefingPrefs } from "../src/briefing/preferences";
import { auditLog, briefingOutbox, contacts, opportunities, users } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { createScheduler, nextRun } from "../src/jobs/scheduler";
import { weeklyBriefingJob } from "../src/jobs/weekly-briefing";
import { createLogger } from "../src/logger";
import { createDemoDeps } from "./harness";

type Mail = Awaited<ReturnType<typeof simpleParser>>;

/**
 * The weekly briefing delivery against a real (in-process) SMTP server and one PGlite shared by two runtimes: one
 * e-mail per user and ISO week whatever the instances and restarts do, preferences respected, and next week's
 * briefing comparing against the snapshot stored with this one.
 */
describe("the weekly briefing e-mail", () => {
  let deps: Deps;
  let smtp: SMTPServer;
  let port: number;
  const inbox: Mail[] = [];
  /** Messages to swallow without ever answering: the sending process "dies" in the middle of the send. */
  let stallFor: string | null = null;
  const stalled: SMTPServerSession[] = [];
  const to = (m: Mail) => JSON.stringify(m.to);
  const mailsTo = (local: string) => inbox.filter((m) => to(m).includes(local));

  beforeAll(async () => {
    deps = await createDemoDeps();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      // The stalled sessions never end by themselves: closing waits this long for them, not the default 30 s.
      closeTimeout: 200,
      onData(stream, session, done) {
        if (stallFor && session.envelope.rcptTo.some((r) => r.address.startsWith(stallFor as string))) {
          stalled.push(session);
          stream.resume();
          return; // never acknowledged: no message was delivered
        }
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

  const mailer = () => createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  const runtime = (holder: string, clock: () => Date) =>
    createScheduler({
      db: deps.db,
      jobs: [weeklyBriefingJob(deps, mailer(), { holder })],
      tz: "Asia/Shanghai",
      logger: createLogger("silent"),
      holder,
      clock,
    });
  const userId = async (local: string) =>
    (
      await deps.db
        .select()
        .from(users)
        .where(sql`${users.email} like ${`${local}@%`}`)
    )[0].id;

  it("fires on the cron schedule in the configured time zone", () => {
    // Monday 08:00 in Shanghai is 00:00 UTC.
    expect(nextRun("0 8 * * 1", new Date("2026-11-22T02:00:00Z"), "Asia/Shanghai").toISOString()).toBe(
      "2026-11-23T00:00:00.000Z",
    );
  });

  it("sends one e-mail per person and week through two instances and a restart mid-send, as each chose", async () => {
    const zhang = await userId("zhang.jing");
    const liu = await userId("liu.yang");
    const zhao = await userId("zhao.lei");
    await putBriefingPrefs(deps.db, zhang, { enabled: false });
    await putBriefingPrefs(deps.db, liu, { weekday: 3, time: "09:30" });
    await putBriefingPrefs(deps.db, zhao, { channel: "slack" });

    // The schedule starts a minute before Monday 08:00 Shanghai; then instance A dies inside its first send (the
    // stalled SMTP session proves the send had begun and nothing was delivered).
    let clock = new Date("2026-11-22T23:59:00Z");
    const a = runtime("instance-a", () => clock);
    const b = runtime("instance-b", () => clock);
    expect([...(await a.tick()), ...(await b.tick())]).toEqual([]);
    clock = new Date("2026-11-23T00:00:30Z");
    const people = await deps.db.select().from(users).where(eq(users.active, true)).orderBy(users.id);
    const first = people.find((p) => p.role !== "admin" && p.id !== zhang && p.id !== liu);
    stallFor = first?.email.split("@")[0] ?? null;
    // Never settles while the test runs: the process is gone (its late failure, once the database closes, is ignored).
    a.tick().catch(() => undefined);
    for (let waited = 0; waited < 30_000 && !stalled.length; waited += 200)
      await new Promise((r) => setTimeout(r, 200));
    stallFor = null;
    expect(stalled.length).toBe(1);
    expect(await b.tick()).toEqual([]); // A holds the job's lease

    // Restart: 31 minutes later a fresh instance takes over the lease and the unfinished week.
    clock = new Date("2026-11-23T00:31:30Z");
    const c = runtime("instance-c", () => clock);
    expect((await Promise.all([b.tick(), c.tick()])).flat()).toEqual(["weekly-briefing"]);

    const reps = ["chen.min", "li.wei", "zhao.lei"];
    for (const local of reps) expect(mailsTo(local)).toHaveLength(1);
    expect(mailsTo("zhang.jing")).toHaveLength(0); // turned off
    expect(mailsTo("liu.yang")).toHaveLength(0); // wants Wednesday
    expect(inbox).toHaveLength(3);
    const zhaoRow = (
      await deps.db
        .select()
        .from(briefingOutbox)
        .where(and(eq(briefingOutbox.userId, zhao), eq(briefingOutbox.isoWeek, "2026-W48")))
    )[0];
    expect(zhaoRow).toMatchObject({ status: "sent", channel: "email" });
    expect(zhaoRow.note).toContain("slack is not configured");

    const rep = mailsTo("li.wei")[0];
    expect(rep.subject).toBe("Furrow 每周简报 · 2026年11月23日（周一）");
    expect(rep.html).toContain("数字化X射线摄影系统(DR)更新采购项目");
    expect(rep.text).toContain("本周要做的事");
    expect(rep.messageId).toMatch(/^<briefing\.2026-W48\./);

    // Later the same week: the outbox says done, whatever the instances do.
    clock = new Date("2026-11-23T06:00:00Z");
    await Promise.all([b.tick(), c.tick()]);
    expect(inbox).toHaveLength(3);

    // Wednesday 09:30 Shanghai: 刘洋's own time.
    clock = new Date("2026-11-25T01:31:00Z");
    await Promise.all([b.tick(), c.tick()]);
    expect(mailsTo("liu.yang")).toHaveLength(1);
    expect(inbox).toHaveLength(4);
    const audited = await deps.db.select().from(auditLog).where(eq(auditLog.action, "briefing.sent"));
    expect(audited).toHaveLength(inbox.length);
  }, 120_000);

  it("next week's briefing says what changed since the snapshot stored with this one", async () => {
    const li = await userId("li.wei");
    const [deal] = await deps.db
      .select()
      .from(opportunities)
      .where(
        sql`${opportunities.status} = 'open' and ${opportunities.stage} = 'solution' and ${opportunities.accountId} in (select id from accounts where owner_id = ${li})`,
      )
      .limit(1);
    const [person] = await deps.db
      .select()
      .from(contacts)
      .where(
        sql`${contacts.leftCompany} = false and ${contacts.accountId} in (select id from accounts where owner_id = ${li})`,
      )
      .orderBy(contacts.id)
      .limit(1);
    await deps.db.update(opportunities).set({ stage: "proposal" }).where(eq(opportunities.id, deal.id));
    await deps.db.update(contacts).set({ leftCompany: true }).where(eq(contacts.id, person.id));

    const before = inbox.length;
    const clock = new Date("2026-11-30T00:01:00Z");
    await runtime("instance-d", () => clock).tick();
    const next = inbox.slice(before).filter((m) => to(m).includes("li.wei"));
    expect(next).toHaveLength(1);
    const text = next[0].text ?? "";
    expect(text).toContain(`${deal.name}`);
    expect(text).toMatch(/推进：方案 → 报价\/投标/);
    expect(text).toContain(person.name);
    expect(text).toContain("变化从 2026年11月23日（周一）");
  }, 120_000);
});
