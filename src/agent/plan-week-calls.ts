import type { Understanding } from "./offline/types";

type WeekPlan = { args: Record<string, unknown> } | { reason: "need_account" | "need_action_details" };

/** The Sunday ending the week of `today` (weeks run Monday to Sunday). */
function endOfWeek(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  const dow = d.getUTCDay();
  return new Date(d.getTime() + ((7 - dow) % 7) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The Monday-morning intents (issue 11) and what is owed as tool arguments, or a reason to ask; null for any other
 * intent. Pure: `today` is the turn's local day.
 */
export function planWeekCall(u: Understanding, today?: string): WeekPlan | null {
  const e = u.entities;
  const w = e.week ?? {};
  const accountId = e.accountIds[0];
  const day = today ?? new Date().toISOString().slice(0, 10);
  switch (u.intent) {
    // "超期最久的是哪家": the money longest past due first, as many accounts as asked for.
    case "receivables": {
      const oldest = e.receivableOldest;
      const due = oldest ? "overdue" : (e.receivableDue ?? "all");
      return {
        args: { accountId, due, limit: oldest?.limit ?? 20, ownerId: e.ownerId, ...(oldest && { sortBy: "oldest" }) },
      };
    }
    case "my_week":
      return { args: { days: w.days && w.days <= 31 ? w.days : 7, rep: w.rep } };
    case "list_actions":
      return {
        args: {
          accountId,
          overdueOnly: w.overdueOnly ?? false,
          // "这周到期" / "due this week": to the end of the range said, else of this week when a week is meant.
          dueBefore: w.overdueOnly
            ? undefined
            : (e.dateRange?.to ?? (/周|星期|week/i.test(e.dateRange?.text ?? "") ? endOfWeek(day) : undefined)),
        },
      };
    case "update_action": {
      const due = e.date ?? e.dateRange?.from;
      const which = w.position ?? e.contactIds[0] ?? w.titleHint ?? accountId;
      if (!which || (!due && !w.status)) return { reason: "need_action_details" };
      return {
        args: {
          position: w.position,
          contactId: e.contactIds[0],
          titleHint: w.titleHint,
          accountId,
          status: w.status,
          due,
        },
      };
    }
    case "last_contact":
      if (!e.contactIds[0] && !accountId) return { reason: "need_account" };
      // The person's account goes with the person: the reply and its checks name the account asked about.
      if (e.saidThen)
        return {
          args: {
            contactId: e.contactIds[0],
            accountId,
            from: e.dateRange?.from,
            to: e.dateRange?.to,
            about: e.notesAbout,
          },
        };
      return { args: { contactId: e.contactIds[0], accountId } };
    case "stale_accounts":
      return { args: { days: w.days ?? 30 } };
    case "account_timeline": {
      const to = e.dateRange?.to && e.dateRange.to < day ? e.dateRange.to : day;
      return { args: { accountId, from: e.dateRange?.from, to } };
    }
    case "attainment":
      return { args: { accountId, rep: w.rep } };
    default:
      return null;
  }
}
