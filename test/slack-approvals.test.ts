import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { accounts, interactions, planActions } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { createDemoDeps } from "./harness";
import { mention, shownText, slackInstance, TEAM, TOKEN, withSlack } from "./slack-harness";
import { type SlackCall, type SlackStandIn, startSlackStandIn } from "./slack-stand-in";

type Block = { type: string; block_id?: string; elements?: { action_id: string; value: string }[] };

/** The block_actions payload Slack sends when `user` clicks `actionId` on a message Furrow posted. */
function clickOn(post: SlackCall, ts: string, user: string, actionId: string) {
  const blocks = post.args.blocks as Block[];
  const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId);
  if (!button) throw new Error(`no ${actionId} button`);
  return {
    type: "block_actions",
    user: { id: user, username: user, team_id: TEAM },
    api_app_id: "A0FURROW",
    token: "deprecated",
    container: {
      type: "message",
      message_ts: ts,
      channel_id: post.args.channel,
      is_ephemeral: false,
      thread_ts: post.args.thread_ts,
    },
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    team: { id: TEAM, domain: "furrow-test" },
    channel: { id: post.args.channel, name: "accounts" },
    message: { type: "message", ts, thread_ts: post.args.thread_ts, text: post.args.text, blocks },
    response_url: "https://hooks.slack.com/actions/T0FURROW1/1/x",
    actions: [{ ...button, block_id: "furrow_confirm", type: "button", action_ts: "1764800100.000001" }],
  };
}

describe("Slack approvals: a write waits for the asker's click", () => {
  let deps: Deps;
  let slack: SlackStandIn;
  let a: ReturnType<typeof slackInstance>;
  let groupId: string;
  const userActions = () =>
    deps.db
      .select()
      .from(planActions)
      .where(and(eq(planActions.accountId, groupId), eq(planActions.source, "user")));

  /** Asks for a write in a mention; returns the posted confirm message and its ts. */
  async function propose(text: string) {
    await a.event(mention("U0LIWEI", text));
    await a.settle();
    const post = slack.of("chat.postMessage").at(-1) as SlackCall;
    return { post, ts: String(post.result?.ts) };
  }

  beforeAll(async () => {
    slack = await startSlackStandIn(TOKEN);
    deps = withSlack(await createDemoDeps(), slack);
    a = slackInstance(deps);
    slack.people.set("U0LIWEI", { id: "U0LIWEI", team: TEAM, email: "li.wei@huakang-demo.example.com" });
    slack.people.set("U0ZHANG", { id: "U0ZHANG", team: TEAM, email: "zhang.jing@huakang-demo.example.com" });
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

  it("proposes the write with 确认/取消 buttons, writes nothing until approved, then carries it out once", async () => {
    const { post, ts } = await propose("给华东医疗集团加一个行动：下周三拜访梁总");
    const blocks = post.args.blocks as Block[];
    const buttons = blocks.flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => [b.action_id, (b as unknown as { text: { text: string } }).text.text])).toEqual([
      ["furrow_approve", "确认"],
      ["furrow_reject", "取消"],
    ]);
    expect(shownText(post.args)).toContain("梁");
    expect(await userActions()).toHaveLength(0);

    // Someone else in the channel clicks first: told so privately, nothing written, the buttons stay.
    slack.calls.length = 0;
    await a.click(clickOn(post, ts, "U0ZHANG", "furrow_approve"));
    await a.settle();
    expect(slack.calls.map((c) => c.method)).toEqual(["users.info", "chat.postEphemeral"]);
    expect(slack.of("chat.postEphemeral")[0].args).toMatchObject({ user: "U0ZHANG" });
    expect(String(slack.of("chat.postEphemeral")[0].args.text)).toContain("只有提出这个请求的人");
    expect(await userActions()).toHaveLength(0);

    // The asker approves; a double click (or a second instance) does not write twice.
    slack.calls.length = 0;
    const b = slackInstance(deps);
    const [r1, r2] = await Promise.all([
      a.click(clickOn(post, ts, "U0LIWEI", "furrow_approve")),
      b.click(clickOn(post, ts, "U0LIWEI", "furrow_approve")),
    ]);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    await Promise.all([a.settle(), b.settle()]);
    const rows = await userActions();
    expect(rows.map((r) => [r.title, r.due])).toEqual([["拜访梁总", "2026-11-25"]]);
    const last = slack.of("chat.update").at(-1) as SlackCall;
    expect(last.args).toMatchObject({ channel: "C0ACCOUNTS", ts });
    const outcome = shownText(last.args);
    expect(outcome).toContain("已确认");
    expect(outcome).toContain("<@U0LIWEI>");
    expect((last.args.blocks as Block[]).some((x) => x.type === "actions")).toBe(false);
    expect(slack.of("chat.postEphemeral").map((c) => String(c.args.text))).toEqual(["这个请求已经处理过了。"]);
  });

  it("writes nothing when the asker rejects, and shows it", async () => {
    const count = async () =>
      (await deps.db.select().from(interactions).where(eq(interactions.accountId, groupId))).length;
    const before = await count();
    const { post, ts } = await propose("记录一下：今天拜访了华东医疗集团，谈了PACS升级");
    expect((post.args.blocks as Block[]).some((b) => b.type === "actions")).toBe(true);
    await a.click(clickOn(post, ts, "U0LIWEI", "furrow_reject"));
    await a.settle();
    expect(await count()).toBe(before);
    expect(shownText(slack.of("chat.update").at(-1)?.args ?? {})).toContain("已取消");
  });

  it("refuses a click whose signature is forged", async () => {
    const { post, ts } = await propose("给华东医疗集团加一个行动：下周五电话回访梁总");
    slack.calls.length = 0;
    const res = await a.click(clickOn(post, ts, "U0LIWEI", "furrow_approve"), { signature: "v0=00" });
    expect(res.status).toBe(401);
    await a.settle();
    expect(slack.calls).toEqual([]);
    expect((await userActions()).map((r) => r.title)).not.toContain("电话回访梁总");
  });

  it("turns a clarifying question into buttons; a click asks again in the thread with that reading", async () => {
    const ev = mention("U0LIWEI", "宁波甬江第二医院的评分");
    await a.event(ev);
    await a.settle();
    const post = slack.of("chat.postMessage").at(-1) as SlackCall;
    const buttons = (post.args.blocks as Block[]).flatMap((b) => b.elements ?? []) as unknown as {
      action_id: string;
      text: { text: string };
    }[];
    const pick = buttons.find((b) => b.text.text === "宁波市甬江人民医院");
    expect(pick).toBeDefined();
    await a.click(clickOn(post, String(post.result?.ts), "U0LIWEI", pick?.action_id ?? ""));
    await a.click(clickOn(post, String(post.result?.ts), "U0LIWEI", pick?.action_id ?? ""));
    await a.settle();
    const answers = slack.of("chat.postMessage").slice(1);
    expect(answers).toHaveLength(1);
    expect(answers[0].args.thread_ts).toBe(ev.event.ts);
    expect(shownText(answers[0].args)).toContain("客户评分 · 宁波市甬江人民医院");
  });
});
