import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { DEAL_ROW } from "../src/db/queries/deal-rows";
import { visibleAccounts } from "../src/db/queries/visibility";
import { accounts, opportunities, users } from "../src/db/schema";
import { STAGES } from "../src/engine/types";
import { inRegion, resolveRegion } from "./resolve-region";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const OPEN_STAGES = STAGES.filter((s) => s !== "won" && s !== "lost") as [string, ...string[]];

const Input = z.object({
  status: z.enum(["open", "won", "lost", "all"]).default("open").describe("Deals still open, won, lost, or all"),
  stages: z.array(z.enum(OPEN_STAGES)).optional().describe("Only open deals at these stages"),
  minAmount: z.number().nonnegative().optional().describe("At least this amount (CNY)"),
  maxAmount: z.number().nonnegative().optional().describe("At most this amount (CNY)"),
  from: Day.optional().describe("Expected to close (open deals) or closed (won, lost) on or after this day"),
  to: Day.optional().describe("Expected to close (open deals) or closed (won, lost) on or before this day"),
  ownerId: z.string().optional().describe("Only the accounts this rep owns (a user id), among those the user sees"),
  accountId: z.string().optional().describe("One account; omit for all of the user's accounts"),
  accountIds: z
    .array(z.string())
    .max(50)
    .optional()
    .describe("Only these accounts (a list just shown: 'which of them has the biggest deal')"),
  industry: z
    .string()
    .optional()
    .describe("Only accounts of these industry codes, e.g. hospital or university,hospital (comma-separated)"),
  region: z
    .string()
    .optional()
    .describe(
      "Only accounts in this province, city, macro-region or country, Chinese or English (湖北, Jiangsu, 华东)",
    ),
  sortBy: z.enum(["amount", "close"]).default("amount").describe("Biggest first, or soonest to close first"),
  byStage: z.boolean().optional().describe("Also add up the deals stage by stage (the pipeline by stage)"),
  limit: z.number().int().min(1).max(50).default(20),
});

export type FindDealsResult = {
  /** Deals matching, before the limit, and what they add up to. */
  total: number;
  totalAmount: number;
  /** Deals matching beyond the limit, not listed. */
  more: number;
  status: "open" | "won" | "lost" | "all";
  sortBy: "amount" | "close";
  /** Whose accounts, when one rep's were asked for. */
  ownerName: string | null;
  items: {
    opportunityId: string;
    name: string;
    accountId: string;
    accountName: string;
    stage: string;
    status: string;
    amount: number | null;
    expectedClose: string | null;
    closedAt: string | null;
    competitor: string | null;
  }[];
  /** With `byStage`: the deals matching, before the limit, stage by stage in pipeline order, with their total. */
  byStage?: { stage: string; count: number; amount: number }[];
};

/**
 * The user's deals by stage, size, close date and owner: "谈判阶段的单子按金额排", "deals over 3M", "葛俊手上有哪些单子".
 * Dates filter the expected close of open deals and the close of won or lost ones.
 */
export function createFindDealsTool(): ToolDef<typeof Input, FindDealsResult> {
  return {
    name: "find_deals",
    description:
      "List the user's deals (opportunities) filtered by status, stage, amount, close date, owner (a rep's accounts) or account; biggest first or soonest first.",
    input: Input,
    run: async (args, { deps, user }) => {
      if (args.accountId && !(await findVisibleAccount(deps.db, user, args.accountId)))
        return fail("not_found", "No such account among yours.");
      const when = args.status === "open" ? opportunities.expectedClose : opportunities.closedAt;
      const conditions: SQL[] = [visibleAccounts(user)];
      if (args.status !== "all") conditions.push(eq(opportunities.status, args.status));
      if (args.stages?.length) conditions.push(inArray(opportunities.stage, args.stages));
      if (args.minAmount != null) conditions.push(gte(opportunities.amount, args.minAmount));
      if (args.maxAmount != null) conditions.push(lte(opportunities.amount, args.maxAmount));
      if (args.from) conditions.push(gte(when, args.from));
      if (args.to) conditions.push(lte(when, args.to));
      if (args.ownerId) conditions.push(eq(accounts.ownerId, args.ownerId));
      if (args.accountId) conditions.push(eq(opportunities.accountId, args.accountId));
      if (args.accountIds?.length) conditions.push(inArray(opportunities.accountId, args.accountIds));
      const industries = (args.industry ?? "")
        .split(",")
        .map((c) => c.trim().toLowerCase())
        .filter(Boolean);
      if (industries.length) conditions.push(inArray(sql`lower(${accounts.industry})`, industries));
      const found = await deps.db
        .select({ ...DEAL_ROW, region: accounts.region })
        .from(opportunities)
        .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
        .where(and(...conditions))
        .orderBy(
          ...(args.sortBy === "close"
            ? [sql`${when} asc nulls last`, desc(opportunities.amount)]
            : [sql`${opportunities.amount} desc nulls last`, asc(when)]),
          asc(opportunities.id),
        );
      // A region said in either language ("湖北", "Hubei", 华中) is matched against the accounts' own regions.
      const region = args.region
        ? resolveRegion(
            args.region,
            found.map((r) => r.region),
          )
        : null;
      if (region && !region.ok) return fail("unknown_region", `No province or city is called "${region.asked}".`);
      const rows = found.filter((r) => !region || inRegion(r.region, region.names)).map(({ region: _, ...row }) => row);
      const owner = args.ownerId
        ? await deps.db.select({ name: users.name }).from(users).where(eq(users.id, args.ownerId))
        : [];
      return ok({
        total: rows.length,
        more: Math.max(0, rows.length - args.limit),
        totalAmount: Math.round(rows.reduce((s, r) => s + (r.amount ?? 0), 0) * 100) / 100,
        status: args.status,
        sortBy: args.sortBy,
        ownerName: owner[0]?.name ?? null,
        items: rows.slice(0, args.limit).map((r) => ({ ...r, competitor: r.competitor?.trim() || null })),
        ...(args.byStage ? { byStage: stageTotals(rows) } : {}),
      });
    },
  };
}

/** The rows' count and amount per stage, in the order deals move through the stages. */
function stageTotals(rows: { stage: string; amount: number | null }[]): FindDealsResult["byStage"] {
  const order: readonly string[] = STAGES;
  const by = new Map<string, { count: number; amount: number }>();
  for (const r of rows) {
    const t = by.get(r.stage) ?? { count: 0, amount: 0 };
    t.count += 1;
    t.amount += r.amount ?? 0;
    by.set(r.stage, t);
  }
  return [...by]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([stage, t]) => ({ stage, count: t.count, amount: Math.round(t.amount * 100) / 100 }));
}
