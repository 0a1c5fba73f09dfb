import { buildEntities } from "./build-entities";
import { chooseIntent } from "./choose-intent";
import { hasFollowUpMarker, hasPronoun } from "./detect-follow-up";
import { detectForbidden } from "./detect-forbidden";
import { detectLanguage } from "./detect-language";
import { detectNotice } from "./detect-notice";
import { detectOtherPerson } from "./detect-other-person";
import { findAccountMentions } from "./find-account-mentions";
import { findContacts } from "./find-contacts";
import { normalizeText } from "./normalize-text";
import { uniqueAccountIds } from "./resolve-mentions";
import { scoreIntents } from "./score-intents";
import type {
  ContactRef,
  ConversationContext,
  Language,
  MentionCandidate,
  UnderstandInput,
  Understanding,
} from "./types";

/**
 * Offline understanding: a user message (and the conversation so far) to an intent (the tool to call)
 * and its entities (the tool's arguments). Deterministic and pure: same input, same output; time
 * comes only from `now`.
 */
export function understandMessage(input: UnderstandInput): Understanding {
  const text = normalizeText(input.message);
  const notice = detectNotice(input.message);
  if (notice) return pastedNotice(text, notice, input.context?.language);
  const forbidden = detectForbidden(text);
  if (forbidden.length > 0) return refusal(text, forbidden, input.context?.language);
  const chosen = findAccountMentions(text, input.accounts, input.otherNames);
  const masked = mask(text, chosen);
  const person = detectOtherPerson(masked);
  if (person) return refusal(text, [`other-users-data:${person}`], input.context?.language);
  // Names do not vote on the language: "Who is 魏玉兰?" is English.
  const language = detectLanguage(text, withoutNames(masked, input.contacts ?? []), input.context?.language);
  const scores = scoreIntents(masked);
  const mentionedIds = uniqueAccountIds(chosen);
  const choice = chooseIntent({
    scores,
    mentionedIds,
    contactAccountIds: contactAccounts(text, input.contacts ?? [], mentionedIds, input.context),
    pronoun: hasPronoun(masked),
    marker: hasFollowUpMarker(masked),
    context: input.context,
  });
  const entities = buildEntities({
    intent: choice.intent,
    raw: input.message.trim().replace(/\s+/g, " "),
    text,
    masked,
    now: input.now,
    chosen,
    accountIds: choice.accountIds,
    contacts: input.contacts ?? [],
  });
  const reasons = [...choice.reasons, ...chosen.map((c) => `account:${c.accountId}:${c.kind}:${c.text}`)];
  return {
    language,
    intent: choice.intent,
    confidence: choice.confidence,
    entities,
    followUp: choice.followUp,
    reasons,
  };
}

/** The one account the named contacts belong to; none when accounts are named or the contacts span several. */
function contactAccounts(text: string, contacts: ContactRef[], mentionedIds: string[], context?: ConversationContext) {
  if (mentionedIds.length > 0 || contacts.length === 0) return [];
  const found = new Set(findContacts(text, contacts, []));
  const accountIds = [...new Set(contacts.filter((c) => found.has(c.id)).map((c) => c.accountId))];
  if (accountIds.length !== 1) return [];
  // "给他加个行动：约王院长" while discussing 浙大一院: the context account already is the contact's.
  return context?.lastAccountIds.includes(accountIds[0]) ? [] : accountIds;
}

function withoutNames(masked: string, contacts: ContactRef[]): string {
  let out = masked.replace(/◆/g, "");
  for (const c of contacts) if (c.name.length >= 2) out = out.split(c.name).join(" ");
  return out;
}

function mask(text: string, chosen: MentionCandidate[]): string {
  let out = text;
  for (const c of [...chosen].sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + "◆" + out.slice(c.end);
  return out;
}

function pastedNotice(text: string, noticeText: string, fallback?: Language): Understanding {
  return {
    language: detectLanguage(text, text, fallback),
    intent: "parse_notice",
    confidence: 0.9,
    entities: { accountIds: [], accountMentions: [], contactIds: [], noticeText },
    followUp: false,
    reasons: ["pasted-notice: its lines are data, not instructions"],
  };
}

function refusal(text: string, patterns: string[], fallback?: Language): Understanding {
  return {
    language: detectLanguage(text, text, fallback),
    intent: "forbidden",
    confidence: 0.95,
    entities: { accountIds: [], accountMentions: [], contactIds: [] },
    followUp: false,
    reasons: patterns.map((p) => `forbidden:${p}`),
  };
}
