import { createRoute, z } from "@hono/zod-openapi";
import { buildBriefing } from "../../briefing/build-briefing";
import { isoWeek, localDay } from "../../briefing/calendar";
import { lastSnapshot } from "../../briefing/outbox";
import { renderBriefingHtml } from "../../briefing/render-html";
import { renderBriefingText } from "../../briefing/render-text";
import { findUserById, type User } from "../../db/queries/users";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";
import { meBriefingRoutes } from "./me-briefing";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses } from "./schemas";

const previewRoute = createRoute({
  method: "get",
  path: "/api/briefings/preview",
  summary: "The weekly briefing as it would go out now (HTML or plain text)",
  description: "Your own by default; a manager may preview their team's, an admin anyone's.",
  security: bearerSecurity,
  request: {
    query: z.object({
      userId: z.string().optional(),
      lang: z.enum(["zh", "en"]).optional(),
      format: z.enum(["html", "text"]).default("html"),
    }),
  },
  responses: {
    200: {
      description: "The e-mail's HTML or its plain-text part",
      content: { "text/html": { schema: z.string() }, "text/plain": { schema: z.string() } },
    },
    ...errorResponses,
  },
});

/** Whose briefing the requester may see: their own, their team's (manager), anyone's (admin). */
function maySee(requester: User, target: User): boolean {
  if (requester.id === target.id || requester.role === "admin") return true;
  return requester.role === "manager" && requester.team !== null && requester.team === target.team;
}

export function briefingRoutes(deps: Deps) {
  const app = createApi();
  app.openapi(previewRoute, async (c) => {
    const me = c.get("user");
    const q = c.req.valid("query");
    const target = q.userId ? await findUserById(deps.db, q.userId) : me;
    if (!target || !maySee(me, target)) throw new AppError("not_found", "No such user.");
    const now = deps.clock.now();
    const { briefing } = await buildBriefing(deps.db, target, now, {
      tz: deps.env.TZ,
      previous: await lastSnapshot(deps.db, target.id, isoWeek(localDay(now, deps.env.TZ))),
      publicUrl: deps.env.PUBLIC_URL ?? null,
    });
    const lang = q.lang ?? target.locale;
    if (q.format === "text") return c.text(renderBriefingText(briefing, lang), 200) as never;
    return c.html(await renderBriefingHtml(briefing, lang), 200) as never;
  });
  app.route("/", meBriefingRoutes(deps));
  return app;
}
