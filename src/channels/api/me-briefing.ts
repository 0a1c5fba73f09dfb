import { createRoute, z } from "@hono/zod-openapi";
import { BRIEFING_CHANNELS, dueThisWeek, getBriefingPrefs, putBriefingPrefs } from "../../briefing/preferences";
import type { Deps } from "../../deps";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses } from "./schemas";

const Prefs = z
  .object({
    channel: z
      .enum(BRIEFING_CHANNELS)
      .openapi({ description: "email, slack or teams (e-mail when that one is not set up)" }),
    weekday: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "1 = Monday … 7 = Sunday, in TZ; null: BRIEFING_CRON's" }),
    time: z.string().nullable().openapi({ description: "HH:mm in TZ; null: BRIEFING_CRON's" }),
    enabled: z.boolean().openapi({ description: "false: no briefing at all" }),
  })
  .openapi("BriefingPreferences");
const PrefsView = Prefs.extend({
  nextDue: z.string().nullable().openapi({ description: "When this week's briefing is (or was) due; null when off" }),
});
const PutBody = z
  .object({
    channel: z.enum(BRIEFING_CHANNELS).optional(),
    weekday: z.number().int().min(1).max(7).nullable().optional(),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:mm, e.g. 08:30")
      .nullable()
      .optional(),
    enabled: z.boolean().optional(),
  })
  .strict();

const getRoute = createRoute({
  method: "get",
  path: "/api/me/briefing",
  summary: "Your weekly briefing settings",
  security: bearerSecurity,
  responses: {
    200: { description: "Settings", content: { "application/json": { schema: PrefsView } } },
    ...errorResponses,
  },
});
const putRoute = createRoute({
  method: "put",
  path: "/api/me/briefing",
  summary: "Change your weekly briefing settings (channel, day and time, on/off)",
  security: bearerSecurity,
  request: { body: { content: { "application/json": { schema: PutBody } }, required: true } },
  responses: {
    200: { description: "Settings", content: { "application/json": { schema: PrefsView } } },
    ...errorResponses,
  },
});

export function meBriefingRoutes(deps: Deps) {
  const app = createApi();
  const view = (p: Awaited<ReturnType<typeof getBriefingPrefs>>) => ({
    ...p,
    nextDue: p.enabled
      ? (dueThisWeek(p, deps.clock.now(), deps.env.BRIEFING_CRON, deps.env.TZ)?.toISOString() ?? null)
      : null,
  });
  app.openapi(getRoute, async (c) => c.json(view(await getBriefingPrefs(deps.db, c.get("user").id)), 200));
  app.openapi(putRoute, async (c) =>
    c.json(view(await putBriefingPrefs(deps.db, c.get("user").id, c.req.valid("json"))), 200),
  );
  return app;
}
