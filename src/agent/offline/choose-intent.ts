import { ACCOUNT_SCOPED_INTENTS, INTENTS, type Intent } from "./intents";
import type { IntentScore } from "./score-intents";
import type { ConversationContext } from "./types";

export type IntentChoice = {
  intent: Intent;
  accountIds: string[];
  followUp: boolean;
  confidence: number;
  reasons: string[];
};

type ChoiceInput = {
  scores: IntentScore[];
  mentionedIds: string[];
  /** The account of the contacts the message names ("王院长"), when they all belong to one. */
  contactAccountIds: string[];
  pronoun: boolean;
  marker: boolean;
  context?: ConversationContext;
  /** The message writes out a name that matched nothing: the context's accounts must not stand in for it. */
  noBorrow?: boolean;
  /** A short question naming nothing and cueing nothing ("预计啥时候签", "对手是谁", "why?"): about what was just discussed. */
  elliptical?: boolean;
  /** A competitor is named: its deals are asked about, not the account just discussed. */
  rivalNamed?: boolean;
};

/** Intents a follow-up never inherits, and that never borrow the conversation's accounts. */
const STANDALONE: readonly Intent[] = [
  "help",
  "out_of_scope",
  "forbidden",
  "parse_notice",
  "portfolio_kpis",
  "briefing_preview",
];

/**
 * Picks the intent and the accounts it is about. Cue scores decide when any cue is found; otherwise a
 * follow-up ("那仁济呢", "and it?") keeps the last intent, an account alone means its overview, and
 * nothing at all means help. A request about "it" without a name borrows the last turn's accounts.
 */
export function chooseIntent(input: ChoiceInput): IntentChoice {
  const { scores, mentionedIds } = input;
  // A greeting around an account name ("你好，仁济") is about the account.
  const greetingOnly = scores[0]?.intent === "help" && mentionedIds.length > 0;
  if (scores.length === 0 || greetingOnly) return withoutCues(input, lastIntent(input.context));
  const [top, second] = scores;
  const reasons = [`cues:${top.intent}:${top.cues.join("+")}:${top.score}`];
  if (second) reasons.push(`runner-up:${second.intent}:${second.score}`);
  // Sure in proportion to the cue weight found, less so when another intent came close.
  let confidence = Math.min(0.95, 0.5 + 0.08 * top.score) - (second && top.score - second.score < 1 ? 0.15 : 0);
  const fromContacts = mentionedIds.length === 0 ? input.contactAccountIds : [];
  const borrowed = fromContacts.length > 0 ? [] : borrowAccounts(top.intent, input);
  if (fromContacts.length > 0) reasons.push("accounts-from-contacts");
  if (borrowed.length > 0) reasons.push("accounts-from-context");
  let accountIds = [mentionedIds, fromContacts, borrowed].find((ids) => ids.length > 0) ?? [];
  const paired =
    top.intent === "compare_accounts" && !input.noBorrow ? pairWithContext(mentionedIds, input.context) : null;
  if (paired) {
    accountIds = paired;
    reasons.push("compare-with-context");
  }
  if (ACCOUNT_SCOPED_INTENTS.includes(top.intent) && accountIds.length === 0) {
    confidence -= 0.2;
    reasons.push("no-account");
  }
  const followUp = borrowed.length > 0 || paired !== null;
  return { intent: top.intent, accountIds, followUp, confidence: round(confidence), reasons };
}

/** "和仁济对比一下", "compare it with Renji": one named account is compared with the one just discussed. */
function pairWithContext(mentionedIds: string[], context?: ConversationContext): string[] | null {
  if (mentionedIds.length !== 1 || !context) return null;
  const other = context.lastAccountIds.find((id) => id !== mentionedIds[0]);
  return other ? [other, mentionedIds[0]] : null;
}

function withoutCues(input: ChoiceInput, last: Intent | undefined): IntentChoice {
  const { mentionedIds, pronoun, marker, context } = input;
  if (mentionedIds.length === 0 && input.contactAccountIds.length > 0) {
    const accountIds = input.contactAccountIds;
    return { intent: "power_map", accountIds, followUp: false, confidence: 0.55, reasons: ["contact-only"] };
  }
  if (mentionedIds.length > 0) {
    if (marker && last)
      return {
        intent: last,
        accountIds: mentionedIds,
        followUp: true,
        confidence: 0.7,
        reasons: ["follow-up:new-account", `kept:${last}`],
      };
    return {
      intent: "account_overview",
      accountIds: mentionedIds,
      followUp: false,
      confidence: 0.6,
      reasons: ["account-only"],
    };
  }
  const elliptical = input.elliptical && (context?.lastAccountIds.length ?? 0) > 0;
  if ((pronoun || marker || elliptical) && last && !input.noBorrow) {
    const accountIds =
      ACCOUNT_SCOPED_INTENTS.includes(last) || pronoun || elliptical ? (context?.lastAccountIds ?? []) : [];
    return { intent: last, accountIds, followUp: true, confidence: 0.5, reasons: ["follow-up:no-cue", `kept:${last}`] };
  }
  return { intent: "help", accountIds: [], followUp: false, confidence: 0.2, reasons: ["nothing-matched"] };
}

function borrowAccounts(intent: Intent, input: ChoiceInput): string[] {
  const { mentionedIds, pronoun, marker, context } = input;
  if (input.noBorrow) return [];
  if (mentionedIds.length > 0 || !context?.lastAccountIds.length || STANDALONE.includes(intent)) return [];
  if (ACCOUNT_SCOPED_INTENTS.includes(intent) || pronoun) return context.lastAccountIds;
  // "截标是哪天" right after one account's tender: the same question goes on about that account.
  if (input.elliptical && intent === context.lastIntent) return context.lastAccountIds;
  // "丢给谁了 多少钱" right after an account's lost deal: that account's deals, not the whole book's.
  if (input.elliptical && intent === "competitor_deals" && !input.rivalNamed) return context.lastAccountIds;
  // "and the forecast?" right after talking about one account is about that account.
  return marker && intent !== "find_accounts" ? context.lastAccountIds : [];
}

/** A follow-up never repeats a write: after saving a plan "and Acme?" shows Acme's plan. */
const AFTER_WRITE: Partial<Record<Intent, Intent>> = {
  save_plan: "show_plan",
  add_action: "account_overview",
  log_interaction: "account_overview",
  update_opportunity: "account_overview",
};

function lastIntent(context?: ConversationContext): Intent | undefined {
  const last = context?.lastIntent as Intent | undefined;
  if (!last || !INTENTS.includes(last) || STANDALONE.includes(last)) return undefined;
  return AFTER_WRITE[last] ?? last;
}

function round(x: number): number {
  return Math.round(Math.max(0.05, x) * 100) / 100;
}
