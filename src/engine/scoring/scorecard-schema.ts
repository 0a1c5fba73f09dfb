import { z } from "zod";

// A scorecard (评分卡, 综合积分法) is data: named dimensions, each with a weight and a rule that maps
// one raw value to 0-100 points. Stored scorecards are validated with `ScorecardSchema` before use.

/** Account attributes a static rule may read (from `Account`). */
export const SCORE_ATTRIBUTES = [
  "industry",
  "region",
  "employees",
  "annualRevenue",
  "walletEstimate",
  "strategicValue",
  "winnability",
] as const;
export type ScoreAttribute = (typeof SCORE_ATTRIBUTES)[number];

/** Metrics a dynamic rule may read (from `AccountMetrics`, see compute-metrics.ts for units). */
export const SCORE_METRICS = [
  "revenue12m",
  "revenuePrev12m",
  "growth",
  "shareOfWallet",
  "purchaseMonths",
  "orders12m",
  "recencyDays",
  "marginRate",
  "grossProfit12m",
  "onTimePaymentRate",
  "avgPaymentDelayDays",
  "relationship",
  "lastTouchDays",
] as const;
export type ScoreMetric = (typeof SCORE_METRICS)[number];

const Points = z.number().min(0).max(100);

/** One numeric band: `min <= raw < max` (either side open when absent). */
export const RangeBandSchema = z
  .object({ min: z.number().optional(), max: z.number().optional(), points: Points })
  .refine((b) => b.min === undefined || b.max === undefined || b.min < b.max, "band min must be below max");
export type RangeBand = z.infer<typeof RangeBandSchema>;

/** Categorical bands: raw value (trimmed, lower-cased) to points, so keys are written lower-case; `otherwise` for unlisted values. */
export const ValueBandsSchema = z.object({ values: z.record(z.string(), Points), otherwise: Points });
export type ValueBands = z.infer<typeof ValueBandsSchema>;

/** Numeric bands are tried in order, the first that contains the raw value wins. */
export const BandsSchema = z.union([z.array(RangeBandSchema).min(1), ValueBandsSchema]);
export type Bands = z.infer<typeof BandsSchema>;

/** `missing` is the points given when the raw value is unknown (null), stated in the reason. */
export const RuleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("attribute"), attribute: z.enum(SCORE_ATTRIBUTES), bands: BandsSchema, missing: Points }),
  z.object({ kind: z.literal("metric"), metric: z.enum(SCORE_METRICS), bands: BandsSchema, missing: Points }),
]);
export type Rule = z.infer<typeof RuleSchema>;

export const DimensionSchema = z.object({
  key: z.string().min(1),
  weight: z.number().min(0).max(1),
  rule: RuleSchema,
});
export type Dimension = z.infer<typeof DimensionSchema>;

/** Minimum total for each tier: S 战略, A 重点, B 普通; anything below B is C 基础. */
export const TierThresholdsSchema = z
  .object({ S: Points, A: Points, B: Points })
  .refine((t) => t.S > t.A && t.A > t.B, "tier thresholds must satisfy S > A > B");
export type TierThresholds = z.infer<typeof TierThresholdsSchema>;

/** Per-industry changes: other tier thresholds and/or other bands for named dimensions. */
export const IndustryOverrideSchema = z.object({
  tierThresholds: TierThresholdsSchema.optional(),
  bands: z.record(z.string(), BandsSchema).optional(),
});
export type IndustryOverride = z.infer<typeof IndustryOverrideSchema>;

/** Weights must sum to 1 within this tolerance (floating-point sums of decimals are rarely exact). */
export const WEIGHT_TOLERANCE = 1e-9;

export const ScorecardSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    dimensions: z.array(DimensionSchema).min(1),
    tierThresholds: TierThresholdsSchema,
    /** Keyed by industry, matched trimmed and lower-cased. */
    industryOverrides: z.record(z.string(), IndustryOverrideSchema).optional(),
  })
  .superRefine((card, ctx) => {
    const sum = card.dimensions.reduce((s, d) => s + d.weight, 0);
    if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
      ctx.addIssue({ code: "custom", path: ["dimensions"], message: `weights sum to ${sum}, not 1` });
    }
    const keys = new Set<string>();
    for (const d of card.dimensions) {
      if (keys.has(d.key)) ctx.addIssue({ code: "custom", path: ["dimensions"], message: `duplicate key ${d.key}` });
      keys.add(d.key);
    }
    for (const [industry, o] of Object.entries(card.industryOverrides ?? {})) {
      for (const key of Object.keys(o.bands ?? {})) {
        if (!keys.has(key)) {
          ctx.addIssue({ code: "custom", path: ["industryOverrides", industry], message: `unknown dimension ${key}` });
        }
      }
    }
  });
export type Scorecard = z.infer<typeof ScorecardSchema>;
