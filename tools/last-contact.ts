import { and, desc, eq, lte } from "drizzle-orm";
import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { contacts, interactions } from "../src/db/schema";
import { localTime } from "../src/engine/myweek/local-time";

const Input = z.object({
  contactId: z.string().optional().describe("The person asked about"),
  accountId: z.string().optional().describe("The account asked about (or the person's account)"),
  from: z
    .string()
    .date()
    .optional()
    .describe("With `to`: what was said in this period (YYYY-MM-DD), asked of the past"),
  to: z.string().date().optional(),
  about: z.array(z.string()).optional().describe("Topic words: the period's notes that mention them come first"),
});

type Touch = {
  at: string;
  kind: string;
  summary: string | null;
  /** Who the note is with, when it names one of the account's contacts. */
  contactId?: string | null;
  contactName: string | null;
  daysAgo: number;
};
export type LastContactResult = {
  accountName: string;
  contactName: string | null;
  /** The latest interaction of any kind, local time. */
  last: Touch | null;
  /** The latest visit or meeting, when different from `last`. */
  lastVisit: Touch | null;
  /** The contact's own last-contact date from the CRM, when newer than any logged interaction. */
  crmLastContactAt: string | null;
  /** Interactions logged this calendar month and the one before, local time ("这个月联系几次了 跟上个月比呢"). */
  counts: { thisMonth: number; lastMonth: number };
  /** Asked of a period ("去年冬天交代的", "back in march"): its notes, those on the topic first, at most four. */
  period?: { from: string | null; to: string | null; touches: Touch[] } | null;
};

/** When the user last contacted a person or an account, from the logged interactions. */
export function createLastContactTool(): ToolDef<typeof Input, LastContactResult> {
  return {
    name: "last_contact",
    description:
      "When was the last contact (visit, call, meeting, e-mail) with a person or an account, and what was it.",
    input: Input,
    run: async (args, { deps, user, now }) => {
      let accountId = args.accountId;
      let contact: { id: string; name: string; accountId: string; lastContactAt: string | null } | undefined;
      if (args.contactId) {
        [contact] = await deps.db
          .select({
            id: contacts.id,
            name: contacts.name,
            accountId: contacts.accountId,
            lastContactAt: contacts.lastContactAt,
          })
          .from(contacts)
          .where(eq(contacts.id, args.contactId));
        if (!contact) return fail("not_found", "No such contact among yours.");
        accountId = contact.accountId;
      }
      if (!accountId) return fail("need_account", "Whom do you mean: name a person or an account.");
      const account = await findVisibleAccount(deps.db, user, accountId);
      if (!account) return fail("not_found", "No such contact or account among yours.");
      const asked = !!(args.from || args.about?.length);
      const rows = await deps.db
        .select({
          at: interactions.occurredAt,
          kind: interactions.kind,
          summary: interactions.summary,
          contactId: interactions.contactId,
          contactName: contacts.name,
        })
        .from(interactions)
        .leftJoin(contacts, eq(contacts.id, interactions.contactId))
        .where(
          and(
            eq(interactions.accountId, accountId),
            lte(interactions.occurredAt, now.toISOString()),
            // What was said in a period or on a topic is searched in all the account's notes (the person's first):
            // a note logged without the person, or under a colleague, may be the one.
            contact && !asked ? eq(interactions.contactId, contact.id) : undefined,
          ),
        )
        .orderBy(desc(interactions.occurredAt), desc(interactions.id))
        .limit(200);
      const tz = deps.env.TZ;
      const touch = (r: (typeof rows)[number] | undefined): Touch | null =>
        r
          ? {
              at: localTime(r.at, tz),
              kind: r.kind,
              summary: r.summary,
              contactId: r.contactId,
              contactName: r.contactName,
              // Calendar days in the user's time zone: Nov 16 is 6 days before Nov 22, whatever the hours.
              daysAgo: calendarDaysBetween(localTime(r.at, tz), localTime(now.toISOString(), tz)),
            }
          : null;
      const theirs = (r: (typeof rows)[number]) => !contact || r.contactId === contact.id;
      const mine = rows.filter(theirs);
      const visit = mine.find((r) => r.kind === "visit" || r.kind === "meeting");
      const crm =
        contact?.lastContactAt && (!mine[0] || contact.lastContactAt > mine[0].at.slice(0, 10))
          ? contact.lastContactAt
          : null;
      const month = localTime(now.toISOString(), tz).slice(0, 7);
      const before = previousMonth(month);
      const inMonth = (m: string) => mine.filter((r) => localTime(r.at, tz).slice(0, 7) === m).length;
      const within = (r: (typeof rows)[number]) =>
        !!args.from &&
        !!args.to &&
        localTime(r.at, tz).slice(0, 10) >= args.from &&
        localTime(r.at, tz) <= `${args.to}~`;
      const topical = (r: (typeof rows)[number]) =>
        (args.about ?? []).some((w) => r.summary?.toLowerCase().includes(w.toLowerCase()));
      // The person's notes first, then the rest of the account's.
      const inPeriod = [...rows.filter((r) => within(r) && theirs(r)), ...rows.filter((r) => within(r) && !theirs(r))];
      // Asked of a topic with no period ("他以前对咱们有啥不满意的"): the notes on it, whenever they were written.
      const onTopic =
        !args.from && args.about?.length ? [...mine, ...rows.filter((r) => !theirs(r))].filter(topical) : [];
      const period =
        args.from && args.to
          ? {
              from: args.from,
              to: args.to,
              // Nothing on the topic inside the period: the note on it nearest the period comes first ("上周" said
              // of a note ten days old).
              touches: [
                ...(inPeriod.some(topical)
                  ? inPeriod.filter(topical)
                  : nearest(rows.filter(topical), args.from, args.to)),
                ...inPeriod.filter((r) => !topical(r)),
              ]
                .slice(0, 4)
                .map((r) => touch(r) as Touch),
            }
          : onTopic.length > 0
            ? { from: null, to: null, touches: onTopic.slice(0, 4).map((r) => touch(r) as Touch) }
            : null;
      return ok({
        accountName: account.name,
        contactName: contact?.name ?? null,
        period,
        last: touch(mine[0]),
        lastVisit: visit && visit !== mine[0] ? touch(visit) : null,
        crmLastContactAt: crm,
        counts: { thisMonth: inMonth(month), lastMonth: inMonth(before) },
      });
    },
  };
}

/** The one row dated nearest the period from..to (none when there are none). */
function nearest<T extends { at: string }>(rows: T[], from: string, to: string): T[] {
  const gap = (r: T) => {
    const d = r.at.slice(0, 10);
    return d < from ? Date.parse(from) - Date.parse(d) : Date.parse(d) - Date.parse(to);
  };
  return rows.length ? [rows.reduce((a, b) => (gap(b) < gap(a) ? b : a))] : [];
}

/** The month before "2026-01": "2025-12". */
function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** Whole calendar days from one local date-time to another ("2026-11-16T11:00" to "2026-11-22T09:00" is 6). */
function calendarDaysBetween(from: string, to: string): number {
  const day = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}
