import { createRoute, z } from "@hono/zod-openapi";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";
import { IMPORT_ENTITIES } from "../../import/entities";
import { importCsv } from "../../import/import-csv";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses } from "./schemas";

const CSV_TYPES = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

const importRoute = createRoute({
  method: "post",
  path: "/api/import/{entity}",
  summary: "Import a CSV (all rows or none)",
  description:
    "Canonical headers, zh/en aliases, or `?map=theirs:ours,…` for another CRM's export. Rows upsert by external_id (sku for products). Any bad row: 422 with every row, column and reason, and nothing written.",
  security: bearerSecurity,
  request: {
    params: z.object({ entity: z.enum(IMPORT_ENTITIES).openapi({ param: { name: "entity", in: "path" } }) }),
    query: z.object({
      map: z.string().max(4000).optional().openapi({ example: "account:external_id,account:name,sector:industry" }),
    }),
    body: {
      content: { "text/csv": { schema: z.string().openapi({ example: "external_id,name\nA-1,华东医疗集团" }) } },
      required: true,
    },
  },
  responses: {
    200: {
      description: "Counts of new and updated records",
      content: {
        "application/json": {
          schema: z.object({ imported: z.number(), updated: z.number(), errors: z.array(z.any()) }),
        },
      },
    },
    ...errorResponses,
  },
});

export function importRoutes(deps: Deps, hooks: { afterImport?: (accountIds: string[]) => Promise<void> } = {}) {
  const app = createApi();
  app.openapi(importRoute, async (c) => {
    const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (!CSV_TYPES.includes(type))
      throw new AppError("unsupported_media_type", `Send the file as text/csv (got "${type || "no content-type"}").`);
    const body = c.req.raw.body;
    if (!body) throw new AppError("bad_request", "The request has no body: send the CSV file as the body.");
    const { entity } = c.req.valid("param");
    const result = await importCsv(deps.db, {
      entity,
      source: body as unknown as AsyncIterable<Uint8Array>,
      map: c.req.valid("query").map,
      user: c.get("user"),
      today: deps.clock.now().toISOString().slice(0, 10),
    });
    if (hooks.afterImport && result.accountIds.length) await hooks.afterImport(result.accountIds);
    return c.json({ imported: result.imported, updated: result.updated, errors: result.errors }, 200);
  });
  return app;
}
