import { z } from "zod";
import { day } from "../prompts/format";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { type ActionView, findVisibleAction, listActions, updateAction } from "../src/services/actions";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

const Input = z.object({
  actionId: z
    .string()
    .optional()
    .describe("The action's id (from list_actions); or identify it by position/contact/title"),
  position: z
    .number()
    .int()
    .min(1)
    .max(200)
    .optional()
    .describe("The Nth open action, soonest due first, as list_actions shows"),
  accountId: z.string().optional().describe("Narrows the search to one account"),
  contactId: z.string().optional().describe("The action concerns this contact"),
  titleHint: z.string().max(100).optional().describe("Words of the action's title, e.g. 'demo' or '拜访蒋丽'"),
  status: z.enum(["open", "done", "dropped"]).optional().describe("done = completed, dropped = no longer planned"),
  due: Day.optional().describe("The new due date (reschedule)"),
  owner: z.string().min(1).max(200).optional().describe("The new owner: a user's name, e-mail or id (reassign)"),
  /** Filled in by prepare: what the confirmation card shows. */
  label: z
    .object({ accountName: z.string(), title: z.string(), due: z.string(), contactName: z.string().nullable() })
    .optional()
    .describe("Leave empty: filled in from the data"),
});

type Args = z.infer<typeof Input>;
export type UpdateActionResult = { action: ActionView; changed: string[]; previousDue: string };

/** Completes, reschedules, reassigns or drops one plan action (after the user confirms). */
export function createUpdateActionTool(): ToolDef<typeof Input, UpdateActionResult> {
  return {
    name: "update_action",
    description:
      "Mark a plan action done, move its due date, give it to someone else, or drop it. Identify the action by id, or by its position in the open list, its contact or words of its title.",
    input: Input,
    write: true,
    prepare: async (args, { deps, user, now, language }) => {
      const zh = language === "zh";
      if (!args.status && !args.due && !args.owner)
        return fail(
          "need_change",
          zh
            ? "请说明要改什么：完成、新的日期、新的负责人，或放弃。"
            : "Say what to change: done, a new date, a new owner, or drop.",
        );
      const found = await resolveAction(args, deps.db, user, now);
      if (!found) return fail("not_found", await noMatch(args, deps.db, user, now, zh));
      return ok({
        ...args,
        actionId: found.id,
        label: { accountName: found.accountName, title: found.title, due: found.due, contactName: found.contactName },
      });
    },
    summarize: (a, lang) => summary(a, lang),
    run: async (args, { deps, user, now }) => {
      if (!args.actionId) return fail("not_found", "Which action? Give its id or position.");
      const before = await findVisibleAction(deps.db, user, args.actionId, now);
      const out = await updateAction(
        deps.db,
        user,
        args.actionId,
        { status: args.status, due: args.due, owner: args.owner },
        now,
      );
      if (!out.ok) return fail(out.code, out.message);
      return ok({ action: out.action, changed: out.changed, previousDue: before?.due ?? out.action.due });
    },
  };
}

/** Nothing matched: said with the account asked about and the to-dos open there, so the user can pick one. */
async function noMatch(
  args: Args,
  db: Parameters<typeof listActions>[0],
  user: Parameters<typeof listActions>[1],
  now: Date,
  zh: boolean,
): Promise<string> {
  const account = args.accountId ? await findVisibleAccount(db, user, args.accountId) : null;
  if (!account)
    return zh
      ? "你的待办里没有对得上的一条（还没保存的不算）；可以问“我的待办有哪些”看看。"
      : 'No open action of yours matches that (one not yet saved does not count); ask "my open actions" to see them.';
  const open = await listActions(db, user, now, { accountId: account.id, status: "open" });
  const titles = open
    .slice(0, 3)
    .map((a) => (zh ? `「${a.title}」（${day(a.due, "zh")}）` : `"${a.title}" (${day(a.due, "en")})`));
  if (zh)
    return `${account.name} 没有对得上的待办（还没保存的不算）。${titles.length ? `那里开着的待办：${titles.join("、")}。` : "那里现在没有开着的待办。"}`;
  return `No open action at ${account.name} matches that (one not yet saved does not count). ${titles.length ? `Open there: ${titles.join(", ")}.` : "It has no open actions now."}`;
}

async function resolveAction(
  args: Args,
  db: Parameters<typeof listActions>[0],
  user: Parameters<typeof listActions>[1],
  now: Date,
) {
  if (args.actionId) return findVisibleAction(db, user, args.actionId, now);
  const open = await listActions(db, user, now, { accountId: args.accountId, status: "open" });
  if (args.position) return open[args.position - 1] ?? null;
  const hint = args.titleHint?.trim().toLowerCase();
  const matches = open.filter(
    (a) =>
      (!args.contactId ||
        a.contactId === args.contactId ||
        (a.contactName !== null && a.title.includes(a.contactName))) &&
      (!hint ||
        a.title.toLowerCase().includes(hint) ||
        hintWords(hint).every((w) => a.title.toLowerCase().includes(w))),
  );
  // Several match: the soonest due is the one meant ("the visit to 蒋丽"); the card names it before anything changes.
  return args.contactId || hint ? (matches[0] ?? null) : null;
}

/** The content words of a hint: "拜访蒋丽" stays whole; "the demo" gives ["demo"]. */
function hintWords(hint: string): string[] {
  return hint.split(/[\s,，]+/).filter((w) => w.length > 1 && !/^(the|a|an|at|for|of|on|to|with)$/.test(w));
}

function summary(a: Args, lang: "zh" | "en"): string {
  const l = a.label;
  const zh = lang === "zh";
  const what = l
    ? zh
      ? `${l.accountName}的行动「${l.title}」（截止 ${day(l.due, lang)}${l.contactName ? `，联系人${l.contactName}` : ""}）`
      : `the ${l.accountName} action "${l.title}" (due ${day(l.due, lang)}${l.contactName ? `, with ${l.contactName}` : ""})`
    : zh
      ? "该行动"
      : "the action";
  const changes: string[] = [];
  if (a.status === "done") changes.push(zh ? "标记为完成" : "mark done");
  if (a.status === "dropped") changes.push(zh ? "放弃" : "drop");
  if (a.status === "open") changes.push(zh ? "重新打开" : "reopen");
  if (a.due) changes.push(zh ? `改到 ${day(a.due, lang)}` : `move to ${day(a.due, lang)}`);
  if (a.owner) changes.push(zh ? `交给${a.owner}` : `give to ${a.owner}`);
  return zh ? `把${what}${changes.join("，")}` : `${changes.join(", ")}: ${what}`.replace(/^./, (c) => c.toUpperCase());
}
