import { createRoute, z } from "@hono/zod-openapi";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";
import { draftPlan, powerMapFor, progressOf, savePlan, visibleLatestPlan } from "../../services/plans";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses, IdParam } from "./schemas";

const LangQuery = z.object({
  lang: z.enum(["zh", "en"]).optional().openapi({ description: "Language of the texts; default: the user's" }),
});

const PowerMapSchema = z
  .object({
    contacts: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          title: z.string().nullable(),
          role: z.string().nullable(),
          influence: z.number().nullable(),
          attitude: z.string().nullable(),
          ourStrength: z.number().nullable(),
          competitor: z.string().nullable().optional(),
          competitorStrength: z.number().nullable().optional(),
        })
        .passthrough(),
    ),
    edges: z.array(z.object({ from: z.string(), to: z.string(), kind: z.literal("reports_to") })),
    analysis: z
      .object({
        coverage: z.number(),
        gaps: z.array(z.string()),
        champion: z.string().nullable().optional(),
        blockers: z.array(z.string()),
      })
      .passthrough(),
    suggestions: z.array(
      z
        .object({
          contactId: z.string(),
          action: z.string(),
          via: z.string().nullable().optional(),
          message: z.string(),
          reason: z.string(),
        })
        .passthrough(),
    ),
  })
  .passthrough()
  .openapi("PowerMap");

const PlanSchema = z
  .object({
    accountId: z.string(),
    version: z.number(),
    strategy: z.enum(["acquire", "grow", "retain", "winback", "watch"]),
    goal: z.any(),
    objectives: z.array(z.any()),
    strategies: z.array(z.any()),
    actions: z.array(
      z
        .object({ title: z.string(), owner: z.string(), due: z.string(), contactId: z.string().nullable().optional() })
        .passthrough(),
    ),
    resources: z.array(z.any()),
    kpis: z.array(z.any()),
    risks: z.array(z.any()),
    generatedAt: z.string(),
  })
  .passthrough()
  .openapi("Plan");

const powerMapRoute = createRoute({
  method: "get",
  path: "/api/accounts/{id}/power-map",
  summary: "The account's power map (权力地图), analysis and contact suggestions",
  security: bearerSecurity,
  request: { params: IdParam, query: LangQuery },
  responses: {
    200: { description: "Power map", content: { "application/json": { schema: PowerMapSchema } } },
    ...errorResponses,
  },
});

const postPlanRoute = createRoute({
  method: "post",
  path: "/api/accounts/{id}/plan",
  summary: "Generate and store a new plan version",
  security: bearerSecurity,
  request: {
    params: IdParam,
    query: LangQuery,
    body: {
      content: {
        "application/json": { schema: z.object({ horizonMonths: z.number().int().min(1).max(36).optional() }) },
      },
      required: false,
    },
  },
  responses: {
    200: {
      description: "The stored plan, with what changed since the last version",
      content: { "application/json": { schema: PlanSchema } },
    },
    ...errorResponses,
  },
});

const getPlanRoute = createRoute({
  method: "get",
  path: "/api/accounts/{id}/plan",
  summary: "The latest plan version",
  security: bearerSecurity,
  request: { params: IdParam },
  responses: {
    200: { description: "Plan", content: { "application/json": { schema: PlanSchema } } },
    ...errorResponses,
  },
});

export function planRoutes(deps: Deps) {
  const app = createApi();
  app.openapi(powerMapRoute, async (c) => {
    const user = c.get("user");
    const map = await powerMapFor(
      deps.db,
      user,
      c.req.valid("param").id,
      deps.clock.now(),
      c.req.valid("query").lang ?? user.locale,
    );
    if (!map) throw new AppError("not_found", "No such account.");
    return c.json(map, 200);
  });
  app.openapi(postPlanRoute, async (c) => {
    const user = c.get("user");
    const body = c.req.header("content-type")?.includes("json") ? c.req.valid("json") : {};
    const draft = await draftPlan(deps.db, user, c.req.valid("param").id, deps.clock.now(), {
      horizonMonths: body?.horizonMonths,
      language: c.req.valid("query").lang ?? user.locale,
    });
    if (!draft) throw new AppError("not_found", "No such account.");
    const saved = await savePlan(deps.db, user, draft, deps.clock.now());
    const progress = await progressOf(deps.db, saved.accountId, saved, deps.clock.now());
    return c.json({ ...saved, progress }, 200);
  });
  app.openapi(getPlanRoute, async (c) => {
    const plan = await visibleLatestPlan(deps.db, c.get("user"), c.req.valid("param").id);
    if (plan === undefined) throw new AppError("not_found", "No such account.");
    if (plan === null)
      throw new AppError("not_found", "This account has no plan yet: POST to this address to generate one.");
    // Plan against actual, live: its actions' fate and this year's revenue against the target.
    const progress = await progressOf(deps.db, plan.accountId, plan, deps.clock.now());
    return c.json({ ...plan, progress }, 200);
  });
  return app;
}
