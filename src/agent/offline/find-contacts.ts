import { EN_TITLES, titleRulesSaid } from "./en-titles";
import { isCommonEnglishWord } from "./english-words";
import {
  deptDescribed,
  dutyAsked,
  misspeltLatinName,
  PINYIN_SURNAME_TITLE,
  pinyinTitleFits,
  soundAlike,
} from "./find-contacts-loosely";
import { ZH_SURNAMES } from "./find-unresolved-names";
import { wordBoundaries } from "./jieba";
import { CJK_CHAR, escapeRegExp } from "./normalize-text";
import { personPinyinForms, sounds } from "./pinyin-forms";
import type { ContactRef } from "./types";

/** Where a contact is named: the contact, and the text that names it. */
export type ContactHit = {
  id: string;
  at: number;
  length: number;
  text: string;
  /** Named by a surname and a courtesy title only ("Dr. Wang", "Mr Cai"): any contact of that surname fits. */
  weak?: boolean;
};

const EN_SURNAME_TITLE =
  /\b(dr|doctor|mr|mrs|ms|miss|prof|professor|president|director|dean|chief|manager|gm|ceo|chairman|chairwoman|vp)\.?\s+([a-z]+)\b(?!\s+[a-z]+\s+(hospital|group))/gi;

/** After a given name said alone, something about a person: 春燕是谁, 志强在哪家. */
const ABOUT_PERSON_AFTER = /^(是谁|是哪|这个人|在哪|是什么|负责|的职位|的角色|的态度)/;

/**
 * Contacts the message names: the full name (also in pinyin, either order), surname + title (王院长, 李主任 for
 * 信息中心主任, 蔡总 for 总经理), given name + title (春燕总, 志强院长), "President Shen", or, within the accounts
 * in play, the title alone ("their CIO", 院长). Only the accounts' contacts when accounts are known.
 */
export function findContacts(text: string, contacts: ContactRef[], accountIds: string[]): string[] {
  return [...new Set(findContactHits(text, contacts, accountIds).map((h) => h.id))];
}

/** "施经理", "王总": the contact's surname and a title, not their name. */
function isSurnameTitle(form: string, contact: ContactRef): boolean {
  return CJK_CHAR.test(form) && form[0] === contact.name[0] && !contact.name.startsWith(form) && form.length <= 4;
}

const startsMemo = new Map<string, Set<number>>();

/** Where jieba's words start in the message (worked out once per message). */
function wordStarts(text: string): Set<number> {
  let starts = startsMemo.get(text);
  if (!starts) {
    if (startsMemo.size > 1000) startsMemo.clear();
    starts = wordBoundaries(text);
    startsMemo.set(text, starts);
  }
  return starts;
}

