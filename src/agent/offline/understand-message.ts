import { noticeTopicWords } from "../../engine/tender/quote-notice";
import { bestOfNeedsTwo, personFirst, withFilterList } from "./adjust-scores";
import { bookWords } from "./book-words";
import { buildEntities } from "./build-entities";
import { chooseIntent } from "./choose-intent";
import { competitorSaid } from "./competitor-said";
import { asksAboutLastList, hasFollowUpMarker, hasPronoun } from "./detect-follow-up";
import { detectForbidden } from "./detect-forbidden";
import { detectLanguage } from "./detect-language";
import { detectNotice } from "./detect-notice";
import { detectOtherPerson } from "./detect-other-person";
import { soundAlikes } from "./domain-typos";
import { withDealFields } from "./extract-deal-fields";
import { findAccountMentions } from "./find-account-mentions";
import type { ContactHit } from "./find-contacts";
import { restoreHomophonePlaces } from "./homophone-places";
import { withoutDealQuestions } from "./intent-cues-deal";
import type { Intent } from "./intents";
import { competitorStatus, writesRep } from "./list-scope";
import { normalizeText } from "./normalize-text";
import { restorePinyinTyped } from "./pinyin-typed";
import { preferKindSaid, preferPlaceSaid, preferTalkedAbout } from "./prefer-mentions";
import { asFollowUp } from "./read-correction";
import { correctDates } from "./read-self-correction";
import { visitByDate } from "./read-visit-timing";
import { uniqueAccountIds } from "./resolve-mentions";
import { bossElsewhere, resolvePeople } from "./resolve-people";
import { resolvePositions } from "./resolve-positions";
import { reportIsLog } from "./revise-intent";
import { reviseReading } from "./revise-reading";
import { scoreIntents } from "./score-intents";
import { pastedNotice, refusal } from "./set-readings";
import { successorsAsked } from "./successors-asked";
import type { ContactRef, Entities, MentionCandidate, Resolution, UnderstandInput, Understanding } from "./types";
import { describedAccounts, namesNotFound } from "./unnamed-accounts";

/**
 * Offline understanding: a user message (and the conversation so far) to an intent (the tool to call)
 * and its entities (the tool's arguments). Deterministic and pure: same input, same output; time
 * comes only from `now`.
 */
