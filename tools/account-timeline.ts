import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { localTime } from "../src/engine/myweek/local-time";
import { pageTimeline, type TimelineEvent } from "../src/engine/timeline/page-timeline";
import { visibleAccountRows } from "../src/services/book";
import { accountEvents } from "../src/services/timeline";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");
const Input = z.object({
  accountId: z.string().optional().describe("One account; omit for the user's whole book"),
  from: Day.optional().describe("First day (e.g. the 1st of this month)"),
  to: Day.optional().describe("Last day, inclusive"),
  limit: z.number().int().min(1).max(50).default(15),
});

export type AccountTimelineResult = {
  accountName: string | null;
  from: string | null;
  to: string | null;
  total: number;
  items: (TimelineEvent & { accountName: string; local: string })[];
};

/** What happened at an account (or across the book) in a period: its timeline, newest first. */
export function createAccountTimelineTool(): ToolDef<typeof Input, AccountTimelineResult> {
  return {
    name: "account_timeline",
    description:
      "What happened in a period (e.g. this month) at one account or across the book: interactions, orders, deal stage changes, plan actions, tenders, risks, tier changes, newest first.",
    input: Input,
    run: async (args, { deps, user, now }) => {
      let accounts: { id: string; name: string }[];
      if (args.accountId) {
        const a = await findVisibleAccount(deps.db, user, args.accountId);
        if (!a) return fail("not_found", "No such account among yours.");
        accounts = [{ id: a.id, name: a.name }];
      } else accounts = await visibleAccountRows(deps.db, user);
      const to = args.to ?? now.toISOString().slice(0, 10);
      const events: (TimelineEvent & { accountName: string })[] = [];
      for (const a of accounts)
        for (const e of await accountEvents(deps.db, a.id))
          events.push({ ...e, accountName: a.name, id: `${a.id}:${e.id}` });
      // Only what happened: from the start day through the end day (planned actions later than that are not events).
      const inRange = events.filter((e) => {
        const day = localTime(e.at, deps.env.TZ).slice(0, 10);
        return (!args.from || day >= args.from) && day <= to;
      });
      const page = pageTimeline(inRange, { limit: args.limit });
      return ok({
        accountName: args.accountId ? accounts[0].name : null,
        from: args.from ?? null,
        to,
        total: inRange.length,
        items: page.items.map((e) => ({
          ...(e as TimelineEvent & { accountName: string }),
          local: localTime(e.at, deps.env.TZ),
        })),
      });
    },
  };
}
