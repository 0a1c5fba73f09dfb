import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendTeamsMessage } from "../src/channels/teams/send-proactive";
import { accounts, channelReceipts, planActions, teamsReferences, users } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { parseEnv } from "../src/env";
import { createDemoDeps, createTestDeps, DEMO_KEYS, testApp } from "./harness";
import { startTeamsStandIn } from "./teams-stand-in";

const TENANT = "7f3e2c1a-0000-4000-8000-00000000aaaa";
const APP_ID = "5b1c9a62-1111-4111-8111-111111111111";
const APP_PASSWORD = "test-app-password";
const LI_WEI = { id: "29:li-wei", aadObjectId: "0a0a0a0a-1111-4222-8333-444444444444" };
const STRANGER = { id: "29:stranger", aadObjectId: "0b0b0b0b-1111-4222-8333-444444444444" };
const OTHER_REP = { id: "29:other-rep", aadObjectId: "0c0c0c0c-1111-4222-8333-444444444444" };

type Card = { version: string; body: Record<string, unknown>[]; actions?: Record<string, unknown>[] };
type Sent = { text?: string; attachments?: { contentType: string; content: Card }[]; replyToId?: string };

describe("Microsoft Teams channel against a local stand-in for Entra, Bot Framework and the Bot Connector", () => {
  let deps: Deps;
  let app: ReturnType<typeof testApp>["app"];
  let call: ReturnType<typeof testApp>["call"];
  let ms: Awaited<ReturnType<typeof startTeamsStandIn>>;
  let seq = 0;

  const activity = (from: { id: string; aadObjectId: string }, extra: Record<string, unknown> = {}) => ({
    type: "message",
    id: `in-${++seq}`,
    channelId: "msteams",
    serviceUrl: ms.serviceUrl,
    from,
    recipient: { id: `28:${APP_ID}`, name: "Furrow" },
    conversation: { id: `a:chat-${from.id}`, conversationType: "personal", tenantId: TENANT },
    locale: "zh-CN",
    ...extra,
  });
  const post = async (body: unknown, token: string | null) =>
    app.request("/teams/messages", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const ask = async (from: typeof LI_WEI, extra: Record<string, unknown> = {}) => {
    const a = activity(from, extra);
    const res = await post(a, await ms.sign({}));
    expect(res.status).toBe(202);
    const [sent] = await ms.waitFor((r) => r.path.endsWith(`/activities/${a.id}`));
    return { a, sent: sent.body as Sent, rec: sent };
  };

  beforeAll(async () => {
    ms = await startTeamsStandIn({ tenantId: TENANT, appId: APP_ID, appPassword: APP_PASSWORD });
    deps = await createDemoDeps();
    deps.env = parseEnv({
      SEED_DEMO: "false",
      LOG_LEVEL: "silent",
      TEAMS_APP_ID: APP_ID,
      TEAMS_APP_PASSWORD: APP_PASSWORD,
      TEAMS_TENANT_ID: TENANT,
      TEAMS_AUTHORITY: ms.url,
      TEAMS_BOT_OPENID_METADATA: `${ms.url}/botframework/openid`,
    });
    ({ app, call } = testApp(deps));
    const [li] = await deps.db.select().from(users).where(eq(users.email, "li.wei@huakang-demo.example.com"));
    const [other] = await deps.db
      .select()
      .from(users)
      .where(and(eq(users.role, "rep"), eq(users.active, true), ne(users.email, li.email)))
      .limit(1);
    ms.members.set(LI_WEI.id, { ...LI_WEI, email: li.email.toUpperCase(), userPrincipalName: "liwei@corp.example" });
    ms.members.set(STRANGER.id, { ...STRANGER, email: "nobody@elsewhere.example", name: "Stranger" });
    ms.members.set(OTHER_REP.id, { ...OTHER_REP, userPrincipalName: other.email });
  });
  afterAll(async () => {
    await deps?.close();
    await ms?.close();
  });

  describe("refuses a request whose token fails a check, and answers nothing", () => {
    const cases: [string, () => Promise<string | null>, number][] = [
      ["no token", async () => null, 401],
      ["wrong audience", () => ms.sign({ aud: "someone-else" }), 401],
      ["expired (beyond 5 minutes of skew)", () => ms.sign({}, { expiresIn: -400 }), 401],
      ["signed by a key nobody published", () => ms.sign({}, { key: "foreign", kid: "bot-key-1" }), 401],
      ["signed by an unknown key id", () => ms.sign({}, { key: "foreign", kid: "other-kid" }), 401],
      ["unknown issuer", () => ms.sign({ iss: "https://evil.example/" }), 401],
      ["mismatched serviceUrl", () => ms.sign({ serviceurl: "https://elsewhere.example/amer/" }), 403],
    ];
    for (const [name, token, status] of cases)
      it(name, async () => {
        const before = ms.connector.length;
        const a = activity(LI_WEI, { text: "华东医疗集团的客户评分是多少?" });
        const res = await post(a, await token());
        expect(res.status).toBe(status);
        await new Promise((r) => setTimeout(r, 300));
        expect(ms.connector.length).toBe(before);
        const receipts = await deps.db.select().from(channelReceipts).where(eq(channelReceipts.key, a.id));
        expect(receipts).toEqual([]);
      });

    it("accepts a little skew: a token expired two minutes ago still passes", async () => {
      const a = activity(STRANGER, { text: "hi" });
      expect((await post(a, await ms.sign({}, { expiresIn: -120 }))).status).toBe(202);
      await ms.waitFor((r) => r.path.endsWith(`/activities/${a.id}`));
    });
  });

  it("answers the score question in its conversation with an Adaptive Card carrying the API's figures", async () => {
    const { a, sent, rec } = await ask(LI_WEI, { text: "<at>Furrow</at> 华东医疗集团的客户评分是多少?" });
    expect(rec.method).toBe("POST");
    expect(rec.path).toBe(`/amer/v3/conversations/${a.conversation.id}/activities/${a.id}`);
    expect(rec.authorization).toMatch(/^Bearer outbound-token-\d+$/);
    expect(sent.replyToId).toBe(a.id);
    const [att] = sent.attachments ?? [];
    expect(att.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(att.content.version).toBe("1.5");
    const [{ id: groupId }] = await deps.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.name, "华东医疗集团有限公司"));
    const score = await (await call("GET", `/api/accounts/${groupId}/score`, DEMO_KEYS.rep1)).json();
    const json = JSON.stringify(att.content);
    const fmt = (n: number) => n.toLocaleString("en", { maximumFractionDigits: 2 });
    expect(json).toContain(`${fmt(score.total)}/100`);
    const facts = att.content.body.flatMap((b) => (b.facts as { title: string; value: string }[]) ?? []);
    const points = facts.filter((f) => /权重/.test(f.title)).map((f) => f.value);
    expect(points).toEqual(score.breakdown.map((d: { points: number }) => fmt(d.points)));
    expect(json).toContain("客户评分");
    expect(json).not.toMatch(/competitor_stronger|orders_falling|\d{4}-\d{2}-\d{2}T/);
    // One token, by client credentials for the tenant, serves every call so far and the next reply (cached).
    expect(ms.tokenRequests).toHaveLength(1);
    expect(ms.tokenRequests[0].path).toBe(`/${TENANT}/oauth2/v2.0/token`);
    const form = new URLSearchParams(String(ms.tokenRequests.at(-1)?.body));
    expect(form.get("grant_type")).toBe("client_credentials");
    expect(form.get("scope")).toBe("https://api.botframework.com/.default");
    const lookups = ms.connector.filter((r) => r.path.includes("/members/")).length;
    await ask(LI_WEI, { text: "它的决策人是谁?" });
    expect(ms.connector.filter((r) => r.path.includes("/members/")).length).toBe(lookups);
    expect(ms.tokenRequests).toHaveLength(1);
  });

  it("gives an unknown person a polite reply and no data", async () => {
    const { sent } = await ask(STRANGER, { text: "华东医疗集团的客户评分是多少?", locale: "en-US" });
    expect(sent.attachments ?? []).toEqual([]);
    expect(sent.text).toMatch(/don't know you/);
    expect(sent.text).not.toMatch(/华东|score|\d/);
  });

  it("does nothing for a redelivered activity id", async () => {
    const a = activity(LI_WEI, { text: "华东医疗集团的客户评分是多少?" });
    expect((await post(a, await ms.sign({}))).status).toBe(202);
    await ms.waitFor((r) => r.path.endsWith(`/activities/${a.id}`));
    expect((await post(a, await ms.sign({}))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(ms.connector.filter((r) => r.path.endsWith(`/activities/${a.id}`))).toHaveLength(1);
  });

  it("carries out a write approved on the card once, updates the card, and lets only the asker approve", async () => {
    const [{ id: groupId }] = await deps.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.name, "华东医疗集团有限公司"));
    const mine = () =>
      deps.db
        .select()
        .from(planActions)
        .where(and(eq(planActions.accountId, groupId), eq(planActions.source, "user")));
    const before = (await mine()).length;
    const { sent } = await ask(LI_WEI, { text: "给华东医疗集团加一个行动：下周三拜访梁总" });
    const confirm = sent.attachments?.[0].content as Card;
    const buttons = confirm.actions ?? [];
    expect(buttons.map((b) => b.title)).toEqual(["确认", "取消"]);
    expect((await mine()).length).toBe(before);
    const cardId = "sent-card-1";
    const approve = buttons[0].data as Record<string, unknown>;

    // Someone else pressing the button in a shared conversation is told so; nothing is written.
    const intruder = await ask(OTHER_REP, { value: approve, replyToId: cardId });
    expect(intruder.sent.text).toMatch(/只有提出这项请求的人/);
    expect((await mine()).length).toBe(before);

    await ask(LI_WEI, { value: approve, replyToId: cardId });
    const [update] = await ms.waitFor((r) => r.method === "PUT");
    expect(update.path).toBe(`/amer/v3/conversations/a:chat-${LI_WEI.id}/activities/${cardId}`);
    const updated = JSON.stringify((update.body as Sent).attachments?.[0].content);
    expect(updated).toContain("已确认");
    expect(updated).not.toContain("Action.Submit");
    const after = await mine();
    expect(after.length).toBe(before + 1);

    // A second press is told the request was handled; the write is not repeated.
    const again = await ask(LI_WEI, { value: approve, replyToId: cardId });
    expect(again.sent.text).toMatch(/已经处理过/);
    expect((await mine()).length).toBe(before + 1);
  });

  it("accepts a tenant-issued token (Entra keys of the tenant)", async () => {
    const a = activity(STRANGER, { text: "hello" });
    const token = await ms.sign({ iss: `https://sts.windows.net/${TENANT}/` }, { key: "tenant" });
    expect((await post(a, token)).status).toBe(202);
    await ms.waitFor((r) => r.path.endsWith(`/activities/${a.id}`));
  });

  it("sends a proactive personal message to a Furrow user with a Teams identity, opening the chat when needed", async () => {
    const [li] = await deps.db.select().from(users).where(eq(users.email, "li.wei@huakang-demo.example.com"));
    const sent = await sendTeamsMessage(deps, li.id, { text: "本周简报", language: "zh" });
    expect(sent).toMatchObject({ sent: true });
    const [post1] = await ms.waitFor((r) => r.path === `/amer/v3/conversations/a:chat-${LI_WEI.id}/activities`);
    expect((post1.body as Sent).text).toBe("本周简报");
    // Someone known only from a channel: the personal chat is opened first (Teams keeps one per person and bot).
    await deps.db.update(teamsReferences).set({ conversationId: null }).where(eq(teamsReferences.userId, li.id));
    expect(await sendTeamsMessage(deps, li.id, { text: "again", language: "en" })).toMatchObject({ sent: true });
    const [open] = await ms.waitFor((r) => r.method === "POST" && r.path === "/amer/v3/conversations");
    expect(open.body).toMatchObject({ members: [{ id: LI_WEI.id }], isGroup: false, tenantId: TENANT });
    await ms.waitFor((r) => r.path === "/amer/v3/conversations/a:personal-chat-1/activities");
    const [admin] = await deps.db.select().from(users).where(eq(users.role, "admin")).limit(1);
    expect(await sendTeamsMessage(deps, admin.id, { text: "x", language: "en" })).toEqual({
      sent: false,
      reason: "no_teams_identity",
    });
  });
});

describe("Teams switched off", () => {
  it("has no /teams/messages route when the app id or password is unset", async () => {
    const deps = await createTestDeps({ env: { TEAMS_APP_ID: APP_ID } });
    try {
      const res = await testApp(deps).app.request("/teams/messages", { method: "POST", body: "{}" });
      expect(res.status).toBe(404);
    } finally {
      await deps.close();
    }
  });
});