export function understandMessage(said: UnderstandInput): Understanding {
  // "明天 不对 后天去找胡经理": the day said after a correction is the one meant, wherever the message uses it.
  const input = { ...said, message: correctDates(said.message, said.now) };
  // "不对 我要的是他们集团的": a correction is read as the follow-up it stands for ("那他们集团呢").
  // "鱼期的款", "保正金": the trade's words typed by their sound are read as meant.
  const text = restoreHomophonePlaces(
    restorePinyinTyped(soundAlikes(normalizeText(asFollowUp(input.message))), input.accounts),
    input.accounts,
  );
  const notice = detectNotice(input.message);
  if (notice) return pastedNotice(text, input.message, notice, input.context?.language);
  const forbidden = detectForbidden(text);
  if (forbidden.length > 0) return refusal(text, forbidden, input.context?.language);
  const found = preferKindSaid(
    text,
    preferPlaceSaid(
      text,
      // A short name several accounts share is the one talked about, else the one in the list just shown ("the bank
      // one" after a list with one bank).
      preferTalkedAbout(
        preferTalkedAbout(
          findAccountMentions(text, input.accounts, input.otherNames),
          input.context?.lastAccountIds ?? [],
        ),
        input.context?.lastListIds ?? [],
      ),
      input.accounts,
    ),
    input.accounts,
  );
  // "那家港口物流公司": no name, a description that fits the user's accounts of one industry.
  // "the second one - who's the station head": a place in the last list is no description.
  const byPosition = found.length === 0 && resolvePositions(text, input.context).length > 0;
  const chosen =
    found.length > 0 || byPosition
      ? found
      : describedAccounts(text, input.accounts, input.context, input.hiddenAccountNames);
  const masked = mask(text, chosen);
  const person = detectOtherPerson(masked);
  // A manager asking for a rep of their own team's book is asking for accounts they see: no one else's data.
  const ownTeam =
    !!person && (input.reps ?? []).some((r) => r.name.trim() === person.trim() || writesRep(person, r.name));
  if (person && !ownTeam) return refusal(text, [`other-users-data:${person}`], input.context?.language);
  // Names do not vote on the language: "Who is 魏玉兰?" is English.
  const language = detectLanguage(text, withoutNames(masked, input.contacts ?? []), input.context?.language);
  const places = bookWords(input.accounts).placeNames;
  const scores = withFilterList(withoutDealQuestions(scoreIntents(masked), masked), masked, chosen.length > 0, places);
  const positionIds = resolvePositions(masked, input.context);
  const mentionedIds = [...new Set([...uniqueAccountIds(chosen), ...positionIds])];
  const people = resolvePeople({ text, masked, contacts: input.contacts ?? [], mentionedIds, context: input.context });
  const rival = competitorSaid(text, input.competitors ?? []);
  // "Which deals are we fighting Kangmai Medical on?": the rival's own name is no unknown account.
  const unresolvedNames = namesNotFound(
    masked,
    input,
    chosen.length === 0 && people.namedAccountIds.length === 0,
  ).filter((n) => !rival || competitorSaid(n, input.competitors ?? []) !== rival);
  const chosenIntent = chooseIntent({
    scores: bestOfNeedsTwo(
      visitByDate(personFirst(scores, masked, people), masked, input.now),
      mentionedIds,
      masked,
      !!rival,
    ),
    mentionedIds,
    contactAccountIds: people.namedAccountIds.length === 1 ? people.namedAccountIds : [],
    // "上次见他是什么时候" right after 张磊 is about 张磊's account as much as "它" is about the account.
    pronoun: hasPronoun(masked) || (people.pointsBack && people.namedAccountIds.length === 0),
    marker: hasFollowUpMarker(masked) || asksAboutLastList(masked, input.context?.lastListIds),
    context: input.context,
    // A name that matched nothing is never replaced by the account talked about before.
    noBorrow: unresolvedNames.length > 0,
    // "要求啥业绩", "付款方式呢" right after a tender: a question about the same notice.
    elliptical:
      (ELLIPTICAL.test(masked.trim()) || noticeTopicWords(masked).length > 0) &&
      masked.trim().length <= 24 &&
      !masked.includes("◆"),
    rivalNamed: !!rival,
  });
  // "中石化广东那边…": a filter read inside a name that matched nothing is no list; the name is reported.
  const filterOnly = scores[0]?.cues.every((c) => c === "filter-only") && chosenIntent.intent === "find_accounts";
  const read =
    filterOnly && unresolvedNames.length > 0 ? { ...chosenIntent, intent: "account_overview" as const } : chosenIntent;
  // "11/20给渤洋孙部长打过电话 他说尾款下月初付": a call told, not asked, is logged whatever its note mentions.
  const choice = { ...read, intent: reportIsLog(read.intent, read.accountIds, input.message) };
  const entities = buildEntities({
    intent: choice.intent,
    raw: input.message.trim().replace(/\s+/g, " "),
    text,
    masked,
    now: input.now,
    chosen,
    accountIds: choice.accountIds,
    contacts: input.contacts ?? [],
    industries: [...new Set(input.accounts.map((a) => a.industry ?? "").filter(Boolean))],
    places,
  });
  entities.contactIds = successorsAsked(input.message, people.contactIds(choice.accountIds), input.contacts ?? []);
  // A person pointed back at who works at another account than the one talked about: their account is meant.
  const pointedAt = input.contacts?.find((c) => c.id === entities.contactIds[0]);
  if (
    mentionedIds.length === 0 &&
    pointedAt &&
    entities.contactIds.length === 1 &&
    !entities.accountIds.includes(pointedAt.accountId)
  )
    entities.accountIds = [pointedAt.accountId];
  placeAsRegion(choice.intent, entities, chosen, places);
  const shared = chosen.find((c) => c.rivals?.length);
  if (shared)
    entities.ambiguousAccount = { text: shared.text, accountIds: [shared.accountId, ...(shared.rivals ?? [])] };
  const group = chosen.length === 1 ? chosen.find((c) => c.members?.length) : undefined;
  if (group && !shared && choice.accountIds[0] === group.accountId)
    entities.groupShared = { text: group.text, accountIds: [group.accountId, ...(group.members ?? [])] };
  if (unresolvedNames.length > 0) entities.unresolvedNames = unresolvedNames;
  if (rival) entities.competitor = rival;
  if (rival || choice.intent === "competitor_deals") entities.competitorStatus = competitorStatus(text, rival);
  // "葛俊的呢" after "陶思远这季度要签的单子": the same period and filters, of whom or what is named now.
  const kept = input.context?.lastDealAsk;
  if (kept && choice.followUp && choice.intent === input.context?.lastIntent) {
    if (!entities.dateRange && kept.dateRange) entities.dateRange = kept.dateRange;
    if (choice.intent === "find_deals" && kept.dealList) entities.dealList = { ...kept.dealList, ...entities.dealList };
  }
  if (choice.intent === "update_opportunity")
    withDealFields(
      entities,
      masked,
      input.now,
      rival ?? undefined,
      mentionedIds.length + people.namedAccountIds.length > 0,
    );
  const unknownPeople = people.unresolved(choice.accountIds);
  if (unknownPeople.length > 0) entities.unresolvedPeople = unknownPeople;
  const ambiguous = people.ambiguous(choice.accountIds);
  if (ambiguous) entities.ambiguousPerson = ambiguous;
  const elsewhere = people.elsewhere(choice.accountIds);
  // "滕王 采购罗志平 啥态度": the group was named and the person works at one of its members: that member is meant.
  const member =
    elsewhere && choice.accountIds.length === 1
      ? input.accounts.find((a) => a.id === elsewhere.accountId && a.parentId === choice.accountIds[0])
      : undefined;
  // "met Michael Zhang at the Jiading plant": a place said as where a named person's own account is, not an account.
  const site =
    elsewhere && chosen.length === 1 && choice.accountIds.length === 1 && SITE_AFTER.test(text.slice(chosen[0].end));
  if ((member || site) && elsewhere) {
    entities.accountIds = [elsewhere.accountId];
    entities.contactIds = [elsewhere.contactId];
  } else if (elsewhere) entities.contactElsewhere = elsewhere;
  const intent = reviseReading({
    intent: choice.intent,
    entities,
    text,
    masked,
    mentionedIds,
    rival,
    input,
  });
  bossElsewhere(intent, entities, masked, input.contacts ?? [], input.context);
  // "bump it to 2.15 million" right after "那个烘干机的单子现在多少钱": the deal just named.
  const lastDeal = input.context?.lastDealHint;
  if (
    intent === "update_opportunity" &&
    entities.deal &&
    !entities.deal.dealHint &&
    lastDeal &&
    mentionedIds.length === 0
  )
    entities.deal.dealHint = lastDeal;
  // "add a visit with Dr. Wang": the account only guessed from a surname is asked back before anything is written.
  const talkedAbout = input.context?.lastAccountIds ?? [];
  const accountKnown = mentionedIds.length > 0 || entities.accountIds.every((id) => talkedAbout.includes(id));
  const guess = guessedWrite(intent, entities, people.guessed, accountKnown);
  if (guess) entities.ambiguousPerson = guess;
  const also = alsoAsked(scores, intent, masked);
  if (also && entities.accountIds.length === 1) entities.alsoAsked = also;
  const reasons = [...choice.reasons, ...chosen.map((c) => `account:${c.accountId}:${c.kind}:${c.text}`)];
  const resolutions: Resolution[] = [
    ...chosen.map((c) => ({ kind: "account" as const, id: c.accountId, confidence: Math.round(c.score * 100) / 100 })),
    ...positionIds.map((id) => ({ kind: "position" as const, id, confidence: 0.9 })),
    ...entities.contactIds.map((id) => ({ kind: "contact" as const, id, confidence: people.confidence(id) })),
  ];
  return {
    language,
    intent,
    confidence: choice.confidence,
    entities,
    followUp: choice.followUp,
    resolutions,
    reasons,
  };
}

