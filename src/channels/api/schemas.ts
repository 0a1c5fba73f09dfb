import { z } from "@hono/zod-openapi";
import { LIFECYCLES } from "../../engine/types";

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      requestId: z.string(),
      details: z.any().optional(),
    }),
  })
  .openapi("Error");

export const errorResponses = {
  401: { description: "Missing or unknown key", content: { "application/json": { schema: ErrorSchema } } },
  404: { description: "Not found (or not yours)", content: { "application/json": { schema: ErrorSchema } } },
  422: { description: "Invalid input", content: { "application/json": { schema: ErrorSchema } } },
} as const;

export const AccountSchema = z
  .object({
    id: z.string(),
    externalId: z.string().nullable(),
    name: z.string(),
    aliases: z.array(z.string()),
    parentId: z.string().nullable(),
    industry: z.string().nullable(),
    region: z.string().nullable(),
    employees: z.number().nullable(),
    annualRevenue: z.number().nullable(),
    ownerId: z.string().nullable(),
    walletEstimate: z.number().nullable(),
    strategicValue: z.number().nullable(),
    winnability: z.number().nullable(),
    target: z.number().nullable().optional(),
    tier: z.string().nullable(),
    scoreTotal: z.number().nullable(),
    strategy: z.string().nullable(),
  })
  .openapi("Account");

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: "id", in: "path" }, example: "acc-hd-group" }),
});

export const ScoreSchema = z
  .object({
    accountId: z.string(),
    total: z.number().min(0).max(100),
    tier: z.enum(["S", "A", "B", "C"]),
    scorecard: z.string(),
    breakdown: z.array(
      z.object({
        dimension: z.string(),
        weight: z.number(),
        raw: z.union([z.number(), z.string(), z.null()]),
        points: z.number(),
        reason: z.string(),
      }),
    ),
    segment: z
      .object({
        nineBox: z.string(),
        quadrant: z.string().openapi({
          description:
            "Read off the nine-box cell: high-high core, high contribution maintain, high potential potential, else develop",
        }),
        strategy: z.enum(["acquire", "grow", "retain", "winback", "watch"]),
        reason: z
          .string()
          .optional()
          .openapi({ description: "The strategy rule that fired, e.g. a winback from history" }),
        priorContribution: z.number().nullable().optional(),
      })
      .passthrough(),
    rfm: z.object({ r: z.number(), f: z.number(), m: z.number() }),
    lifecycle: z.string().openapi({
      description: `One of ${LIFECYCLES.join(", ")}; a decline stage (declining, dormant, lost) wins over tenure`,
      example: "dormant",
    }),
    lifecycleReason: z
      .object({
        code: z.string().openapi({
          description: "no_orders, tenure, lost_no_order_since, no_order_no_touch, revenue_down or touches_lapsing",
        }),
        en: z.string(),
        zh: z.string(),
        facts: z.record(z.string(), z.any()),
        tenure: z.string().openapi({ description: "The tenure stage beneath a decline code" }),
        months: z.number().nullable(),
      })
      .optional(),
    churn: z
      .object({
        score: z.number(),
        level: z.enum(["low", "medium", "high"]),
        drivers: z.array(z.string()),
        floor: z
          .object({ code: z.string(), signal: z.string(), en: z.string(), zh: z.string() })
          .nullable()
          .openapi({ description: "Why the level is above what the score gives: a high-severity signal" }),
      })
      .passthrough()
      .optional(),
    risks: z.array(z.object({ code: z.string(), severity: z.string(), reason: z.string() }).passthrough()),
  })
  .passthrough()
  .openapi("Score");

export const moreErrorResponses = {
  403: { description: "Your role may not do this", content: { "application/json": { schema: ErrorSchema } } },
  409: { description: "Conflicts with the current state", content: { "application/json": { schema: ErrorSchema } } },
} as const;

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(["rep", "manager", "admin"]),
    team: z.string().nullable(),
    managerEmail: z.string().nullable(),
    locale: z.enum(["zh", "en"]),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi("User");

export const KeyInfoSchema = z
  .object({ id: z.string(), label: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() })
  .openapi("ApiKeyInfo");
