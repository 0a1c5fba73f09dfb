import type { Understanding } from "./offline/types";
import { ONE_ACCOUNT_READS } from "./offline/understand-message";
import { type Book, listedOptions, type NoToolReason, swap } from "./plan-asks";
import { planWeekCall } from "./plan-week-calls";
import type { Ask, PlannedCall } from "./state";

// What a planned answer adds beside its first reading: a second question about the same account answered too, and
// the other readings it may have meant offered to pick (a group's members, the rest of a list).

type Planned = { calls: PlannedCall[]; reason?: NoToolReason; ask?: Ask };

/** Reads about one account that a group's short name may mean its member for: the member can be picked after. */
const NARROWED: readonly string[] = [
  "account_overview",
  "power_map",
  "explain_score",
  "account_timeline",
  "last_contact",
  "portfolio_kpis",
];
/** The group itself asked for: 集团, 旗下, 汇总, "the whole group". */
const GROUP_ASKED = /集团|旗下|下属|下面的|汇总|合计|\bgroup\b|\bwhole\b|\ball of them\b|\bsubsidiar/i;

/**
 * The group read from short words its members share (龙钢), while the message says nothing that picks a member (a
 * person there: 李春兰 at 梅县医院).
 */
export function groupSharedOf(u: Understanding): { text: string; accountIds: string[] } | undefined {
  const shared = u.entities.groupShared;
  return shared?.accountIds[0] === u.entities.accountIds[0] && u.entities.contactIds.length === 0 ? shared : undefined;
}

/** "龙钢最近怎么样": the group is answered, and its members the words fit too are offered to narrow down. */
export function offerGroupMembers(u: Understanding, planned: Planned, book: Book): Planned {
  const shared = groupSharedOf(u);
  if (!shared || planned.ask || planned.calls.length === 0 || !NARROWED.includes(u.intent)) return planned;
  // "金枫集团及其下属…汇总": the group asked for as a whole needs no narrowing; "金枫物业整体情况" may mean a member.
  if (planned.calls.every((c) => c.name === "group_overview") && GROUP_ASKED.test(book.message ?? "")) return planned;
  const options = shared.accountIds.flatMap((id) => {
    const name = book.accounts.find((a) => a.id === id)?.name;
    return name ? [{ label: name, message: swap(book.message, shared.text, name) }] : [];
  });
  return { ...planned, ask: { reason: "narrow_group", name: shared.text, intent: u.intent, options } };
}

/** The second question about the same account, asked after the first's call (its own tool, the same account). */
export function withSecondQuestion(u: Understanding, planned: Planned, turnId: string): Planned {
  const also = u.entities.alsoAsked;
  const first = planned.calls[0];
  const accountId = first?.args.accountId;
  if (!also || planned.ask || planned.calls.length !== 1 || typeof accountId !== "string") return planned;
  if (!(ONE_ACCOUNT_READS as readonly string[]).includes(first.name)) return planned;
  const contactId = also === "last_contact" && first.name === "power_map" ? first.args.contactId : undefined;
  const args = contactId ? { accountId, contactId } : { accountId };
  return { ...planned, calls: [...planned.calls, { id: `${turnId}-1`, name: also, args }] };
}

/**
 * "它最后一次联系是啥时候" right after the accounts longest without contact: the first of that list (the one the
 * question most likely means), with the others offered to pick instead; after a list of one, that one.
 */
export function topOfStaleList(
  u: Understanding,
  book: Book,
  today: string | undefined,
  call: (args: Record<string, unknown>) => { calls: PlannedCall[] },
): { calls: PlannedCall[]; ask?: Ask } | null {
  const options = listedOptions(book);
  const only = options.length === 1;
  if (!only && (book.lastIntent !== "stale_accounts" || options.length < 2)) return null;
  const first = book.lastListIds?.[0];
  const week = planWeekCall({ ...u, entities: { ...u.entities, accountIds: [first ?? ""] } }, today);
  if (!first || !week || "reason" in week) return null;
  if (only) return call(week.args);
  return {
    ...call(week.args),
    ask: { reason: "top_of_list", name: options[0].label, intent: u.intent, options: options.slice(1) },
  };
}
