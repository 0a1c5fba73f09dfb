import type { ConversationContext, Understanding } from "./types";

/** Turns that carry no topic: the next follow-up still refers to the turn before them. */
const NO_TOPIC = new Set(["help", "out_of_scope", "forbidden", "parse_notice"]);

/** Lists of deals whose period and filters a follow-up about another rep or account keeps ("葛俊的呢"). */
const DEAL_ASKS = new Set(["forecast", "find_deals"]);

/** Lists over the user's whole book (or a rep's), when asked of no account. */
const BOOK_LISTS = new Set(["tender_matches", "at_risk_accounts", "stale_accounts", "receivables", "competitor_deals"]);

/** The context for the next turn: the accounts and intent just discussed, and the language in use. */
export function updateContext(
  context: ConversationContext | undefined,
  understanding: Understanding,
): ConversationContext {
  const previous = context ?? { lastAccountIds: [] };
  const noTopic = NO_TOPIC.has(understanding.intent);
  const e = understanding.entities;
  // A turn that asked which account or person was meant set no topic: its guess is not talked about next.
  const asked = !!e.ambiguousAccount || !!e.ambiguousPerson?.guessed;
  // The boss asked for at another account: the talk stays at the person's account, the boss is the person now.
  const ids = asked ? [] : e.bossOf ? [e.bossOf.accountId] : e.accountIds;
  const contacts = asked ? [] : e.contactIds;
  // A list over the whole book (its tenders, its late payers) is the topic now: "保证金多少" next is about a listed
  // tender, never the account talked about two turns before.
  const bookList = BOOK_LISTS.has(understanding.intent) && ids.length === 0 && !asked;
  const before = previous.lastAccountIds;
  const movedOn = !noTopic && ids.length === 1 && before.length === 1 && ids[0] !== before[0];
  const stayed = noTopic || ids.length === 0 || (ids.length === 1 && ids[0] === before[0]);
  return {
    ...previous,
    lastAccountIds: !noTopic && ids.length > 0 ? [...ids] : bookList ? [] : [...previous.lastAccountIds],
    pairIds: !noTopic && ids.length === 2 ? [...ids] : previous.pairIds,
    // Moved from one account to another: the first is "刚才那家" while the talk stays on the second.
    earlierAccountIds: movedOn ? [...previous.lastAccountIds] : stayed ? previous.earlierAccountIds : undefined,
    lastIntent: noTopic ? previous.lastIntent : understanding.intent,
    language: understanding.language,
    // A new account without a person drops the old person: 他 then means someone at the new account.
    lastContactIds: contacts.length > 0 ? [...contacts] : ids.length > 0 ? [] : (previous.lastContactIds ?? []),
    lastRisk: noTopic ? previous.lastRisk : understanding.intent === "at_risk_accounts" ? e.risk : undefined,
    // Kept while the talk stays on tenders; set again from the answer when it lists them (nodes/respond.ts).
    lastTenders: noTopic || understanding.intent === "tender_matches" ? previous.lastTenders : undefined,
    lastReceivableDue: noTopic
      ? previous.lastReceivableDue
      : understanding.intent === "receivables"
        ? e.receivableDue
        : undefined,
    lastDealAsk: noTopic
      ? previous.lastDealAsk
      : DEAL_ASKS.has(understanding.intent)
        ? { dateRange: e.dateRange, dealList: e.dealList, industry: e.industry, region: e.region }
        : understanding.intent === "competitor_deals"
          ? {
              dateRange: e.dateRange,
              dealList: e.competitorStatus === "all" ? {} : { status: e.competitorStatus ?? "open" },
              ...(e.competitor ? { competitor: e.competitor } : {}),
            }
          : undefined,
    lastRepId: noTopic ? previous.lastRepId : e.ownerId,
    // Kept while the talk stays on the same account.
    lastDealHint: e.deal?.dealHint ?? e.dealNamed ?? (stayed ? previous.lastDealHint : undefined),
    // Set again after this turn's answer when it names a boss (nodes/respond.ts); a turn later it is stale.
    answerContactIds: undefined,
    pronoun: undefined,
  };
}