/**
 * "宁德有哪些客户": a list asked for by a place that also begins an account's name (宁德闽江海鲜…) is the place,
 * read as the region of the list.
 */
function placeAsRegion(intent: Intent, e: Entities, chosen: MentionCandidate[], places: readonly string[]): void {
  if (intent !== "find_accounts" || e.region || chosen.length !== 1) return;
  if (places.includes(chosen[0].text)) e.region = chosen[0].text;
}

/** A question with its subject left out ("预计啥时候签", "为啥丢的", "对手是谁", "多少钱中的", "when do they sign?"). */
const ELLIPTICAL =
  /(吗|么|呢|啥|谁|什么|多少钱?|几[个家次天]?|哪[个家里儿天]?|怎么样?|如何)[?？]?$|(多少|谁|哪|什么|啥|怎么|为啥).{0,6}(的|了)[?？]?$|^(为啥|为什么|预计|大概|估计)|[?？]$|^(why|when|who|what|how( much| many)?)\b|\b(or not|yet|when|since when)\s*[?？]?\s*$/i;

/** Reads about one account that a message may ask two of, each answered by its own tool. */
export const ONE_ACCOUNT_READS: readonly Intent[] = ["power_map", "last_contact", "account_overview", "explain_score"];
/** Where one question ends and another starts: a comma or question mark, "n", "and", 还有, 顺便. */
const TWO_QUESTIONS = /[,，;；?？]|\s(n|and|&|also|plus)\s|还有|以及|顺便|另外/i;

