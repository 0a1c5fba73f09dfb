import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { listMatches, type MatchView, noticeQuotes } from "../src/services/tender-matches";

const Input = z.object({
  accountId: z.string().optional().describe("One account; omit for all of the user's accounts"),
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe("Only matches updated since this date"),
  limit: z.number().int().min(1).max(30).default(8).describe("How many at most"),
  about: z
    .array(z.string().min(1).max(40))
    .max(40)
    .optional()
    .describe("Words to quote each notice on (保证金, domestic): the sentences of its text that mention them"),
});

export type TenderMatchesResult = {
  total: number;
  /** Each match; with `about`, the notice's sentences on it (`quotes`, possibly empty: the notice does not say). */
  items: (MatchView & { quotes?: string[] })[];
  /** The words asked about, when any. */
  about?: string[];
};

/** Tender notices matched to the user's accounts, with the predicted opportunity and its window. */
export function createTenderMatchesTool(): ToolDef<typeof Input, TenderMatchesResult> {
  return {
    name: "tender_matches",
    description:
      "Public tender notices matched to the user's accounts: open tenders with deadlines, upcoming purchases from procurement intentions, competitor wins, predicted renewals; value, win probability and time window.",
    input: Input,
    external: true,
    run: async (args, { deps, user }) => {
      if (args.accountId && !(await findVisibleAccount(deps.db, user, args.accountId)))
        return fail("not_found", "No such account among yours.");
      const today = deps.clock.now().toISOString().slice(0, 10);
      const items = await listMatches(deps.db, user, {
        accountId: args.accountId,
        since: args.since,
        limit: 200,
        today,
      });
      // Open tenders first by deadline, then the rest by their window.
      const sorted = [...items].sort(
        (a, b) =>
          (a.deadline ?? a.predicted.window.from).localeCompare(b.deadline ?? b.predicted.window.from) ||
          a.noticeId.localeCompare(b.noticeId),
      );
      const page = sorted.slice(0, args.limit);
      if (!args.about?.length) return ok({ total: sorted.length, items: page });
      const quotes = await noticeQuotes(deps.db, page, args.about);
      return ok({
        total: sorted.length,
        items: page.map((m) => ({ ...m, quotes: quotes.get(m.tenderId) ?? [] })),
        about: args.about,
      });
    },
    cards: (r) => [
      {
        kind: "tenders",
        data: {
          items: r.items.map((m) => ({
            noticeId: m.noticeId,
            accountId: m.accountId,
            accountName: m.accountName,
            projectName: m.projectName,
            kind: m.kind,
            deadline: m.deadline,
            confidence: m.confidence,
            predicted: m.predicted,
          })),
        },
      },
    ],
  };
}
