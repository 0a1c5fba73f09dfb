import { createRoute, z } from "@hono/zod-openapi";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";
import { findVisibleRep, myWeekFor } from "../../services/my-week";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses } from "./schemas";

const Query = z.object({
  days: z.coerce.number().int().min(1).max(31).default(7).openapi({ description: "The window in days (1-31)" }),
  rep: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "One rep's book (id, e-mail or name); a manager's team or anyone for an admin" }),
});

const ItemSchema = z
  .object({
    kind: z.string(),
    accountId: z.string(),
    accountName: z.string(),
    ownerId: z.string().nullable(),
    tier: z.string().nullable(),
    due: z.string(),
    daysOverdue: z.number(),
    value: z.number(),
    priority: z.number(),
    reason: z.object({ code: z.string(), numbers: z.record(z.string(), z.any()) }),
    text: z.object({ zh: z.string(), en: z.string() }),
    ref: z.record(z.string(), z.string()),
  })
  .openapi("MyWeekItem");

const RepSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });

const route = createRoute({
  method: "get",
  path: "/api/my-week",
  summary: "My week (本周重点): what to do in the next days, ranked by tier × urgency × value",
  security: bearerSecurity,
  request: { query: Query },
  responses: {
    200: {
      description: "Ranked items, each with its reason and due date; per rep for a manager or admin",
      content: {
        "application/json": {
          schema: z.object({
            now: z.string(),
            days: z.number(),
            rep: RepSchema.nullable(),
            items: z.array(ItemSchema),
            byRep: z.array(z.object({ rep: RepSchema, items: z.array(ItemSchema) })).optional(),
          }),
        },
      },
    },
    ...errorResponses,
  },
});

export function myWeekRoutes(deps: Deps) {
  const app = createApi();
  app.openapi(route, async (c) => {
    const user = c.get("user");
    const q = c.req.valid("query");
    const rep = q.rep ? await findVisibleRep(deps.db, user, q.rep) : null;
    if (q.rep && !rep) throw new AppError("not_found", `rep: no user "${q.rep}" among those you may see.`);
    return c.json(await myWeekFor(deps.db, user, deps.clock.now(), { days: q.days, rep }), 200);
  });
  return app;
}
