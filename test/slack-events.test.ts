import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { accounts, channelReceipts } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { createDemoDeps, DEMO_KEYS, testApp } from "./harness";
import { mention, shownText, slackInstance, TEAM, TOKEN, withSlack } from "./slack-harness";
import { type SlackStandIn, startSlackStandIn } from "./slack-stand-in";

// Slack's side is the stand-in: every Web API call Furrow makes is recorded there; nothing leaves the machine.
describe("Slack events: mentions and direct messages", () => {
  let deps: Deps;
  let slack: SlackStandIn;
  let a: ReturnType<typeof slackInstance>;
  let groupId: string;

  beforeAll(async () => {
    slack = await startSlackStandIn(TOKEN);
    deps = withSlack(await createDemoDeps(), slack, "https://furrow.example.com");
    a = slackInstance(deps);
    slack.people.set("U0LIWEI", { id: "U0LIWEI", team: TEAM, email: "li.wei@huakang-demo.example.com" });
    slack.people.set("U0LIUYANG", { id: "U0LIUYANG", team: TEAM, email: "LIU.YANG@huakang-demo.example.com" });
    slack.people.set("U0GUEST", { id: "U0GUEST", team: TEAM, email: "visitor@elsewhere.example.org" });
    [{ id: groupId }] = await deps.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.name, "华东医疗集团有限公司"));
  });
  afterAll(async () => {
    await slack.close();
    await deps.close();
  });
  beforeEach(() => {
    slack.calls.length = 0;
  });

  it("answers Slack's url_verification with the challenge", async () => {
    const res = await a.event({
      token: "x",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("refuses a forged signature and a ten-minute-old timestamp with 401 and does nothing", async () => {
    const forged = await a.event(mention("U0LIWEI", "华东医疗集团的客户评分是多少?"), {
      signature: "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    });
    const stale = await a.event(mention("U0LIWEI", "华东医疗集团的客户评分是多少?"), {
      timestamp: a.nowSeconds() - 600,
    });
    const unsigned = await a.app.request("/slack/events", { method: "POST", body: "{}" });
    for (const res of [forged, stale, unsigned]) {
      expect(res.status).toBe(401);
      expect((await res.json()).error).toMatchObject({ code: "unauthorized", message: "Unauthorized." });
    }
    await a.settle();
    expect(slack.calls).toEqual([]);
    expect(await deps.db.select().from(channelReceipts)).toHaveLength(0);
  });

  it("answers a mention in its thread, with the same figures as GET /api/accounts/:id/score", async () => {
    const ev = mention("U0LIWEI", "华东医疗集团的客户评分是多少?");
    const res = await a.event(ev);
    expect(res.status).toBe(200);
    await a.settle();
    expect(slack.calls.map((c) => c.method)).toEqual(["users.info", "chat.postMessage"]);
    const [post] = slack.of("chat.postMessage");
    expect(post.args).toMatchObject({ channel: "C0ACCOUNTS", thread_ts: ev.event.ts });
    const score = await (await testApp(deps).call("GET", `/api/accounts/${groupId}/score`, DEMO_KEYS.rep1)).json();
    const shown = shownText(post.args);
    const figure = (n: number) => n.toLocaleString("en", { maximumFractionDigits: 2 });
    expect(shown).toContain(`总分*：${figure(score.total)}/100`);
    expect(shown).toContain(`级别*：${score.tier}（`);
    const top = [...score.breakdown].sort(
      (x: { weight: number; points: number }, y: { weight: number; points: number }) =>
        y.weight * y.points - x.weight * x.points,
    );
    for (const d of top.slice(0, 3))
      expect(shown).toContain(` ${figure(d.points)} 分 × 权重 ${Math.round(d.weight * 100)}%`);
    expect(shown).toContain("华东医疗集团有限公司");
    // People read words, never codes or raw timestamps.
    expect(shown).not.toMatch(/\b(grow|retain|acquire|winback|share_of_wallet|late_payment|decision_maker)\b/);
    expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}/);
  });

  it("keeps a Slack thread one conversation: a follow-up in the thread means the same account", async () => {
    const first = mention("U0LIWEI", "华东医疗集团的评分");
    await a.event(first);
    await a.settle();
    await a.event(mention("U0LIWEI", "它的决策人是谁?", { threadTs: first.event.ts }));
    await a.settle();
    const posts = slack.of("chat.postMessage");
    expect(posts).toHaveLength(2);
    expect(posts[1].args.thread_ts).toBe(first.event.ts);
    expect(shownText(posts[1].args)).toContain("权力地图 · 华东医疗集团有限公司");
  });

  it("answers a retried event once", async () => {
    const ev = mention("U0LIWEI", "华东医疗集团的客户计划");
    await a.event(ev);
    const retry1 = await a.event(ev, { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    const retry2 = await a.event(ev, { headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_timeout" } });
    expect([retry1.status, retry2.status]).toEqual([200, 200]);
    await a.settle();
    expect(slack.of("chat.postMessage")).toHaveLength(1);
  });

  it("a second instance sharing the database does not answer the same event twice", async () => {
    const b = slackInstance(deps);
    const ev = mention("U0LIWEI", "华东医疗集团的评分");
    const [ra, rb] = await Promise.all([a.event(ev), b.event(ev)]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    await Promise.all([a.settle(), b.settle()]);
    expect(slack.of("chat.postMessage")).toHaveLength(1);
  });

  it("gives someone without a Furrow account a polite reply and no data", async () => {
    const ev = mention("U0GUEST", "华东医疗集团的客户评分是多少?");
    await a.event(ev);
    await a.settle();
    const [post] = slack.of("chat.postMessage");
    expect(post.args.thread_ts).toBe(ev.event.ts);
    const shown = shownText(post.args) + String(post.args.text);
    expect(shown).toContain("找不到与你的 Slack 邮箱对应的账号");
    expect(shown).not.toContain("华东医疗集团");
    expect(shown).not.toMatch(/\d+(\.\d+)?\/100/);
    // An English question gets the English reply; a person Slack does not know gets it too.
    await a.event(mention("U0NOBODY", "What is the score of East China Medical Group?"));
    await a.settle();
    expect(String(slack.of("chat.postMessage")[1].args.text)).toContain("can't find a Furrow account");
  });

  it("answers as the asker: a rep of another team sees none of this account's data", async () => {
    await a.event(mention("U0LIUYANG", "华东医疗集团的客户评分是多少?"));
    await a.settle();
    const [post] = slack.of("chat.postMessage");
    expect(shownText(post.args)).not.toContain("总分");
    expect(shownText(post.args)).not.toMatch(/\d+(\.\d+)?\/100/);
  });

  it("answers a direct message in English, and ignores bots (its own messages too) and edits", async () => {
    const dm = mention("U0LIWEI", "What is the score of East China Medical Group?", { im: true });
    await a.event(dm);
    const bot = mention("U0LIWEI", "hello", { im: true });
    await a.event({ ...bot, event: { ...bot.event, bot_id: "B0FURROW" } });
    const edit = mention("U0LIWEI", "hello", { im: true });
    await a.event({ ...edit, event: { ...edit.event, subtype: "message_changed" } });
    await a.settle();
    const posts = slack.of("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0].args).toMatchObject({ channel: "D0DIRECT1", thread_ts: dm.event.ts });
    expect(shownText(posts[0].args)).toContain("Account score · 华东医疗集团有限公司");
  });
});
