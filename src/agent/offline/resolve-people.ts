import { type ContactHit, findContactHits, findContacts } from "./find-contacts";
import { findPersonMentions } from "./find-unresolved-names";
import type { Intent } from "./intents";
import type { ContactRef, ConversationContext, Entities } from "./types";

/** 他/她 and "him/her/that person" point back at the person just discussed (他们 points at an account). */
const PERSON_PRONOUN =
  /[他她](?!们)|这个人|那个人|这人|那人|\b(him|his|her|he|she|that person|this person|this guy)\b/i;

/** Which person a pronoun is: 她/she/her female, 他/he/him male; none for 他们, "they", "that person". */
export function pronounGender(text: string): "f" | "m" | undefined {
  if (/她(?!们)|\b(she|her)\b/i.test(text)) return "f";
  if (/他(?!们)|\b(he|him|his)\b/i.test(text)) return "m";
  return undefined;
}

export type PeopleReading = {
  /** A person is named or pointed at. */
  any: boolean;
  /** 他/她, "her": the message points back at the person just discussed (and so at that person's account). */
  pointsBack: boolean;
  /** The accounts of the contacts named by name (not by title alone). */
  namedAccountIds: string[];
  contactIds: (accountIds: string[]) => string[];
  /** People named who are none of the contacts of these accounts (王主任 where there is none). */
  unresolved: (accountIds: string[]) => string[];
  /** A contact named by name who works elsewhere than every one of these accounts. */
  elsewhere: (accountIds: string[]) => { contactId: string; accountId: string } | undefined;
  confidence: (contactId: string) => number;
  /** The contacts named only by a surname and a courtesy title ("Dr. Wang"): a guess, not a name. */
  guessed: ContactHit[];
  /** One name or surname + title that fits contacts at two or more accounts when none is in play (沈院长). */
  ambiguous: (accountIds: string[]) => AmbiguousPerson | undefined;
};

export type AmbiguousPerson = { text: string; contactIds: string[] };

/** The first place in the message that names contacts of more than one account. */
function sameNameElsewhere(text: string, contacts: ContactRef[]): AmbiguousPerson | undefined {
  const hits = findContactHits(text, contacts, []);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  for (const h of hits) {
    const same = hits.filter((o) => o.at === h.at && o.length === h.length).map((o) => o.id);
    const accounts = new Set(same.map((id) => byId.get(id)?.accountId));
    if (accounts.size > 1) return { text: h.text, contactIds: same };
  }
  return undefined;
}

/**
 * Reads the people in a message: contacts by full name (Chinese or pinyin), surname + title (周院长, 蔡总), the
 * title alone within the accounts in play (院长, "the GM"), a pronoun for the person just discussed; and people
 * named who match none of them.
 */
export function resolvePeople(input: {
  text: string;
  masked: string;
  contacts: ContactRef[];
  mentionedIds: string[];
  context?: ConversationContext;
}): PeopleReading {
  const { text, contacts, context } = input;
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const hits = findContactHits(text, contacts, []);
  const named = [...new Set(hits.map((h) => h.id))];
  const guessed = hits.filter((h) => hits.filter((o) => o.id === h.id).every((o) => o.weak));
  const namedAccountIds = [...new Set(named.map((id) => byId.get(id)?.accountId).filter((x): x is string => !!x))];
  // 他 after a 她 whose boss was just named points at the boss; the same pronoun again, at the person asked about.
  const gender = pronounGender(input.masked);
  const switched = !!gender && !!context?.pronoun && gender !== context.pronoun && !!context.answerContactIds?.length;
  // "他上面呢", "and HER boss?" right after a boss was named: one step further up, from that boss.
  const climbing = BOSS_OF.test(input.masked) && !!context?.answerContactIds?.length;
  const pointed = (switched || climbing ? context?.answerContactIds : context?.lastContactIds) ?? [];
  const pronoun = PERSON_PRONOUN.test(input.masked) && pointed.length > 0;
  const mentions = findPersonMentions(text);
  const contactIds = (accountIds: string[]) => {
    // "remind me Dec 2 to call him" with no account in play: the person just talked about.
    if (accountIds.length === 0) return named.length > 0 || !pronoun ? named : pointed.slice(0, 1);
    const scoped = findContacts(text, contacts, accountIds);
    if (scoped.length > 0) return scoped;
    if (pronoun) {
      const here = pointed.filter((id) => accountIds.includes(byId.get(id)?.accountId ?? ""));
      // "when did we last talk to him" right after his card at another account (a boss at the group): him still.
      return here.length > 0 || input.mentionedIds.length > 0 ? here : pointed.slice(0, 1);
    }
    return [];
  };
  // With no account named, a title is read within the account just discussed ("他们总裁是谁").
  const inPlay = input.mentionedIds.length > 0 ? input.mentionedIds : (context?.lastAccountIds ?? []);
  return {
    any: named.length > 0 || mentions.length > 0 || pronoun || contactIds(inPlay).length > 0,
    pointsBack: pronoun,
    ambiguous: (accountIds) => (accountIds.length > 0 ? undefined : sameNameElsewhere(text, contacts)),
    namedAccountIds,
    guessed,
    contactIds,
    unresolved: (accountIds) =>
      mentions.filter(
        (m) =>
          findContacts(m, contacts, accountIds).length === 0 &&
          !named.some((id) => m.includes(byId.get(id)?.name ?? "\u0000")),
      ),
    elsewhere: (accountIds) => {
      if (accountIds.length === 0) return undefined;
      if (named.some((id) => accountIds.includes(byId.get(id)?.accountId ?? ""))) return undefined;
      const other = named.map((id) => byId.get(id)).find((c) => c && !accountIds.includes(c.accountId));
      return other ? { contactId: other.id, accountId: other.accountId } : undefined;
    },
    confidence: (id) => (named.includes(id) ? 0.9 : 0.7),
  };
}

/**
 * "杜文斌的领导是谁", "他上面是谁", "and HIS boss?": the boss asked for (the boss is the subject). "向谁汇报", "who does she
 * report to" ask of the person's reporting line, answered on the person's own card (nodes/respond.ts reads both).
 */
export const BOSS_OF =
  /老板|上级|领导|上司|上面(是谁|呢|还有谁)|上头(是谁|呢)|归谁管|谁管(他|她)|\b(boss|superior|line manager)\b/i;

/**
 * The boss asked for of one person who reports to someone at another account (a plant's head to the group's
 * chairman): the boss and their account are the turn's subject, so the answer is about them and where they work.
 */
export function bossElsewhere(
  intent: Intent,
  e: Entities,
  masked: string,
  contacts: ContactRef[],
  context?: ConversationContext,
): void {
  if (intent !== "power_map" && intent !== "last_contact") return;
  if (e.contactIds.length !== 1 || !BOSS_OF.test(masked)) return;
  const person = contacts.find((c) => c.id === e.contactIds[0]);
  const boss = contacts.find((c) => c.id === person?.reportsToId);
  if (!person || !boss || boss.accountId === person.accountId) return;
  // "his boss?" read as the boss already (the title "boss" is a general manager's): no climbing a second step.
  // After a boss was just named ("他上面呢" climbing), the person is that boss, read on purpose.
  const before = context?.lastContactIds ?? [];
  const climbing = !!context?.answerContactIds?.includes(person.id);
  if (!climbing && contacts.some((c) => before.includes(c.id) && c.reportsToId === person.id)) return;
  e.accountIds = [boss.accountId];
  e.contactIds = [boss.id];
  e.bossOf = { contactId: person.id, accountId: person.accountId };
}
