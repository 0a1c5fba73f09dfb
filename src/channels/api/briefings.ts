import { createRoute, z } from "@hono/zod-openapi";
import { renderBriefingHtml } from "../../../prompts/briefing-email";
import { findUserById, type User } from "../../db/queries/users";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";
import { buildBriefing } from "../../services/briefing";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses } from "./schemas";

const previewRoute = createRoute({
  method: "get",
  path: "/api/briefings/preview",
  summary: "The weekly briefing as HTML",
  description: "Your own by default; a manager may preview their team's, an admin anyone's.",
  security: bearerSecurity,
  request: { query: z.object({ userId: z.string().optional(), lang: z.enum(["zh", "en"]).optional() }) },
  responses: {
    200: { description: "HTML e-mail", content: { "text/html": { schema: z.string() } } },
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
    const briefing = await buildBriefing(deps.db, target, deps.clock.now());
    return c.html(renderBriefingHtml(briefing, q.lang ?? target.locale), 200) as never;
  });
  return app;
}
