import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { audit } from "../../db/queries/audit";
import { scorecards, settings } from "../../db/schema";
import type { Deps } from "../../deps";
import { defaultScorecard } from "../../engine/scoring/default-scorecard";
import { ScorecardSchema } from "../../engine/scoring/scorecard-schema";
import { AppError } from "../../errors";
import { invalidateDirectories } from "../../services/book";
import { rescoreBook } from "../../services/scores";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses } from "./schemas";

const Assignment = z.object({
  scorecardId: z.string().min(1),
  industries: z.array(z.string()).optional(),
  regions: z.array(z.string()).optional(),
  minEmployees: z.number().int().optional(),
  maxEmployees: z.number().int().optional(),
});

const listRoute = createRoute({
  method: "get",
  path: "/api/scorecards",
  summary: "The scorecards in use: the default, the stored ones, and which account segments use which",
  security: bearerSecurity,
  responses: {
    200: {
      description: "Scorecards and assignments",
      content: {
        "application/json": {
          schema: z.object({ default: z.any(), stored: z.array(z.any()), assignments: z.array(Assignment) }),
        },
      },
    },
    ...errorResponses,
  },
});

const putRoute = createRoute({
  method: "put",
  path: "/api/scorecards",
  summary: "Store scorecards and their segment assignments (admin); every account is re-scored",
  description:
    "Each scorecard is validated (weights sum to 1, bands, thresholds S > A > B); an assignment names a stored scorecard and the segment (industries, regions, employee range) it applies to. The first matching assignment wins; otherwise the default scorecard applies.",
  security: bearerSecurity,
  request: {
    body: {
      content: {
        "application/json": {
          schema: z.object({ scorecards: z.array(ScorecardSchema), assignments: z.array(Assignment) }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: {
      description: "How many accounts were re-scored",
      content: { "application/json": { schema: z.object({ scorecards: z.number(), rescored: z.number() }) } },
    },
    ...errorResponses,
  },
});

export function scorecardRoutes(deps: Deps) {
  const app = createApi();
  app.openapi(listRoute, async (c) => {
    const stored = (await deps.db.select().from(scorecards)).map((r) => r.config);
    const [assign] = await deps.db.select().from(settings).where(sql`${settings.key} = 'scoring.assignments'`);
    return c.json(
      { default: defaultScorecard, stored, assignments: (assign?.value ?? []) as z.infer<typeof Assignment>[] },
      200,
    );
  });
  app.openapi(putRoute, async (c) => {
    const user = c.get("user");
    if (user.role !== "admin") throw new AppError("forbidden", "Only an admin changes scorecards.");
    const body = c.req.valid("json");
    const ids = new Set(body.scorecards.map((s) => s.id));
    const unknown = body.assignments.filter((a) => !ids.has(a.scorecardId));
    if (unknown.length)
      throw new AppError(
        "validation_failed",
        `Assignment names an unknown scorecard: ${unknown.map((a) => a.scorecardId).join(", ")}.`,
        unknown,
      );
    await deps.db.transaction(async (tx) => {
      await tx.delete(scorecards);
      if (body.scorecards.length)
        await tx.insert(scorecards).values(body.scorecards.map((s) => ({ id: s.id, name: s.name, config: s })));
      await tx
        .insert(settings)
        .values({ key: "scoring.assignments", value: body.assignments })
        .onConflictDoUpdate({ target: settings.key, set: { value: body.assignments } });
      await audit(tx, { userId: user.id, action: "scorecards.put", entity: "scorecard", details: { ids: [...ids] } });
    });
    const result = await rescoreBook(deps.db, deps.clock.now());
    invalidateDirectories();
    return c.json({ scorecards: body.scorecards.length, rescored: result.accounts }, 200);
  });
  return app;
}
