import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import type { AccountListItem } from "../src/db/queries/accounts";
import { listAccounts } from "../src/db/queries/accounts";
import { inRegion, resolveRegion } from "./resolve-region";

/** Figures a list can be ranked by, highest first ("战略价值最高的几家", "biggest by revenue"). */
export const SORT_FIELDS = ["strategic_value", "winnability", "annual_revenue", "wallet", "employees"] as const;
export type SortField = (typeof SORT_FIELDS)[number];

/** The account's figure a ranking is by. */
function figureOf(a: AccountListItem, field: SortField): number | null {
  switch (field) {
    case "strategic_value":
      return a.strategicValue;
    case "winnability":
      return a.winnability;
    case "annual_revenue":
      return a.annualRevenue;
    case "wallet":
      return a.walletEstimate;
    case "employees":
      return a.employees;
  }
}

const Input = z.object({
  query: z.string().max(100).optional().describe("Part of an account's name or alias, zh or en"),
  tiers: z
    .array(z.enum(["S", "A", "B", "C"]))
    .optional()
    .describe("Only these tiers (S strategic, A key, B standard, C basic)"),
  industry: z
    .string()
    .optional()
    .describe(
      "Industry code, e.g. hospital, medical_group, university; several separated by commas (finance,insurance)",
    ),
  region: z
    .string()
    .optional()
    .describe(
      "Province, city, macro-region or country, Chinese or English, e.g. 浙江, 杭州, Jiangsu, 华东, 新加坡; several separated by 、 or commas",
    ),
  limit: z.number().int().min(1).max(50).default(10).describe("How many accounts to list"),
  ownerId: z.string().optional().describe("Only the accounts this rep owns (a user id), among those the user sees"),
  sortBy: z
    .enum(SORT_FIELDS)
    .optional()
    .describe("Rank by this figure, highest first (default: the score): strategic value, winnability, revenue, wallet"),
});

export type FindAccountsResult = {
  total: number;
  /** The name searched for, said back when nothing matches ("在你的客户里没有找到“琅越座椅”"). */
  query?: string;
  items: {
    id: string;
    name: string;
    tier: string | null;
    total: number | null;
    strategy: string | null;
    industry: string | null;
    region: string | null;
    /** The figure ranked by, when a ranking was asked (`sortBy`). */
    figure?: number | null;
  }[];
  sortBy?: SortField;
};

/** Lists the user's accounts, best score first, filtered by name, tier, industry or region. */
export function createFindAccountsTool(): ToolDef<typeof Input, FindAccountsResult> {
  return {
    name: "find_accounts",
    description: "List or search the user's accounts (best score first), by name/alias, tier, industry or region.",
    input: Input,
    run: async (args, { deps, user }) => {
      const industries = args.industry
        ? new Set(
            args.industry
              .split(",")
              .map((c) => c.trim().toLowerCase())
              .filter(Boolean),
          )
        : null;
      const page = await listAccounts(deps.db, user, {
        q: args.query,
        tier: args.tiers,
        ownerId: args.ownerId,
        limit: 500,
        offset: 0,
      });
      const stored = page.items.map((a) => a.region);
      const region = args.region ? resolveRegion(args.region, stored) : null;
      if (region && !region.ok) return fail("unknown_region", `No province or city is called "${region.asked}".`);
      const sortBy = args.sortBy;
      const kept = page.items
        .filter((a) => !industries || industries.has((a.industry ?? "").toLowerCase()))
        .filter((a) => !region || inRegion(a.region, region.names));
      // Highest first; accounts without the figure last, in score order as listed.
      if (sortBy) kept.sort((a, b) => (figureOf(b, sortBy) ?? -Infinity) - (figureOf(a, sortBy) ?? -Infinity));
      const items = kept.map((a) => ({
        id: a.id,
        name: a.name,
        tier: a.tier,
        total: a.scoreTotal,
        strategy: a.strategy,
        industry: a.industry,
        region: a.region,
        ...(sortBy ? { figure: figureOf(a, sortBy) } : {}),
      }));
      return ok({
        total: items.length,
        items: items.slice(0, args.limit),
        ...(args.query ? { query: args.query } : {}),
        ...(sortBy ? { sortBy } : {}),
      });
    },
    cards: (r) => [
      {
        kind: "accounts",
        data: {
          items: r.items.map((a) => ({
            id: a.id,
            name: a.name,
            tier: a.tier as never,
            total: a.total,
            strategy: a.strategy as never,
          })),
        },
      },
    ],
  };
}
