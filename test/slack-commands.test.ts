import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendSlackDm } from "../src/channels/slack/send-dm";
import { findUserByKey } from "../src/db/queries/users";
import type { Deps } from "../src/deps";
import { createDemoDeps, DEMO_KEYS } from "./harness";
import { mention, shownText, slackInstance, TEAM, TOKEN, withSlack } from "./slack-harness";
import { type SlackStandIn, startSlackStandIn } from "./slack-stand-in";

const command = (text: string, channel = "C0ACCOUNTS", user = "U0LIWEI") => ({
  token: "deprecated",
  team_id: TEAM,
  team_domain: "furrow-test",
  channel_id: channel,
  channel_name: "accounts",
  user_id: user,
  user_name: "li.wei",
  command: "/furrow",
  text,
  api_app_id: "A0FURROW",
  response_url: "https://hooks.slack.com/commands/T0FURROW1/1/x",
  trigger_id: `13345224609.${Math.random().toString().slice(2)}`,
});

describe("Slack slash command /furrow and direct messages from Furrow", () => {
  let deps: Deps;
  let slack: SlackStandIn;
  let a: ReturnType<typeof slackInstance>;

  beforeAll(async () => {
    slack = await startSlackStandIn(TOKEN);
    deps = withSlack(await createDemoDeps(), slack);
    a = slackInstance(deps);
    slack.people.set("U0LIWEI", { id: "U0LIWEI", team: TEAM, email: "li.wei@huakang-demo.example.com" });
  });
  afterAll(async () => {
    await slack.close();
    await deps.close();
  });
  beforeEach(() => {
    slack.calls.length = 0;
  });

  it("acknowledges before doing the work, then answers in the channel; a mention in that thread follows up", async () => {
    // Slack's side is held: the acknowledgement cannot be waiting on anything the answer needs.
    const release = slack.hold("users.info");
    const res = await a.command(command("华东医疗集团的客户评分是多少?"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ response_type: "ephemeral", text: "收到，正在查询…" });
    expect(slack.of("chat.postMessage")).toHaveLength(0);
    release();
    await a.settle();
    const [post] = slack.of("chat.postMessage");
    expect(post.args.channel).toBe("C0ACCOUNTS");
    expect(post.args.thread_ts).toBeUndefined();
    const shown = shownText(post.args);
    expect(shown).toContain("<@U0LIWEI> 提问：华东医疗集团的客户评分是多少?");
    expect(shown).toContain("客户评分 · 华东医疗集团有限公司");

    await a.event(mention("U0LIWEI", "它的决策人是谁?", { threadTs: String(post.result?.ts) }));
    await a.settle();
    const follow = slack.of("chat.postMessage")[1];
    expect(follow.args.thread_ts).toBe(post.result?.ts);
    expect(shownText(follow.args)).toContain("权力地图 · 华东医疗集团有限公司");
  });

  it("answers in a direct message when used in a channel the bot is not in", async () => {
    slack.outsideChannels.add("C0PRIVATE");
    await a.command(command("Which accounts are slipping?", "C0PRIVATE"));
    await a.settle();
    expect(slack.calls.map((c) => c.method)).toEqual(["chat.postMessage", "conversations.open", "chat.postMessage"]);
    expect(slack.of("conversations.open")[0].args.users).toBe("U0LIWEI");
    expect(slack.of("chat.postMessage")[1].args.channel).toBe("D0LIWEI");
  });

  it("answers an empty /furrow with how to use it, and runs nothing", async () => {
    const res = await a.command(command("  "));
    expect((await res.json()).text).toContain("/furrow 华东医疗集团的客户评分是多少");
    await a.settle();
    expect(slack.calls).toEqual([]);
  });

  it("sends a Furrow user a direct message through their Slack identity, and says why when it cannot", async () => {
    const rep1 = await findUserByKey(deps.db, DEMO_KEYS.rep1);
    const rep3 = await findUserByKey(deps.db, DEMO_KEYS.rep3);
    const sent = await sendSlackDm(deps, rep1!.id, { text: "本周简报已生成" });
    expect(sent).toMatchObject({ sent: true, channel: "D0LIWEI" });
    expect(slack.calls.map((c) => [c.method, c.args.users ?? c.args.channel])).toEqual([
      ["conversations.open", "U0LIWEI"],
      ["chat.postMessage", "D0LIWEI"],
    ]);
    expect(await sendSlackDm(deps, rep3!.id, { text: "x" })).toEqual({ sent: false, reason: "no_identity" });
    const off = { ...deps, env: { ...deps.env, SLACK_BOT_TOKEN: undefined } };
    expect(await sendSlackDm(off, rep1!.id, { text: "x" })).toEqual({ sent: false, reason: "slack_off" });
  });

  it("has no Slack routes when Slack is off", async () => {
    const off = slackInstance({ ...deps, env: { ...deps.env, SLACK_SIGNING_SECRET: undefined } });
    const res = await off.command(command("华东医疗集团的评分"));
    expect(res.status).toBe(404);
  });

  it("refuses a body far larger than any Slack payload with 413, before checking anything else", async () => {
    const res = await a.command({ ...command("华东医疗集团的评分"), text: "华".repeat(300_000) });
    expect(res.status).toBe(413);
    await a.settle();
    expect(slack.calls).toEqual([]);
  });

  it("README: the manifest asks for the scopes Furrow uses and points at routes that exist", async () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Slack"), readme.indexOf("\n## ", readme.indexOf("## Slack") + 5));
    const manifest = /```yaml\n([\s\S]+?)```/.exec(section)?.[1] ?? "";
    for (const scope of [
      "app_mentions:read",
      "chat:write",
      "commands",
      "im:history",
      "im:write",
      "users:read",
      "users:read.email",
    ])
      expect(manifest).toMatch(new RegExp(`^\\s+- ${scope}( |$)`, "m"));
    for (const event of ["app_mention", "message.im"]) expect(manifest).toMatch(new RegExp(`^\\s+- ${event}$`, "m"));
    const paths = [...manifest.matchAll(/https:\/\/furrow\.example\.com(\/slack\/\w+)/g)].map((m) => m[1]);
    expect(paths.sort()).toEqual(["/slack/commands", "/slack/events", "/slack/interactions"]);
    // Each answers an unsigned request with 401 (the route is there, and checks the signature).
    for (const path of paths) expect((await a.app.request(path, { method: "POST", body: "x" })).status).toBe(401);
    for (const name of ["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "SLACK_API_URL", "PUBLIC_URL"])
      expect(section).toContain(`| \`${name}\``);
  });
});
