import { z } from "zod";
import { ok, type ToolDef } from "../src/agent/tool-types";
import { fromDayNumber } from "../src/engine/scoring/day-numbers";
import { settleAll } from "../src/request-context";
import { bookFacts, metricsOf, visibleAccountRows } from "../src/services/book";

const Input = z.object({
  days: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(30)
    .describe("Not contacted in at least this many days (a month = 30)"),
});

export type StaleAccountsResult = {
  days: number;
  total: number;
  items: {
    accountId: string;
    name: string;
    tier: string | null;
    lastTouchAt: string | null;
    daysSince: number | null;
  }[];
};

/** Accounts with no interaction or contact touch in the last N days (never touched ones included), longest first. */
export function createStaleAccountsTool(): ToolDef<typeof Input, StaleAccountsResult> {
  return {
    name: "stale_accounts",
    description:
      "Which of the user's accounts have not been contacted (visit, call, meeting, e-mail) in the last N days.",
    input: Input,
    run: async ({ days }, { deps, user, now }) => {
      const [facts, rows] = await settleAll([bookFacts(deps.db, user), visibleAccountRows(deps.db, user)]);
      const tiers = new Map(rows.map((r) => [r.id, r.tier]));
      const items = facts
        .map((f) => {
          const m = metricsOf(f, now);
          return {
            accountId: f.account.id,
            name: f.account.name,
            tier: tiers.get(f.account.id) ?? null,
            lastTouchAt: m.lastTouchDays === null ? null : fromDayNumber(m.nowDay - m.lastTouchDays),
            daysSince: m.lastTouchDays,
          };
        })
        .filter((a) => a.daysSince === null || a.daysSince >= days)
        .sort(
          (a, b) => (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || a.accountId.localeCompare(b.accountId),
        );
      return ok({ days, total: items.length, items });
    },
    cards: (r) => [
      {
        kind: "table",
        title: "staleAccounts",
        data: {
          columns: ["account", "tier", "lastTouchAt", "days"],
          rows: r.items.map((a) => [a.name, a.tier, a.lastTouchAt, a.daysSince]),
        },
      },
    ],
  };
}