/** The hits behind findContacts, longest at a place kept, in message order. */
export function findContactHits(text: string, contacts: ContactRef[], accountIds: string[]): ContactHit[] {
  const pool = accountIds.length > 0 ? contacts.filter((c) => accountIds.includes(c.accountId)) : contacts;
  const lower = text.toLowerCase();
  const hits: ContactHit[] = [];
  const saidTitles = titleRulesSaid(text);
  const hit = (id: string, at: number, length: number, weak = false) =>
    hits.push({ id, at, length, text: text.slice(at, at + length), ...(weak ? { weak } : {}) });
  // Who held the role asked about and left: named only when nobody holds it now ("采购现在该找谁").
  const left: ContactHit[] = [];
  const leftRole = (id: string, at: number, length: number) =>
    left.push({ id, at, length, text: text.slice(at, at + length) });
  // What the message asks of a duty or department: read once, checked against each title below.
  const duty = dutyAsked(text);
  const dept = deptDescribed(text);
  for (const contact of pool) {
    const given = givenName(contact.name);
    for (const form of contactForms(contact, accountIds.length > 0)) {
      const at = CJK_CHAR.test(form) ? text.indexOf(form) : wordIndex(lower, form.toLowerCase());
      // 王主任 names a 王, not every 主任: a title alone right after a surname is someone else's.
      const titleOnly = contact.title?.endsWith(form) ?? false;
      // 胡雪梅院长 names 胡雪梅, not a 蔡雪梅: a given name right after another surname is that person's.
      const givenFirst = !!given && form.startsWith(given) && CJK_CHAR.test(form);
      const before = text[at - 1] ?? "\u0000";
      const afterSurname = ZH_SURNAMES.includes(before);
      const someoneElse =
        (titleOnly && CJK_CHAR.test(form) && afterSurname) ||
        (givenFirst && afterSurname && before !== contact.name[0]);
      // 设施经理 holds 施经理 without naming a 施: a surname + title inside a word is no person.
      const insideWord = at > 0 && CJK_CHAR.test(before) && isSurnameTitle(form, contact) && !wordStarts(text).has(at);
      // "钱总共多少": 钱总 is the start of 总共 (in all), 总额, 总体; "钱总是谁" is still 钱总.
      const runsOn =
        at >= 0 &&
        isSurnameTitle(form, contact) &&
        form.endsWith("总") &&
        /^(共|体|额|计|数|量|价|和)/.test(text.slice(at + form.length));
      if (at >= 0 && !someoneElse && !insideWord && !runsOn) hit(contact.id, at, form.length);
    }
    // "what did Jason say": an English first name alone, written with its capital (never "may" for a May Chen).
    const first = /^[A-Z][a-z]{2,}\s+\S/.test(contact.name) ? contact.name.split(/\s+/)[0] : null;
    if (first && text.includes(first)) {
      const m = new RegExp(`\\b${first}\\b(?!\\s+[A-Z])`).exec(text);
      if (m) hit(contact.id, m.index, first.length);
    } else if (
      first &&
      !COMMON_WORD_NAMES.test(first) &&
      (accountIds.length > 0 || (first.length >= 4 && !isCommonEnglishWord(first)))
    ) {
      // "what does grace think of us" about an account in play: its contact's first name typed in lower case; with
      // no account in play, a first name that is no English word ("a call with somchai").
      const at = wordIndex(lower, first.toLowerCase());
      if (at >= 0) hit(contact.id, at, first.length);
    }
    const typo = misspeltLatinName(text, contact.name);
    if (typo) hit(contact.id, typo.at, typo.length);
    // 吴国萍 for 吴国平 (a dictated name): the surname written right, the rest the same sound, and nobody's own name.
    const alike = soundAlike(text, contact.name, pool);
    if (alike >= 0) hit(contact.id, alike, contact.name.length);
    if (given) {
      const at = text.indexOf(given);
      // 王志刚 is someone else than a 彭志刚: a given name right after another surname is that person's.
      const otherSurname = ZH_SURNAMES.includes(text[at - 1] ?? "\u0000");
      if (
        at >= 0 &&
        text[at - 1] !== contact.name[0] &&
        !otherSurname &&
        ABOUT_PERSON_AFTER.test(text.slice(at + given.length))
      )
        hit(contact.id, at, given.length);
    }
    if (accountIds.length > 0 && contact.title)
      for (const [words, title] of EN_TITLES) {
        const m = text.match(words);
        if (m && saidTitles.includes(title) && title.test(contact.title))
          (contact.departed ? leftRole : hit)(contact.id, m.index ?? 0, m[0].length);
      }
    if (accountIds.length > 0 && contact.title && !contact.departed) {
      // "嵩山轨交谁管技术", "采购那块谁负责": the person whose title holds the duty asked about.
      // The duty is the word's end that the title holds ("轨交采购" read before 那块: 采购).
      const cut = duty && endHeldBy(duty.word, contact.title, 2);
      if (duty && cut !== undefined) hit(contact.id, duty.at + cut, duty.word.length - cut);
      // "财务那个谁说啥时候给", "门店工程那个经理咋说": the one whose title holds the department said before 那个.
      const from = dept && endHeldBy(dept.word, contact.title, 3);
      if (dept && from !== undefined) hit(contact.id, dept.at + from, dept.length - from);
    }
    if (accountIds.length > 0) {
      // "whos the engineer at saigon seafood": a word of an English title, pointed at, within the accounts in play.
      const word = englishTitleWord(lower, contact.title);
      if (word) (contact.departed ? leftRole : hit)(contact.id, word.at, word.length);
      // "Lin at Ludao kitchen": a Chinese contact's surname in pinyin, capitalised, standing alone (a guess).
      // Someone who left only when said of as a person ("is huang still there"), never a bare capitalised guess.
      const surname = CJK_CHAR.test(contact.name) ? surnameAlone(text, sounds(contact.name[0])[0]) : null;
      if (surname && (!contact.departed || surname.said))
        hit(contact.id, surname.at, sounds(contact.name[0])[0].length, true);
    }
    for (const m of text.matchAll(EN_SURNAME_TITLE))
      if (CJK_CHAR.test(contact.name) && m[2].toLowerCase() === sounds(contact.name[0])[0] && titleFits(m[1], contact))
        hit(contact.id, m.index ?? 0, m[0].length, COURTESY.test(m[1]));
    // "zhang gong", "sun zong": a surname and a Chinese title in pinyin, as people say them (张工, 孙总).
    for (const m of text.matchAll(PINYIN_SURNAME_TITLE))
      if (
        CJK_CHAR.test(contact.name) &&
        m[1].toLowerCase() === sounds(contact.name[0])[0] &&
        pinyinTitleFits(m[2], contact)
      )
        hit(contact.id, m.index ?? 0, m[0].length, true);
  }
  for (const h of left) if (!hits.some((o) => o.at === h.at && o.length === h.length)) hits.push(h);
  // The longest form at a place wins: 院长 inside 副院长 is not the 院长.
  const kept = hits.filter(
    (h) => !hits.some((o) => o !== h && o.length > h.length && o.at <= h.at && h.at + h.length <= o.at + o.length),
  );
  kept.sort((a, b) => a.at - b.at || b.length - a.length);
  return kept.filter((h, i) => kept.findIndex((o) => o.id === h.id) === i);
}

