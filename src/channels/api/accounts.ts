import { createRoute, z } from "@hono/zod-openapi";
import { findVisibleAccount, getAccount360, listAccounts } from "../../db/queries/accounts";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";
import { groupRollUpFor } from "../../services/group-roll-up";
import { currentScore } from "../../services/scores";
import { bearerSecurity, createApi } from "./openapi";
import { AccountSchema, errorResponses, IdParam, ScoreSchema } from "./schemas";

const ListQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: "Matches names and aliases, zh or en" }),
  tier: z
    .string()
    .regex(/^[SABC](,[SABC])*$/, "must be S, A, B or C, comma-separated")
    .optional()
    .openapi({ example: "S,A" }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const listRoute = createRoute({
  method: "get",
  path: "/api/accounts",
  summary: "List the accounts you may see",
  security: bearerSecurity,
  request: { query: ListQuery },
  responses: {
    200: {
      description: "A page of accounts, best score first",
      content: { "application/json": { schema: z.object({ items: z.array(AccountSchema), total: z.number() }) } },
    },
    ...errorResponses,
  },
});

const GroupMemberSchema = z.union([
  AccountSchema.extend({ visible: z.literal(true) }),
  z
    .object({ name: z.string(), visible: z.literal(false) })
    .openapi({ description: "An account you may not see: its name only" }),
]);

const Account360Schema = z
  .object({
    account: AccountSchema,
    owner: z.any().nullable(),
    parent: GroupMemberSchema.nullable(),
    children: z.array(GroupMemberSchema),
    contacts: z.array(z.any()),
    recentOrders: z.array(z.any()),
    opportunities: z.array(z.any()),
    riskRecords: z.array(z.any()),
    risks: z.array(z.any()),
    score: z.any().nullable(),
    segment: z.any().nullable(),
    group: z
      .object({
        members: z.array(
          z.object({
            accountId: z.string(),
            name: z.string(),
            parentId: z.string().nullable(),
            revenue12m: z.number(),
            revenuePrev12m: z.number(),
            total: z.number().nullable(),
            tier: z.string().nullable(),
            lifecycle: z.string().nullable(),
            churnLevel: z.string().nullable(),
            revenueShare: z.number(),
          }),
        ),
        revenue12m: z.number(),
        revenuePrev12m: z.number(),
        growth: z.number().nullable(),
        total: z.number().nullable().openapi({ description: "Revenue-weighted mean of the members' own totals" }),
        lifecycles: z.record(z.string(), z.number()),
        churnLevels: z.record(z.string(), z.number()),
      })
      .nullable()
      .optional()
      .openapi({
        description:
          "For an account with descendants: the group roll-up (the account and every descendant the caller may see), each member's own figures beside the group's",
      }),
  })
  .openapi("Account360");

const getRoute = createRoute({
  method: "get",
  path: "/api/accounts/{id}",
  summary: "The 360° view of one account",
  security: bearerSecurity,
  request: { params: IdParam },
  responses: {
    200: {
      description: "Account, parent and children, contacts, recent orders, opportunities, risks, score, segment",
      content: { "application/json": { schema: Account360Schema } },
    },
    ...errorResponses,
  },
});

const scoreRoute = createRoute({
  method: "get",
  path: "/api/accounts/{id}/score",
  summary: "The account's score, with every dimension's reason",
  description:
    "Weights sum to 1; total is the weighted sum of points; tier, nine-box, quadrant and strategy; RFM; lifecycle; risks.",
  security: bearerSecurity,
  request: { params: IdParam },
  responses: {
    200: { description: "Score", content: { "application/json": { schema: ScoreSchema } } },
    ...errorResponses,
  },
});

export function accountRoutes(deps: Deps) {
  const app = createApi();
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid("query");
    const result = await listAccounts(deps.db, c.get("user"), {
      q: q.q,
      tier: q.tier?.split(","),
      limit: q.limit,
      offset: q.offset,
    });
    return c.json(result, 200);
  });
  app.openapi(getRoute, async (c) => {
    const view = await getAccount360(deps.db, c.get("user"), c.req.valid("param").id);
    if (!view) throw new AppError("not_found", "No such account.");
    const group = await groupRollUpFor(deps.db, c.get("user"), view.account.id, deps.clock.now());
    return c.json({ ...view, group }, 200);
  });
  app.openapi(scoreRoute, async (c) => {
    const id = c.req.valid("param").id;
    if (!(await findVisibleAccount(deps.db, c.get("user"), id))) throw new AppError("not_found", "No such account.");
    const score = await currentScore(deps.db, id, deps.clock.now());
    if (!score) throw new AppError("not_found", "No such account.");
    return c.json(score, 200);
  });
  return app;
}
