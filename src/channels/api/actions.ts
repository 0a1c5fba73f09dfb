import { createRoute, z } from "@hono/zod-openapi";
import { findVisibleAccount } from "../../db/queries/accounts";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";
import { ACTION_STATUSES, listActions, updateAction } from "../../services/actions";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses, IdParam } from "./schemas";

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "must be a real calendar date",
    },
  );

const ActionSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    accountName: z.string(),
    planId: z.string().nullable(),
    title: z.string(),
    owner: z.string(),
    ownerId: z.string().nullable(),
    due: z.string(),
    originalDue: z.string().nullable(),
    status: z.enum(ACTION_STATUSES),
    completedAt: z.string().nullable(),
    contactId: z.string().nullable(),
    contactName: z.string().nullable(),
    source: z.enum(["plan", "user"]),
    overdue: z.boolean(),
  })
  .openapi("Action");

const listRoute = createRoute({
  method: "get",
  path: "/api/actions",
  summary: "Plan actions on your accounts, soonest due first",
  security: bearerSecurity,
  request: {
    query: z.object({
      accountId: z.string().min(1).max(200).optional(),
      status: z.enum([...ACTION_STATUSES, "all"]).default("open"),
      dueBefore: Day.optional().openapi({ description: "Due on or before this day (YYYY-MM-DD)" }),
    }),
  },
  responses: {
    200: {
      description: "Actions",
      content: { "application/json": { schema: z.object({ items: z.array(ActionSchema) }) } },
    },
    ...errorResponses,
  },
});

const PatchBody = z
  .object({
    status: z.enum(ACTION_STATUSES).optional(),
    due: Day.optional(),
    owner: z.string().min(1).max(200).optional().openapi({ description: "The new owner: user id, e-mail or name" }),
  })
  .strict()
  .refine((b) => b.status !== undefined || b.due !== undefined || b.owner !== undefined, {
    message: "give at least one of status, due, owner",
  });

const patchRoute = createRoute({
  method: "patch",
  path: "/api/actions/{id}",
  summary: "Complete, reopen, drop, reschedule or reassign an action (audited)",
  security: bearerSecurity,
  request: { params: IdParam, body: { content: { "application/json": { schema: PatchBody } }, required: true } },
  responses: {
    200: { description: "The action after the change", content: { "application/json": { schema: ActionSchema } } },
    ...errorResponses,
  },
});

export function actionRoutes(deps: Deps) {
  const app = createApi();
  app.openapi(listRoute, async (c) => {
    const user = c.get("user");
    const q = c.req.valid("query");
    if (q.accountId && !(await findVisibleAccount(deps.db, user, q.accountId)))
      throw new AppError("not_found", "accountId: no such account among yours.");
    const items = await listActions(deps.db, user, deps.clock.now(), q);
    return c.json({ items }, 200);
  });
  app.openapi(patchRoute, async (c) => {
    const out = await updateAction(
      deps.db,
      c.get("user"),
      c.req.valid("param").id,
      c.req.valid("json"),
      deps.clock.now(),
    );
    if (!out.ok) throw new AppError(out.code === "not_found" ? "not_found" : "validation_failed", out.message);
    return c.json(out.action, 200);
  });
  return app;
}