/** First names that are also everyday words, never read as a person when typed in lower case. */
const COMMON_WORD_NAMES =
  /^(May|Will|Mark|Bill|Grant|Rose|Summer|April|June|Hope|Joy|Faith|Chase|Frank|Art|Sky|Amber|Jack|Pat|Sue|Dawn|Rich|Bob|Lane|Drew|Gene|Ray|Max|Cash|Hunter|Page|Rob|Chuck|Don)$/;

/** A courtesy title says nothing of the job: "Dr. Shen" is any Shen. */
const COURTESY = /^(dr|doctor|mr|mrs|ms|miss|prof|professor)$/i;

/** "President Shen" is a Shen who is a president; "Dr. Shen" any Shen. */
function titleFits(word: string, contact: ContactRef): boolean {
  const rule = EN_TITLES.find(([words]) => words.test(word));
  // "Director Zhang" is a 主任 as often as a 院长: a department's director is its 主任.
  const director = /^director$/i.test(word) && /(?<!副)主任$/.test(contact.title ?? "");
  return !rule || COURTESY.test(word) || director || rule[1].test(contact.title ?? "");
}

/** How many leading characters to drop (at most `most`) so that the word's end, two characters or more, is in the title. */
function endHeldBy(word: string, title: string, most: number): number | undefined {
  for (let k = 0; k <= most && word.length - k >= 2; k++) if (title.includes(word.slice(k))) return k;
  return undefined;
}

/** The given name of a Chinese name of three characters or more (a one-character given name is too common). */
function givenName(name: string): string | null {
  return CJK_CHAR.test(name) && name.length >= 3 ? name.slice(1) : null;
}

