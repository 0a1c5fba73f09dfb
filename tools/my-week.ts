import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import type { MyWeekItem } from "../src/engine/myweek/types";
import { findVisibleRep, myWeekFor } from "../src/services/my-week";

const Input = z.object({
  days: z.number().int().min(1).max(31).default(7).describe("How many days ahead (7 = this week)"),
  rep: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe("A rep of the manager's team (name, e-mail or id) to see that rep's book; omit for your own"),
});

export type MyWeekResult = {
  days: number;
  repName: string | null;
  total: number;
  items: MyWeekItem[];
  /** Per rep (manager/admin): name and item count. */
  reps: { name: string; items: number }[];
};

/** My week: the ranked to-do across the user's book (or one rep's), each with its reason and due date. */
export function createMyWeekTool(): ToolDef<typeof Input, MyWeekResult> {
  return {
    name: "my_week",
    description:
      "What to do this week across the book, ranked by tier × urgency × value: cadence touchpoints overdue, plan actions due, deals closing or stalled, tender deadlines, predicted purchases, overdue receivables, churn-risk rises. For a manager, `rep` picks one rep's book.",
    input: Input,
    run: async ({ days, rep }, { deps, user, now }) => {
      const who = rep ? await findVisibleRep(deps.db, user, rep) : null;
      if (rep && !who) return fail("not_found", `No rep "${rep}" among those you may see.`);
      const week = await myWeekFor(deps.db, user, now, { days, rep: who });
      return ok({
        days,
        repName: who?.name ?? null,
        total: week.items.length,
        items: week.items.slice(0, 10),
        reps: (week.byRep ?? []).map((g) => ({ name: g.rep.name, items: g.items.length })),
      });
    },
    cards: (r) => [
      {
        kind: "table",
        title: "myWeek",
        data: {
          // The reason in both languages; a channel shows the reader's (prompts/table-words.ts).
          columns: ["account", "due", "kind", "reason:zh", "reason:en", "priority"],
          rows: r.items.map((i) => [i.accountName, i.due, i.kind, i.text.zh, i.text.en, i.priority]),
        },
      },
    ],
  };
}
