import { and, asc, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import { z } from "zod";
import { competitorSaid } from "../src/agent/offline/competitor-said";
import { ok, type ToolDef } from "../src/agent/tool-types";
import type { Db } from "../src/db/client";
import { DEAL_ROW } from "../src/db/queries/deal-rows";
import type { User } from "../src/db/queries/users";
import { visibleAccounts } from "../src/db/queries/visibility";
import { accounts, competitors, opportunities } from "../src/db/schema";

const Input = z.object({
  competitor: z.string().optional().describe("A competitor's name or alias; omit for every competitor named on a deal"),
  status: z.enum(["open", "lost", "won", "all"]).default("open").describe("Deals still open, lost, won, or all"),
  accountId: z.string().optional().describe("One account; omit for the user's whole book"),
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe("Closed (lost or won) on or after this day"),
  limit: z.number().int().min(1).max(50).default(20),
});

export type CompetitorDealsResult = {
  /** The competitor asked about, by its name ("谱瑞仪器" for "谱瑞"); null for every competitor. */
  competitor: string | null;
  status: "open" | "lost" | "won" | "all";
  total: number;
  /** What the deals matching add up to (before the limit), in CNY: "一共多少" next is read from it. */
  amount: number;
  items: {
    opportunityId: string;
    name: string;
    accountId: string;
    accountName: string;
    competitor: string;
    status: "open" | "won" | "lost";
    stage: string;
    amount: number | null;
    expectedClose: string | null;
    closedAt: string | null;
  }[];
  /**
   * With the open deals of one named rival: the deals lost to it in the year to today, biggest first ("在跟我们抢哪些单"
   * is asked of a rival that has already taken some).
   */
  recentlyLost?: CompetitorDealsResult["items"];
};

/** Deals on the user's accounts where a competitor is in play: "谱瑞在跟我们抢哪些单", "今年输给汇测的单子". */
export function createCompetitorDealsTool(): ToolDef<typeof Input, CompetitorDealsResult> {
  return {
    name: "competitor_deals",
    description:
      "Deals on the user's accounts where a competitor is named: the ones a competitor is fighting us for (open), lost to it, or won against it; biggest first.",
    input: Input,
    run: async (args, { deps, user, now }) => {
      const said = args.competitor?.trim();
      const all = said
        ? await deps.db.select({ name: competitors.name, aliases: competitors.aliases }).from(competitors)
        : [];
      // The same reading as the chat's: a name, an alias or the name without its trade word (谱瑞 for 谱瑞仪器).
      const recorded = said ? competitorSaid(said, all) : undefined;
      const named = all.find((c) => c.name === recorded) ?? null;
      // A rival nobody recorded: its deals are those whose competitor is written as asked.
      const names = named ? [named.name, ...named.aliases] : said ? [said] : [];
      const conditions = [visibleAccounts(user), isNotNull(opportunities.competitor)];
      if (names.length) conditions.push(inArray(opportunities.competitor, names));
      if (args.status !== "all") conditions.push(eq(opportunities.status, args.status));
      if (args.accountId) conditions.push(eq(opportunities.accountId, args.accountId));
      if (args.since && args.status !== "open") conditions.push(gte(opportunities.closedAt, args.since));
      const rows = await deps.db
        .select(DEAL_ROW)
        .from(opportunities)
        .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
        .where(and(...conditions))
        .orderBy(sql`${opportunities.amount} desc nulls last`, asc(opportunities.id));
      const items = rows.filter((r) => r.competitor?.trim()).map((r) => ({ ...r, competitor: r.competitor as string }));
      const recentlyLost =
        args.status === "open" && names.length
          ? await lostInYear(deps.db, user, names, now, args.accountId)
          : undefined;
      return ok({
        competitor: named?.name ?? (said || null),
        status: args.status,
        total: items.length,
        amount: items.reduce((sum, d) => sum + (d.amount ?? 0), 0),
        items: items.slice(0, args.limit),
        ...(recentlyLost?.length ? { recentlyLost } : {}),
      });
    },
  };
}

/** The user's deals lost to a rival (by any of its names) in the year to `now`, biggest first. */
async function lostInYear(
  db: Db,
  user: User,
  names: string[],
  now: Date,
  accountId: string | undefined,
): Promise<CompetitorDealsResult["items"]> {
  const since = new Date(now.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
  const conditions = [
    visibleAccounts(user),
    inArray(opportunities.competitor, names),
    eq(opportunities.status, "lost"),
    gte(opportunities.closedAt, since),
  ];
  if (accountId) conditions.push(eq(opportunities.accountId, accountId));
  const rows = await db
    .select(DEAL_ROW)
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .where(and(...conditions))
    .orderBy(sql`${opportunities.amount} desc nulls last`, asc(opportunities.id))
    .limit(5);
  return rows.map((r) => ({ ...r, competitor: r.competitor ?? "", status: "lost" as const }));
}
