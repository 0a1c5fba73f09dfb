import type { Understanding } from "./offline/types";
import { aheadOf } from "./plan-ahead";
import { type Book, type NoToolReason, swap, unknownAccount, whichListed, whichPerson } from "./plan-asks";
import { planDealCall } from "./plan-deal-call";
import { groupViews, rollUpSaid } from "./plan-group";
import { groupSharedOf, offerGroupMembers, topOfStaleList, withSecondQuestion } from "./plan-offers";
import { planWeekCall } from "./plan-week-calls";
import type { Ask, PlannedCall } from "./state";

export type { Book, NoToolReason } from "./plan-asks";

/** Intents that never concern one named account: a name in them is not looked up. */
const NO_ACCOUNT: readonly string[] = [
  "out_of_scope",
  "forbidden",
  "parse_notice",
  "portfolio_kpis",
  "briefing_preview",
];
/** Week calls about the user's whole week, not one account. */
const WHOLE_WEEK: readonly string[] = ["my_week", "attainment"];
const WRITES: readonly string[] = ["add_action", "log_interaction", "save_plan", "update_opportunity"];

const ACCOUNT_TOOLS = new Set([
  "account_overview",
  "explain_score",
  "power_map",
  "generate_plan",
  "show_plan",
  "save_plan",
  "add_action",
  "log_interaction",
  "update_opportunity",
]);

/**
 * Turns the offline understanding into tool calls (the same tools the model would call), or a reason to answer
 * without one. Pure: the ids are derived from the turn, so replays give the same calls.
 */
export function planOfflineCalls(
  u: Understanding,
  turnId: string,
  today?: string,
  book: Book = { accounts: [], contacts: [] },
): { calls: PlannedCall[]; reason?: NoToolReason; ask?: Ask } {
  const shared = groupSharedOf(u);
  // "给龙钢加个待办": a write to short words a group and its members share asks which one first.
  if (shared && WRITES.includes(u.intent))
    return planCalls({ ...u, entities: { ...u.entities, ambiguousAccount: shared } }, turnId, today, book);
  return offerGroupMembers(u, withSecondQuestion(u, planCalls(u, turnId, today, book), turnId), book);
}

