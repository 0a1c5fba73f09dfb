import { z } from "zod";
import { BOT_CONNECTOR_SCOPE, type TeamsConfig } from "./config";

/** An outgoing Bot Framework activity: text and Adaptive Card attachments. */
export type OutgoingActivity = {
  type: "message";
  text?: string;
  textFormat?: "markdown" | "plain";
  attachments?: { contentType: string; content: unknown }[];
  [k: string]: unknown;
};

export type TeamsMember = {
  id: string;
  aadObjectId: string | null;
  email: string | null;
  userPrincipalName: string | null;
  name: string | null;
};

const TokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive() });
const IdAnswer = z.object({ id: z.string().optional() }).passthrough();
const MemberAnswer = z
  .object({
    id: z.string(),
    aadObjectId: z.string().nullish(),
    objectId: z.string().nullish(),
    email: z.string().nullish(),
    userPrincipalName: z.string().nullish(),
    name: z.string().nullish(),
  })
  .passthrough();

/** Renew a cached token this long before it expires, so a request never leaves with a token about to lapse. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * The Bot Connector REST API as the bot calls it: a client-credentials token from
 * `{authority}/{tenant}/oauth2/v2.0/token` (cached until shortly before it expires), then replies, updates,
 * member look-ups and new personal conversations under the activity's `serviceUrl`.
 */
export function createConnectorClient(config: TeamsConfig, now: () => number = Date.now) {
  let cached: { token: string; until: number } | null = null;
  let pending: Promise<string> | null = null;

  async function token(): Promise<string> {
    if (cached && cached.until > now()) return cached.token;
    pending ??= fetchToken().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function fetchToken(): Promise<string> {
    const tenant = config.tenantId ?? "botframework.com";
    const res = await fetch(`${config.authority}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: config.appId,
        client_secret: config.appPassword,
        scope: BOT_CONNECTOR_SCOPE,
      }),
    });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
    const answer = TokenAnswer.parse(await res.json());
    cached = { token: answer.access_token, until: now() + answer.expires_in * 1000 - EXPIRY_MARGIN_MS };
    return answer.access_token;
  }

  async function call(method: string, serviceUrl: string, path: string, body?: unknown): Promise<unknown> {
    const url = `${serviceUrl.replace(/\/+$/, "")}/v3/${path}`;
    const res = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${await token()}`,
        ...(body === undefined ? {} : { "content-type": "application/json; charset=utf-8" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}`);
    const text = await res.text();
    return text ? JSON.parse(text) : {};
  }

  const conv = (id: string) => `conversations/${encodeURIComponent(id)}`;

  return {
    /** Answers an activity in its conversation (threaded under it in a channel). */
    async reply(serviceUrl: string, conversationId: string, replyToId: string, activity: OutgoingActivity) {
      const out = IdAnswer.parse(
        await call("POST", serviceUrl, `${conv(conversationId)}/activities/${encodeURIComponent(replyToId)}`, {
          ...activity,
          replyToId,
        }),
      );
      return { id: out.id ?? null };
    },
    /** Posts a new activity to a conversation (a proactive message). */
    async send(serviceUrl: string, conversationId: string, activity: OutgoingActivity) {
      const out = IdAnswer.parse(await call("POST", serviceUrl, `${conv(conversationId)}/activities`, activity));
      return { id: out.id ?? null };
    },
    /** Replaces an activity the bot sent earlier, e.g. an approval card with its outcome. */
    async update(serviceUrl: string, conversationId: string, activityId: string, activity: OutgoingActivity) {
      await call("PUT", serviceUrl, `${conv(conversationId)}/activities/${encodeURIComponent(activityId)}`, {
        ...activity,
        id: activityId,
      });
    },
    /** One member of a conversation, with the e-mail and UPN Teams knows for them. */
    async member(serviceUrl: string, conversationId: string, userId: string): Promise<TeamsMember> {
      const m = MemberAnswer.parse(
        await call("GET", serviceUrl, `${conv(conversationId)}/members/${encodeURIComponent(userId)}`),
      );
      return {
        id: m.id,
        aadObjectId: m.aadObjectId ?? m.objectId ?? null,
        email: m.email ?? null,
        userPrincipalName: m.userPrincipalName ?? null,
        name: m.name ?? null,
      };
    },
    /** Opens (or finds: Teams keeps one per person and bot) the personal chat with a person. */
    async createPersonalConversation(
      serviceUrl: string,
      ref: { botId: string; teamsUserId: string; tenantId: string | null },
    ) {
      const out = IdAnswer.parse(
        await call("POST", serviceUrl, "conversations", {
          bot: { id: ref.botId },
          members: [{ id: ref.teamsUserId }],
          isGroup: false,
          ...(ref.tenantId ? { tenantId: ref.tenantId, channelData: { tenant: { id: ref.tenantId } } } : {}),
        }),
      );
      if (!out.id) throw new Error("the connector opened no conversation");
      return out.id;
    },
  };
}

export type ConnectorClient = ReturnType<typeof createConnectorClient>;
