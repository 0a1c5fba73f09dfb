import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { detectLanguage } from "../../agent/offline/detect-language";
import type { createAgentRuntime } from "../../agent/runtime";
import type { Deps } from "../../deps";
import { describeError } from "../../describe-error";
import { AppError, errorBody } from "../../errors";
import { answerQuestion, type SlackChannel } from "./answer-question";
import { handleClick } from "./handle-click";
import { CommandForm, type EventCallback, EventEnvelope, plainText, readClick } from "./payloads";
import { claimReceipt } from "./receipts";
import { ui } from "./render/labels";
import { createSlackApi, type SlackApi } from "./slack-api";
import { verifySlackSignature } from "./verify-signature";

/** Slack's payloads are a few kilobytes; anything far larger is not Slack. */
const MAX_BODY = 256 * 1024;

type Vars = { Variables: { requestId: string; rawBody: string } };

/**
 * `POST /slack/events`, `/slack/commands`, `/slack/interactions` (docs/CONTRACT.md, "Slack"); no routes when Slack is
 * off. Every request is verified first; Slack gets its answer at once and the turn runs after (Slack wants it in 3 s).
 */
export function slackRoutes(
  deps: Deps,
  runtime: ReturnType<typeof createAgentRuntime>,
  opts: { slack?: SlackApi } = {},
) {
  const app = new Hono<Vars>();
  const { SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: token } = deps.env;
  if (!secret || !token) return app;
  const ch: SlackChannel = { deps, runtime, slack: opts.slack ?? createSlackApi(deps.env) };

  app.use(
    "/slack/*",
    bodyLimit({
      maxSize: MAX_BODY,
      onError: (c) => c.json(errorBody(new AppError("payload_too_large", "Too large."), c.get("requestId")), 413),
    }),
  );
  app.use("/slack/*", async (c, next) => {
    const raw = await c.req.text();
    const ok = verifySlackSignature(
      secret,
      {
        timestamp: c.req.header("x-slack-request-timestamp"),
        signature: c.req.header("x-slack-signature"),
        rawBody: raw,
      },
      deps.clock.now(),
    );
    if (!ok) return c.json(errorBody(new AppError("unauthorized", "Unauthorized."), c.get("requestId")), 401);
    c.set("rawBody", raw);
    await next();
  });

  app.post("/slack/events", async (c) => {
    const parsed = EventEnvelope.safeParse(safeJson(c.get("rawBody")));
    if (!parsed.success) return c.body(null, 200);
    if (parsed.data.type === "url_verification") return c.json({ challenge: parsed.data.challenge });
    const question = questionOf(parsed.data);
    // The receipt is taken before the acknowledgement: a retry, or the same event on another instance, finds it.
    if (question && (await claimReceipt(deps.db, `event:${parsed.data.event_id}`)))
      later(c, deps, () => answerQuestion(ch, question));
    return c.body(null, 200);
  });

  app.post("/slack/commands", async (c) => {
    const form = CommandForm.safeParse(Object.fromEntries(new URLSearchParams(c.get("rawBody"))));
    if (!form.success) return c.body(null, 200);
    const f = form.data;
    const text = plainText(f.text);
    // Nothing written, nothing to tell the language by: say it in both.
    if (!text)
      return c.json({ response_type: "ephemeral", text: `${ui("zh", "emptyQuestion")}\n${ui("en", "emptyQuestion")}` });
    const lang = detectLanguage(text, text);
    if (await claimReceipt(deps.db, `command:${f.trigger_id}`))
      later(c, deps, () =>
        answerQuestion(ch, { teamId: f.team_id, channelId: f.channel_id, slackUserId: f.user_id, text, quote: true }),
      );
    return c.json({ response_type: "ephemeral", text: ui(lang, "received") });
  });

  app.post("/slack/interactions", async (c) => {
    const payload = new URLSearchParams(c.get("rawBody")).get("payload");
    const click = readClick(safeJson(payload ?? ""));
    if (click) later(c, deps, () => handleClick(ch, click));
    return c.body(null, 200);
  });

  return app;
}

/** A mention in a channel, or a message in a direct message with the bot; never a bot's (our own) message. */
function questionOf(envelope: EventCallback) {
  const e = envelope.event;
  const fromPerson = !e.bot_id && !e.subtype && e.user && e.channel && e.ts;
  const asked = e.type === "app_mention" || (e.type === "message" && e.channel_type === "im");
  if (!fromPerson || !asked) return null;
  return {
    teamId: envelope.team_id,
    channelId: e.channel as string,
    slackUserId: e.user as string,
    text: plainText(e.text ?? ""),
    threadTs: e.thread_ts ?? (e.ts as string),
  };
}

/** Work after the acknowledgement; handed to the runtime's waitUntil where there is one (tests wait on it). */
function later(c: Context, deps: Deps, work: () => Promise<void>) {
  const task = work().catch((err) => deps.logger.error("slack work failed", describeError(err)));
  try {
    c.executionCtx.waitUntil(task);
  } catch {
    // Node has no execution context: the promise simply runs on after the response.
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
