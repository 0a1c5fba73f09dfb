import type { Intent } from "./intents";
import { NOT_DUE_SAID, OVERDUE } from "./revise-intent";
import type { ConversationContext, Entities } from "./types";

/**
 * "那还没到期的呢 最大那笔是谁的" right after the receivables: the same list, of the dues said (biggest first); sets
 * them and says whether the message is that.
 */
export function dueAfterReceivables(
  intent: Intent,
  e: Entities,
  masked: string,
  mentionedIds: string[],
  context?: ConversationContext,
): boolean {
  if (context?.lastIntent !== "receivables" || mentionedIds.length > 0) return false;
  if (!["find_deals", "help", "forecast"].includes(intent)) return false;
  if (!NOT_DUE_SAID.test(masked) && !OVERDUE.test(masked)) return false;
  e.receivableDue = NOT_DUE_SAID.test(masked) ? "not_due" : "overdue";
  e.accountIds = [];
  return true;
}
