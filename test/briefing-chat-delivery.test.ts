import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../src/briefing/briefing-types";
import type { BriefingChannel } from "../src/briefing/channels";
import { putBriefingPrefs } from "../src/briefing/preferences";
import { briefingOutbox, users } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { chatBriefingChannels } from "../src/jobs/briefing-chat-channels";
import { sendDueBriefings } from "../src/jobs/weekly-briefing";
import { linkIdentity } from "../src/services/users/identities";
import { createDemoDeps } from "./harness";
import { TEAM, TOKEN, withSlack } from "./slack-harness";
import { type SlackStandIn, startSlackStandIn } from "./slack-stand-in";

/**
 * The weekly briefing reaches a person as a Slack DM when they chose Slack and Furrow knows their Slack identity; a
 * person who chose Slack but never talked to Furrow there still gets it, by e-mail.
 */
describe("the weekly briefing in Slack", () => {
  let deps: Deps;
  let slack: SlackStandIn;
  const mailed: { to: string; subject: string }[] = [];
  const email: BriefingChannel = {
    name: "email",
    async send(user, briefing: Briefing) {
      mailed.push({ to: user.email, subject: String(briefing.user.name) });
    },
  };

  beforeAll(async () => {
    slack = await startSlackStandIn(TOKEN);
    deps = withSlack(await createDemoDeps(), slack);
  });
  afterAll(async () => {
    await slack.close();
    await deps.close();
  });

  it("sends the rep who chose Slack a DM with the briefing text, and the one without an identity an e-mail", async () => {
    const people = await deps.db.select().from(users).where(eq(users.role, "rep")).orderBy(users.id);
    const [withId, without] = people;
    if (!withId || !without) throw new Error("demo reps missing");
    expect((await linkIdentity(deps.db, `slack:${TEAM}:U0LIWEI`, withId.email)).status).toBe("linked");
    for (const p of people)
      await putBriefingPrefs(deps.db, p.id, { enabled: p.id === withId.id || p.id === without.id });
    await putBriefingPrefs(deps.db, withId.id, { channel: "slack" });
    await putBriefingPrefs(deps.db, without.id, { channel: "slack" });
    for (const m of await deps.db.select().from(users).where(eq(users.role, "manager")))
      await putBriefingPrefs(deps.db, m.id, { enabled: false });

    const channels = { email, ...chatBriefingChannels(deps, email) };
    expect(channels.slack).toBeDefined();
    expect(channels.teams).toBeUndefined(); // Teams is not configured here
    const result = await sendDueBriefings(deps, channels, "test", new Date("2026-11-23T02:00:00Z"));
    expect(result.sent).toBe(2);

    const posts = slack.of("chat.postMessage");
    expect(posts).toHaveLength(1);
    const text = String(posts[0]?.args.text);
    expect(text).toContain(withId.locale === "en" ? "week" : "本周");
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(mailed.map((m) => m.to)).toEqual([without.email]);
    const rows = await deps.db.select().from(briefingOutbox);
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(2);
  });
});
