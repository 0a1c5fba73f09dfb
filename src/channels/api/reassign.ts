import { createRoute, z } from "@hono/zod-openapi";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";
import { importUsersCsv } from "../../import/import-users";
import { reassignBook } from "../../services/reassign-book";
import { emailField } from "../../services/users/user-input";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses, moreErrorResponses } from "./schemas";

const errors = { ...errorResponses, ...moreErrorResponses };
const CSV_TYPES = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

const reassignRoute = createRoute({
  method: "post",
  path: "/api/accounts/reassign",
  summary: "Hand over a book (客户交接): accounts with their open actions and opportunities",
  description:
    "Admin, or a manager within their team. Without `accountIds` every account of `fromEmail` moves. One transaction; each account is audited with its old and new owner.",
  security: bearerSecurity,
  request: {
    body: {
      content: {
        "application/json": {
          schema: z
            .object({
              fromEmail: emailField,
              toEmail: emailField,
              accountIds: z.array(z.string().min(1).max(200)).max(10_000).optional(),
            })
            .strict(),
        },
      },
      required: true,
    },
  },
  responses: {
    200: {
      description: "How much moved",
      content: {
        "application/json": {
          schema: z.object({
            moved: z.number(),
            actions: z.number(),
            opportunities: z.number(),
            accountIds: z.array(z.string()),
          }),
        },
      },
    },
    ...errors,
  },
});

const importUsersRoute = createRoute({
  method: "post",
  path: "/api/import/users",
  summary: "Import users from a CSV (admin; all rows or none; upsert by e-mail)",
  description:
    "Columns: email, name, role (rep, manager, admin), team, manager_email, locale (zh-CN, en); zh/en header aliases (邮箱, 姓名, 角色, 团队, 上级邮箱, 语言) and `?map=`. No keys are created: issue them with POST /api/users/{id}/keys.",
  security: bearerSecurity,
  request: {
    query: z.object({ map: z.string().max(4000).optional() }),
    body: {
      content: {
        "text/csv": { schema: z.string().openapi({ example: "email,name,role,team\nli@acme.cn,李伟,rep,华东" }) },
      },
      required: true,
    },
  },
  responses: {
    200: {
      description: "Counts, the new users (who have no key yet) and how to issue keys",
      content: {
        "application/json": {
          schema: z.object({
            imported: z.number(),
            updated: z.number(),
            errors: z.array(z.any()),
            withoutKey: z.array(z.object({ id: z.string(), email: z.string() })),
            howToIssueKeys: z.object({ en: z.string(), zh: z.string() }),
          }),
        },
      },
    },
    ...errors,
  },
});

/** Routes that change who owns what: the users CSV import and handing over a book. */
export function reassignRoutes(deps: Deps, hooks: { afterReassign?: () => void } = {}) {
  const app = createApi();
  app.openapi(reassignRoute, async (c) => {
    const result = await reassignBook(deps.db, c.get("user"), c.req.valid("json"));
    hooks.afterReassign?.();
    return c.json(result, 200);
  });
  app.openapi(importUsersRoute, async (c) => {
    const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (!CSV_TYPES.includes(type))
      throw new AppError("unsupported_media_type", `Send the file as text/csv (got "${type || "no content-type"}").`);
    const raw = c.req.raw.body;
    if (!raw) throw new AppError("bad_request", "The request has no body: send the CSV file as the body.");
    const result = await importUsersCsv(deps.db, {
      source: raw as unknown as AsyncIterable<Uint8Array>,
      map: c.req.valid("query").map,
      user: c.get("user"),
    });
    return c.json(result, 200);
  });
  return app;
}
