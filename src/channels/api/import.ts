import { createRoute, z } from "@hono/zod-openapi";
import { audit } from "../../db/queries/audit";
import { settings } from "../../db/schema";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";
import { CURRENCY_RATES_KEY, loadCurrencyRates } from "../../import/convert-currency";
import { IMPORT_ENTITIES } from "../../import/entities";
import { importCsv } from "../../import/import-csv";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses } from "./schemas";

const CSV_TYPES = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

const Warning = z.object({ column: z.string(), value: z.string(), rows: z.array(z.number()), message: z.string() });
const ImportAnswer = z.object({
  imported: z.number(),
  updated: z.number(),
  errors: z.array(z.any()),
  ignoredColumns: z
    .array(z.string())
    .optional()
    .openapi({ description: "Columns of the file that fed nothing (present only when there are some)" }),
  warnings: z.array(Warning).optional().openapi({
    description: "Unknown product SKUs and competitors, imported as given (present only when there are some)",
  }),
  currency: z
    .object({ base: z.string(), converted: z.record(z.string(), z.object({ rate: z.number(), rows: z.number() })) })
    .optional()
    .openapi({ description: "Amounts converted to the base currency and the rates used (present only when any were)" }),
});

const Rates = z.object({
  base: z.literal("CNY").default("CNY"),
  rates: z
    .record(z.string().regex(/^[A-Z]{3}$/, "currency codes are three capital letters"), z.number().positive().max(1e6))
    .openapi({ example: { USD: 7.12, EUR: 7.75 } }),
});

const getRatesRoute = createRoute({
  method: "get",
  path: "/api/import/currency-rates",
  summary: "The currency rates imports convert amounts with (base CNY)",
  security: bearerSecurity,
  responses: {
    200: {
      description: "Rates",
      content: { "application/json": { schema: Rates.extend({ updatedAt: z.string().optional() }) } },
    },
    ...errorResponses,
  },
});

const putRatesRoute = createRoute({
  method: "put",
  path: "/api/import/currency-rates",
  summary: "Set the currency rates (admin): 1 unit of each currency in CNY",
  security: bearerSecurity,
  request: { body: { content: { "application/json": { schema: Rates } }, required: true } },
  responses: {
    200: {
      description: "The stored rates",
      content: { "application/json": { schema: Rates.extend({ updatedAt: z.string() }) } },
    },
    ...errorResponses,
  },
});

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
      currency: z
        .string()
        .regex(/^[A-Za-z]{3}$/, "must be a three-letter currency code such as USD")
        .transform((v) => v.toUpperCase())
        .optional()
        .openapi({
          description:
            "Currency of amounts in rows without a `currency` column (default CNY); converted at the rates an admin set (PUT /api/import/currency-rates).",
          example: "USD",
        }),
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
          schema: ImportAnswer,
        },
      },
    },
    ...errorResponses,
  },
});

export function importRoutes(deps: Deps, hooks: { afterImport?: (accountIds: string[]) => Promise<void> } = {}) {
  const app = createApi();
  app.openapi(getRatesRoute, async (c) => c.json((await loadCurrencyRates(deps.db)) as z.infer<typeof Rates>, 200));
  app.openapi(putRatesRoute, async (c) => {
    const user = c.get("user");
    if (user.role !== "admin") throw new AppError("forbidden", "Only an admin sets currency rates.");
    const value = { ...c.req.valid("json"), updatedAt: deps.clock.now().toISOString() };
    await deps.db.transaction(async (tx) => {
      await tx
        .insert(settings)
        .values({ key: CURRENCY_RATES_KEY, value })
        .onConflictDoUpdate({ target: settings.key, set: { value } });
      await audit(tx, { userId: user.id, action: "currency_rates.put", entity: "settings", details: value });
    });
    return c.json(value, 200);
  });
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
      currency: c.req.valid("query").currency,
      user: c.get("user"),
      today: deps.clock.now().toISOString().slice(0, 10),
    });
    if (hooks.afterImport && result.accountIds.length) await hooks.afterImport(result.accountIds);
    // The added fields appear only when they say something, so a clean import still answers the contract's shape.
    return c.json(
      {
        imported: result.imported,
        updated: result.updated,
        errors: result.errors,
        ...(result.ignoredColumns.length ? { ignoredColumns: result.ignoredColumns } : {}),
        ...(result.warnings.length ? { warnings: result.warnings } : {}),
        ...(result.currency ? { currency: result.currency } : {}),
      },
      200,
    );
  });
  return app;
}