function contactForms(contact: ContactRef, scoped: boolean): string[] {
  const forms = [contact.name, ...personPinyinForms(contact.name)];
  // "东沟老马上回见面是几号": 老 + surname is how a rep speaks of someone they know, within the accounts in play.
  if (scoped && CJK_CHAR.test(contact.name) && contact.name.length >= 2) forms.push(`老${contact.name[0]}`);
  const given = givenName(contact.name);
  // "Chunyan": a two-syllable given name is said alone in English.
  if (given) forms.push(sounds(given).join(""));
  const title = contact.title?.trim();
  if (!title) return forms;
  if (CJK_CHAR.test(contact.name) && CJK_CHAR.test(title)) {
    const surname = contact.name[0];
    const short = title.slice(-2);
    forms.push(surname + title, surname + short);
    if (given) forms.push(given + title, given + short);
    // 王护士长 for a 手术室护士长, 周董事长: a three-character role said whole after the surname.
    const role = title.match(/(护士长|董事长|总经理|工程师|总会计)$/)?.[1];
    if (role) forms.push(surname + role);
    if (/总工程师$/.test(title)) forms.push(`${surname}总工`);
    if (/董事/.test(title)) forms.push(`${surname}董`);
  }
  // 蔡总 for a 总经理 or 总裁 (周院 is not said); an executive of any kind is X总 to a rep: 总监, 董事长, 首席信息官,
  // a CIO, 行长, 局长 as well.
  if (CJK_CHAR.test(contact.name) && /总|董事|首席|\b[Cc][EFITO]O\b|行长|局长|合伙人/.test(title))
    forms.push(`${contact.name[0]}总`, ...(given ? [`${given}总`] : []));
  // "liu zonggong", "wang zhuren", "cai zong": surname + title typed in pinyin, as on a phone without characters.
  if (CJK_CHAR.test(contact.name))
    for (const form of [...forms])
      if (form !== contact.name && form.startsWith(contact.name[0]) && /^[\u4e00-\u9fff]{2,4}$/.test(form))
        forms.push(`${sounds(form[0]).join("")} ${sounds(form.slice(1)).join("")}`);
  if (scoped && title.length >= 2) forms.push(title);
  // Within the accounts in play the title's head noun alone: 总裁 for 集团总裁, 院长 for 定海医院院长 (never a deputy's).
  const head = title.replace(/（.*?）|\(.*?\)/g, "").slice(-2);
  if (scoped && CJK_CHAR.test(head) && head.length === 2 && !/副/.test(title) && head !== title) forms.push(head);
  return forms;
}

function wordIndex(text: string, form: string): number {
  const re = new RegExp(`(^|[^a-z0-9])${escapeRegExp(form)}(?![a-z0-9])`);
  const m = text.match(re);
  return m ? (m.index ?? 0) + m[1].length : -1;
}

/** Title words that name no job on their own ("the senior", "the head of"). */
const VAGUE_TITLE_WORD =
  /^(senior|junior|deputy|assistant|vice|chief|head|general|lead|principal|acting|of|and|the|for)$/;

/** A word of an English title said after "the", "their", "our" or "his/her": "the engineer", "their ops director". */
function englishTitleWord(lower: string, title: string | null): { at: number; length: number } | undefined {
  if (!title || CJK_CHAR.test(title)) return undefined;
  for (const word of title.toLowerCase().split(/[^a-z]+/)) {
    if (word.length < 4 || VAGUE_TITLE_WORD.test(word)) continue;
    const m = new RegExp(`\\b(?:the|their|our|his|her|its)\\s+(?:[a-z]+\\s+)?(${word})s?\\b`).exec(lower);
    if (m) return { at: m.index + m[0].length - m[1].length, length: m[1].length };
  }
  return undefined;
}

/** Where a surname in pinyin stands alone with its capital ("Lin at Ludao"), not an English word ("He said"). */
function surnameAlone(text: string, pinyin: string | undefined): { at: number; said: boolean } | null {
  if (!pinyin || pinyin.length < 2) return null;
  const cap = pinyin[0].toUpperCase() + pinyin.slice(1);
  // "Lin at Ludao kitchen": capitalised; "met tang at yanfeng", "is huang still there", "last see wang": after a word
  // said of a person, in any case (a surname that is an English word, tang or long, only there).
  const said = new RegExp(`${PERSON_BEFORE.source}(${pinyin})(?![A-Za-z])`, "i").exec(text);
  if (said) return { at: said.index + said[0].length - pinyin.length, said: true };
  if (isCommonEnglishWord(pinyin)) return null;
  const m = new RegExp(`(?<![A-Za-z])${cap}(?![A-Za-z])(?!\\s+[A-Z])`).exec(text);
  return m ? { at: m.index, said: false } : null;
}

/** Words said right before a person: "met …", "see …", "call …", "with …", "is … still there". */
const PERSON_BEFORE =
  /\b(?:met|meet|meeting|see|saw|seen|call|called|calling|ring|rang|email|emailed|text|texted|visit|visited|with|ask|asked|tell|told|is|was|and|ping|remind)\s+(?:mr\.?\s+|ms\.?\s+|mrs\.?\s+)?/;
