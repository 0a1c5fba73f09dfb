import type { ExecutionContext } from "hono";
import { createApp } from "../src/app";
import { signSlackRequest } from "../src/channels/slack/verify-signature";
import type { Deps } from "../src/deps";
import type { SlackStandIn } from "./slack-stand-in";

export const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";
export const TEAM = "T0FURROW1";

/** The same deps with Slack switched on and pointed at the stand-in (PUBLIC_URL when given). */
export function withSlack(deps: Deps, standIn: SlackStandIn, publicUrl?: string): Deps {
  return {
    ...deps,
    env: {
      ...deps.env,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: standIn.url,
      ...(publicUrl ? { PUBLIC_URL: publicUrl } : {}),
    },
  };
}

type SendOptions = { timestamp?: number; signature?: string; headers?: Record<string, string> };

/**
 * One Furrow instance as Slack sees it: signed requests to its /slack routes. The work each request leaves running
 * after its acknowledgement is handed to `waitUntil`, so a test can wait for it (`settle`).
 */
export function slackInstance(deps: Deps) {
  const app = createApp(deps);
  const tasks: Promise<unknown>[] = [];
  const ctx = {
    waitUntil: (p: Promise<unknown>) => tasks.push(p),
    passThroughOnException: () => {},
    props: {},
  } as unknown as ExecutionContext;
  const nowSeconds = () => Math.floor(deps.clock.now().getTime() / 1000);

  const send = (path: string, body: string, contentType: string, opts: SendOptions = {}) => {
    const ts = String(opts.timestamp ?? nowSeconds());
    return app.request(
      path,
      {
        method: "POST",
        headers: {
          "content-type": contentType,
          "x-slack-request-timestamp": ts,
          "x-slack-signature": opts.signature ?? signSlackRequest(SECRET, ts, body),
          ...opts.headers,
        },
        body,
      },
      undefined,
      ctx,
    );
  };
  return {
    app,
    nowSeconds,
    send,
    event: (envelope: unknown, opts?: SendOptions) =>
      send("/slack/events", JSON.stringify(envelope), "application/json", opts),
    command: (fields: Record<string, string>, opts?: SendOptions) =>
      send("/slack/commands", new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded", opts),
    click: (payload: unknown, opts?: SendOptions) =>
      send(
        "/slack/interactions",
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        "application/x-www-form-urlencoded",
        opts,
      ),
    /** Waits for everything the requests so far left running. */
    settle: async () => {
      while (tasks.length) await Promise.all(tasks.splice(0));
    },
  };
}

let seq = 0;

/** An Events API `app_mention` (or a DM `message` with `im: true`) as Slack delivers it. */
export function mention(user: string, text: string, opts: { channel?: string; threadTs?: string; im?: boolean } = {}) {
  const ts = `1764800000.${String(++seq).padStart(6, "0")}`;
  return {
    token: "deprecated-verification-token",
    team_id: TEAM,
    api_app_id: "A0FURROW",
    type: "event_callback",
    event_id: `Ev0${Date.now().toString(36).toUpperCase()}${seq}`,
    event_time: 1764800000,
    event: {
      type: opts.im ? "message" : "app_mention",
      user,
      text: opts.im ? text : `<@U0FURROWBOT> ${text}`,
      ts,
      channel: opts.channel ?? (opts.im ? "D0DIRECT1" : "C0ACCOUNTS"),
      ...(opts.im ? { channel_type: "im" } : {}),
      ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
      event_ts: ts,
    },
  };
}

/** All text a Slack message shows (section texts and fields, headers, contexts, buttons), for assertions. */
export function shownText(args: Record<string, unknown>): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.text === "string") out.push(o.text);
      for (const [k, x] of Object.entries(o)) if (k !== "value" && k !== "action_id" && typeof x === "object") walk(x);
    }
  };
  walk(args.blocks);
  return out.join("\n");
}
