import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { createAgentRuntime } from "../../agent/runtime";
import type { Deps } from "../../deps";
import { describeError } from "../../describe-error";
import { AppError } from "../../errors";
import { type Activity, ActivitySchema } from "./activity";
import { teamsConfig } from "./config";
import { createActivityHandler } from "./handle-activity";
import { TEAMS_TEXT, textActivity } from "./render-reply";
import { connectorFor } from "./shared-connector";
import { claimActivity } from "./store";
import { createTokenVerifier } from "./verify-token";

/** Bot Connector activities are small; anything larger is not one. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

const REFUSED = {
  401: new AppError("unauthorized", "The bearer token of this Bot Connector request was refused."),
  403: new AppError("forbidden", "The bearer token does not cover this activity."),
  503: new AppError("unavailable", "The token signing keys cannot be fetched right now; try again.", undefined, {
    retryAfterSeconds: 30,
  }),
};

/**
 * `POST /teams/messages` (only when Teams is configured). The bearer token is checked before anything is read into
 * Furrow; a verified activity is claimed once across instances (its id as a receipt), acknowledged at once, and
 * answered through the Bot Connector when the turn is done.
 */
export function teamsRoutes(deps: Deps, runtime: ReturnType<typeof createAgentRuntime>) {
  const app = new Hono();
  const config = teamsConfig(deps.env);
  if (!config) return app;
  const verifier = createTokenVerifier(config);
  const connector = connectorFor(config);
  const handler = createActivityHandler(deps, runtime, connector);

  app.post("/teams/messages", bodyLimit({ maxSize: MAX_ACTIVITY_BYTES }), async (c) => {
    const raw = await c.req.text();
    const parsed = parseJson(raw);
    const check = await verifier.verify(c.req.header("authorization"), parsed ?? {});
    if (!check.ok) {
      deps.logger.warn("teams request refused", { status: check.status, reason: check.reason });
      throw REFUSED[check.status];
    }
    const activity = ActivitySchema.safeParse(parsed);
    if (!activity.success)
      throw new AppError("bad_request", "The body is not a Bot Framework activity.", activity.error.issues);
    if (!(await claimActivity(deps.db, activity.data.id))) return c.body(null, 200);
    void answer(activity.data);
    return c.body(null, 202);
  });

  async function answer(activity: Activity) {
    try {
      await handler.handle(activity);
    } catch (err) {
      deps.logger.error("teams activity failed", { activityId: activity.id, ...describeError(err) });
      const lang = activity.locale?.toLowerCase().startsWith("zh") ? "zh" : "en";
      await connector
        .reply(activity.serviceUrl, activity.conversation.id, activity.id, textActivity(TEAMS_TEXT.failed[lang]))
        .catch(() => {});
    }
  }

  return app;
}

function parseJson(raw: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(raw);
    return v && typeof v === "object" && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}