function planCalls(
  u: Understanding,
  turnId: string,
  today: string | undefined,
  book: Book,
): { calls: PlannedCall[]; reason?: NoToolReason; ask?: Ask } {
  const e = u.entities;
  const call = (args: Record<string, unknown>, name: string = u.intent): { calls: PlannedCall[] } => ({
    calls: [{ id: `${turnId}-0`, name, args: dropUndefined(args) }],
  });
  if (u.intent === "out_of_scope" || u.intent === "forbidden") return { calls: [], reason: u.intent };
  if (u.intent === "help" && !e.unresolvedNames?.length) return { calls: [], reason: u.intent };
  // "唐总最近联系过吗" with two 唐总 at two accounts: which one, before any person-scoped week call is planned.
  // "松花江粮库王主任最近联系过没" with 松花江粮库 none of the user's: the name is said back, not the 王主任 elsewhere.
  if (u.intent === "last_contact" && e.ambiguousPerson && !e.accountIds[0] && !e.unresolvedNames?.length)
    return whichPerson(u, book);
  const accountName = (id?: string) => book.accounts.find((a) => a.id === id)?.name;
  // A name that is none of the user's accounts is said plainly, with the closest ones; never swapped for another.
  // Before the week calls too ("伏牛检测的韩振最近联系过没"), except the week as a whole, which names no account.
  if (e.unresolvedNames?.length && !NO_ACCOUNT.includes(u.intent) && !WHOLE_WEEK.includes(u.intent))
    return unknownAccount(u, e.unresolvedNames[0], book);
  // Two accounts the words fit (湖州医院, 山东那家): which one, before any call, week calls included.
  if (e.ambiguousAccount && !NO_ACCOUNT.includes(u.intent)) {
    const { text, accountIds } = e.ambiguousAccount;
    const options = accountIds.slice(0, 4).flatMap((id) => {
      const name = accountName(id);
      return name ? [{ label: name, message: swap(book.message, text, name) }] : [];
    });
    return {
      calls: [],
      reason: "ambiguous_account",
      ask: { reason: "ambiguous_account", name: text, intent: u.intent, options },
    };
  }
  // Last contact or the timeline of a name that is no account and no person: said back as not found, like the others.
  if (
    (u.intent === "last_contact" || u.intent === "account_timeline") &&
    e.unresolvedAccountText !== undefined &&
    e.contactIds.length === 0 &&
    e.accountIds.length === 0
  )
    return unknownAccount(u, e.unresolvedAccountText, book);
  // "发完了 那个待办直接标完成吧" right after a to-do was proposed and not yet saved: it is saved as done.
  const proposed = book.unconfirmed;
  if (
    u.intent === "update_action" &&
    e.week?.status === "done" &&
    proposed?.tool === "add_action" &&
    (e.accountIds.length === 0 || e.accountIds[0] === proposed.args.accountId)
  )
    return call({ ...proposed.args, done: true }, "add_action");
  const week = planWeekCall(u, today);
  if (week && "reason" in week && week.reason === "need_account")
    return topOfStaleList(u, book, today, call) ?? whichListed(u, book) ?? { calls: [], reason: week.reason };
  if (week) return "reason" in week ? { calls: [], reason: week.reason } : call(week.args);
  const contactName = (id?: string) => book.contacts.find((c) => c.id === id)?.name;
  const accountId = e.accountIds[0];
  if (e.ambiguousPerson && (!accountId || e.ambiguousPerson.guessed) && !NO_ACCOUNT.includes(u.intent))
    return whichPerson(u, book);
  if (e.contactElsewhere && (WRITES.includes(u.intent) || u.intent === "power_map")) {
    const { contactId, accountId: theirs } = e.contactElsewhere;
    const person = contactName(contactId) ?? "";
    const other = accountName(theirs) ?? "";
    const said = e.accountMentions[0]?.text ?? "";
    const zh = u.language === "zh";
    const options = [
      { label: zh ? `${other}（${person}）` : `${other} (${person})`, message: swap(book.message, said, other) },
      {
        label: zh ? `${accountName(accountId)}（不关联${person}）` : `${accountName(accountId)} (without ${person})`,
        message: (book.message ?? "").replace(person, "").replace(/\s+/g, " ").trim(),
      },
    ];
    return {
      calls: [],
      reason: "contact_elsewhere",
      ask: {
        reason: "contact_elsewhere",
        person: contactName(contactId),
        accountName: accountName(accountId),
        otherAccountName: accountName(theirs),
        intent: u.intent,
        options: u.intent === "power_map" ? options.slice(0, 1) : options,
      },
    };
  }
  if (
    e.unresolvedPeople?.length &&
    e.contactIds.length === 0 &&
    (WRITES.includes(u.intent) || u.intent === "power_map" || !accountId)
  ) {
    return {
      calls: [],
      reason: "unknown_person",
      ask: {
        reason: "unknown_person",
        person: e.unresolvedPeople[0],
        accountName: accountName(accountId),
        intent: u.intent,
        options: accountId
          ? [
              {
                label:
                  u.language === "zh"
                    ? `${accountName(accountId)}的权力地图`
                    : `Power map of ${accountName(accountId)}`,
                message:
                  u.language === "zh"
                    ? `${accountName(accountId)}的权力地图`
                    : `power map of ${accountName(accountId)}`,
              },
            ]
          : [],
      },
    };
  }
  if (ACCOUNT_TOOLS.has(u.intent) && !accountId) {
    if (!e.unresolvedAccountText) return whichListed(u, book) ?? { calls: [], reason: "need_account" };
    return unknownAccount(u, e.unresolvedAccountText, book);
  }
  switch (u.intent) {
    case "find_accounts":
      return call({
        query: e.unresolvedAccountText,
        tiers: e.tier,
        industry: e.industry,
        region: e.region,
        ownerId: e.ownerId,
        sortBy: e.sortBy,
      });
    case "compare_accounts":
      return e.accountIds.length >= 2
        ? call({ accountIds: e.accountIds.slice(0, 4) })
        : { calls: [], reason: "need_account" };
    case "at_risk_accounts":
      // One named account's risks are in its 360° view (with the reasons); the list is for the whole book.
      // A list of one signal ("逾期没回款的客户有哪些") shows every account with it, not the first ten.
      // With its subsidiaries ("连子公司一起算", "including subsidiaries"): the group's roll-up, which sums what they owe.
      if (accountId && rollUpSaid(book)) return call({ accountId }, "group_overview");
      if (accountId) return call({ accountId, focus: "risks" }, "account_overview");
      return call({ ...(e.risk ? { risk: e.risk, limit: 30 } : {}), ...(e.ownerId ? { ownerId: e.ownerId } : {}) });
    case "forecast": {
      // A forecast looks ahead: "Q1", "3月" said in late November, with no year, is next year's, not the one gone.
      const range = e.dateRange && today ? aheadOf(e.dateRange, today) : e.dateRange;
      return call({ accountId, from: range?.from, to: range?.to, ownerId: accountId ? undefined : e.ownerId });
    }
    case "find_deals": {
      const f = e.dealList ?? {};
      // One account's deals with nothing to filter them by ("X有哪些项目", "opportunities at X"): its overview lists
      // them, with what else is going on there.
      const filtered = f.stages?.length || f.minAmount != null || f.maxAmount != null || f.status || e.dateRange;
      if (accountId && !filtered) return call({ accountId }, "account_overview");
      const status = f.status ?? "open";
      // An open deal's close date lies ahead: "1月" said in late November is next January's.
      const range = e.dateRange && today && status === "open" ? aheadOf(e.dateRange, today) : e.dateRange;
      return call({
        status,
        stages: status === "open" ? f.stages : undefined,
        minAmount: f.minAmount,
        maxAmount: f.maxAmount,
        from: range?.from,
        to: range?.to,
        ownerId: accountId ? undefined : e.ownerId,
        accountId,
        industry: accountId ? undefined : e.industry,
        region: accountId ? undefined : e.region,
        sortBy: f.sortBy ?? "amount",
        ...(f.byStage ? { byStage: true } : {}),
        ...(f.limit ? { limit: f.limit } : {}),
        ...(f.accountIds?.length && !accountId ? { accountIds: f.accountIds } : {}),
      });
    }
    case "competitor_deals":
      return call({
        competitor: e.competitor,
        status: e.competitorStatus ?? "open",
        accountId,
        since: e.competitorStatus && e.competitorStatus !== "open" ? e.dateRange?.from : undefined,
      });
    case "tender_matches":
      // "下个月的招标" asks what is coming, not for matches updated since a future day.
      return call({
        accountId,
        since: e.dateRange && (!today || e.dateRange.from <= today) ? e.dateRange.from : undefined,
        about: e.noticeAbout,
      });
    case "parse_notice":
      return e.noticeText ? call({ text: e.noticeText }) : { calls: [], reason: "help" };
    case "portfolio_kpis":
      // "清源集团整体情况汇总一下": the figures of one named group as a whole, not the whole book's.
      if (accountId && groupViews(book, accountId, e.notesAbout) === "group")
        return call({ accountId }, "group_overview");
      return call({});
    case "briefing_preview":
      return call({});
    case "generate_plan":
      return call({ accountId, horizonMonths: e.horizonMonths ?? 12 });
    case "save_plan":
      return call({ accountId, horizonMonths: e.horizonMonths });
    case "add_action":
      // An action needs what and by when: without a day, ask rather than propose a write that cannot run.
      if (!e.actionTitle || !(e.date ?? e.dateRange?.from)) return { calls: [], reason: "need_action_details" };
      return call({ accountId, title: e.actionTitle, due: e.date ?? e.dateRange?.from, contactId: e.contactIds[0] });
    case "log_interaction":
      return call({
        accountId,
        kind: e.interactionKind ?? "visit",
        // Said in the confirm card: "today" is a day too.
        date: e.date ?? today,
        summary: e.summary ?? u.entities.actionTitle ?? "",
        contactId: e.contactIds[0],
      });
    case "update_opportunity": {
      const deal = planDealCall(u);
      return "reason" in deal ? { calls: [], reason: deal.reason } : call(deal.args);
    }
    case "power_map":
      return call({ accountId, contactId: e.contactIds[0], ...(e.bossOf ? { bossOf: e.bossOf.contactId } : {}) });
    case "account_overview":
      switch (groupViews(book, accountId, e.notesAbout)) {
        case "group":
          return call({ accountId }, "group_overview");
        case "both":
          return {
            calls: [
              { id: `${turnId}-0`, name: "account_overview", args: { accountId } },
              { id: `${turnId}-1`, name: "group_overview", args: { accountId } },
            ],
          };
      }
      return call({
        accountId,
        about: e.notesAbout,
        ...(e.ordersAsked ? { orders: { from: e.dateRange?.from, to: e.dateRange?.to } } : {}),
      });
    default:
      return call({ accountId });
  }
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}