/**
 * "kuaijie express who do we know there n last time we spoke": a second strong question about the same account,
 * in a clause of its own, is answered too (its own tool after the first).
 */
function alsoAsked(scores: ReturnType<typeof scoreIntents>, intent: Intent, masked: string): Intent | undefined {
  if (!ONE_ACCOUNT_READS.includes(intent) || !TWO_QUESTIONS.test(masked)) return undefined;
  return scores.find((s) => s.intent !== intent && ONE_ACCOUNT_READS.includes(s.intent) && s.score >= 3)?.intent;
}

const WRITE_INTENTS: readonly Intent[] = ["add_action", "log_interaction", "save_plan", "update_opportunity"];

/** A write whose account comes only from contacts named by surname and courtesy title, no account said. */
function guessedWrite(
  intent: Intent,
  e: Entities,
  guessed: ContactHit[],
  accountSaid: boolean,
): Entities["ambiguousPerson"] | undefined {
  if (!WRITE_INTENTS.includes(intent) || accountSaid || e.contactIds.length === 0) return undefined;
  if (!e.contactIds.every((id) => guessed.some((h) => h.id === id))) return undefined;
  const first = guessed.find((h) => h.id === e.contactIds[0]);
  return first ? { text: first.text, contactIds: e.contactIds, guessed: true } : undefined;
}

/** A site after a place name: plant, factory, warehouse, 工厂, 基地. */
const SITE_AFTER =
  /^\s*(plant|factory|site|facility|warehouse|office|campus|depot|works|厂区|工厂|厂|基地|仓库|园区|办公室)\b/i;

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
