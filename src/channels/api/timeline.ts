import { createRoute, z } from "@hono/zod-openapi";
import { findVisibleAccount } from "../../db/queries/accounts";
import type { Deps } from "../../deps";
import { decodeCursor, pageTimeline } from "../../engine/timeline/page-timeline";
import { AppError } from "../../errors";
import { accountEvents } from "../../services/timeline";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses, IdParam } from "./schemas";

const route = createRoute({
  method: "get",
  path: "/api/accounts/{id}/timeline",
  summary: "The account's timeline (客户动态), newest first, paged",
  security: bearerSecurity,
  request: {
    params: IdParam,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(500).optional().openapi({ description: "The `next` of the previous page" }),
      kinds: z
        .string()
        .regex(/^[a-z_]+(,[a-z_]+)*$/, "must be comma-separated kinds such as interaction,order")
        .optional(),
    }),
  },
  responses: {
    200: {
      description: "Events: interactions, orders, deal stages, plan actions and versions, tenders, risks, tier changes",
      content: {
        "application/json": {
          schema: z.object({
            items: z.array(z.object({ at: z.string(), kind: z.string(), id: z.string() }).passthrough()),
            next: z.string().optional(),
          }),
        },
      },
    },
    ...errorResponses,
  },
});

export function timelineRoutes(deps: Deps) {
  const app = createApi();
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const q = c.req.valid("query");
    if (!(await findVisibleAccount(deps.db, c.get("user"), id))) throw new AppError("not_found", "No such account.");
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    if (q.cursor && !after) throw new AppError("validation_failed", "cursor: not a cursor from this endpoint.");
    const kinds = q.kinds ? new Set(q.kinds.split(",")) : null;
    const events = (await accountEvents(deps.db, id)).filter((e) => !kinds || kinds.has(e.kind));
    return c.json(pageTimeline(events, { limit: q.limit, after }), 200);
  });
  return app;
}
