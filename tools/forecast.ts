import { eq } from "drizzle-orm";
import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import type { Executor } from "../src/db/client";
import { loadOneAccountFacts } from "../src/db/queries/account-facts";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { users } from "../src/db/schema";
import { assessOpportunity } from "../src/engine/planning/assess-opportunity";
import type { Forecast, OpportunityHealth } from "../src/engine/planning/types";
import type { AccountFacts } from "../src/engine/types";
import { bookFacts, forecastFor } from "../src/services/book";

const Input = z.object({
  accountId: z.string().optional().describe("One account; omit for the user's whole book"),
  from: z
    .string()
    .optional()
    .describe("Start of the period asked about (YYYY-MM-DD): open deals expected to close in it are listed"),
  to: z.string().optional().describe("End of the period asked about (YYYY-MM-DD)"),
  ownerId: z
    .string()
    .optional()
    .describe("Only the accounts this rep owns (a user id), among those the user sees; omit for the whole book"),
});

export type ForecastResult = {
  scope: string;
  accountName: string | null;
  /** With `ownerId`: the rep whose accounts the forecast covers. */
  ownerName?: string | null;
  forecast: Forecast;
  health: (OpportunityHealth & { name: string; amount: number | null; expectedClose: string | null })[];
  /** With a period asked about: the open deals expected to close in it, biggest first. */
  closing?: {
    name: string;
    accountId: string;
    accountName: string;
    amount: number | null;
    stage: string;
    expectedClose: string;
  }[];
  /** Those deals' amounts added up, not weighted by stage ("不算概率加起来多少"). */
  closingTotal?: number;
};

/** Stage-weighted forecast for this and next quarter, the year's expected revenue, gap to target or quota. */
export function createForecastTool(): ToolDef<typeof Input, ForecastResult> {
  return {
    name: "forecast",
    description:
      "Opportunity forecast and, for one account, each open deal's health over nine dimensions: stage-weighted, committed and best case for this and next quarter, the year's expected revenue, the gap to the account's target or the rep's quota, and the conversion cycle.",
    input: Input,
    run: async (args, { deps, user, now }) => {
      let accountName: string | null = null;
      if (args.accountId) {
        const account = await findVisibleAccount(deps.db, user, args.accountId);
        if (!account) return fail("not_found", "No such account among yours.");
        accountName = account.name;
      }
      // The book is read once: for the forecast and, with a period asked about, for the deals closing in it.
      const whole = await bookFacts(deps.db, user);
      const ownerId = args.accountId ? undefined : args.ownerId;
      const book = ownerId ? whole.filter((f) => f.account.ownerId === ownerId) : whole;
      const ownerName = ownerId ? await userName(deps.db, ownerId) : null;
      // One rep's accounts of a manager's book, measured against that rep's quota.
      const forecast = await forecastFor(deps.db, user, now, args.accountId, book, ownerId);
      if (!forecast) return fail("not_found", "No such account among yours.");
      // For one account, each open deal's health over the nine dimensions, weakest first.
      const facts = args.accountId
        ? (book.find((f) => f.account.id === args.accountId) ?? (await loadOneAccountFacts(deps.db, args.accountId)))
        : null;
      const health = facts
        ? facts.opportunities
            .filter((o) => o.status === "open")
            .map((o) => ({
              ...assessOpportunity(o, facts, now.toISOString()),
              name: o.name,
              amount: o.amount,
              expectedClose: o.expectedClose,
            }))
            .sort((a, b) => a.score - b.score || a.opportunityId.localeCompare(b.opportunityId))
        : [];
      const closing = args.from && args.to ? closingIn(book, args.from, args.to, args.accountId) : undefined;
      return ok({
        scope: args.accountId ? "account" : ownerId ? "rep" : "book",
        accountName,
        ...(ownerId ? { ownerName } : {}),
        forecast,
        health,
        ...(closing ? { closing, closingTotal: closing.reduce((sum, c) => sum + (c.amount ?? 0), 0) } : {}),
      });
    },
    cards: (r) => [
      {
        kind: "table",
        title: "forecast",
        data: {
          columns: ["period", "from", "to", "open", "weighted", "committed", "bestCase", "won"],
          rows: r.forecast.periods.map((p) => [
            p.period,
            p.from,
            p.to,
            p.open,
            p.weighted,
            p.committed,
            p.bestCase,
            p.won,
          ]),
        },
      },
    ],
  };
}

async function userName(db: Executor, id: string): Promise<string | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

/** The user's open deals (of one account, or all) expected to close between two days, biggest first. */
function closingIn(book: AccountFacts[], from: string, to: string, accountId?: string) {
  const facts = book.filter((f) => !accountId || f.account.id === accountId);
  return facts
    .flatMap((f) =>
      f.opportunities
        .filter((o) => o.status === "open" && o.expectedClose && o.expectedClose >= from && o.expectedClose <= to)
        .map((o) => ({
          name: o.name,
          accountId: f.account.id,
          accountName: f.account.name,
          amount: o.amount,
          stage: o.stage,
          expectedClose: o.expectedClose as string,
        })),
    )
    .sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0) || a.name.localeCompare(b.name));
}
