import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { listAccounts } from "../src/db/queries/accounts";
import { inRegion, resolveRegion } from "./resolve-region";

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
  }[];
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
      const items = page.items
        .filter((a) => !industries || industries.has((a.industry ?? "").toLowerCase()))
        .filter((a) => !region || inRegion(a.region, region.names))
        .map((a) => ({
          id: a.id,
          name: a.name,
          tier: a.tier,
          total: a.scoreTotal,
          strategy: a.strategy,
          industry: a.industry,
          region: a.region,
        }));
      return ok({
        total: items.length,
        items: items.slice(0, args.limit),
        ...(args.query ? { query: args.query } : {}),
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
