import { isCommonEnglishWord } from "./english-words";
import {
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

/**
 * English ways to say a Chinese title: "the GM" is 总经理, "the president" a 院长 or 总裁. Each entry: the English
 * words, and a pattern over the contact's title. Used like a title alone: only within the accounts in play.
 */
const EN_TITLES: [RegExp, RegExp][] = [
  [/\b(gm|general manager|ceo|boss|head)\b/i, /(?<!副)(总经理|总裁|院长)/],
  // "the president of Tiaoxi" is its 院长; "director of procurement" is a department's head (the rules below).
  [
    /\b(president|director|dean|chief)\b(?! of (it|procurement|purchasing|equipment|radiology|imaging|nursing|finance|medical))/i,
    /^(?!.*副)(.{0,6}院长|集团总裁|总裁|总经理)$/,
  ],
  [/\b(vice[- ]president|vp|deputy|vice[- ]director)\b/i, /副院长|副总裁|副总经理/],
  [/\b(chairman|chairwoman|chairperson|chair of the board)\b/i, /董事长|理事长/],
  // A department's head, not its engineers: "the CIO" is the 信息科主任, not a 信息科工程师.
  [/\b(cio|it (head|director|manager|lead|guy|person|people|chief)|head of it)\b/i, /^(?!.*(工程师|专员|助理)).*信息/],
  [/\b((head|director|chief) of )?(procurement|purchasing|buyer)\b/i, /^(?!.*(工程师|专员|助理)).*采购/],
  [/\b(equipment|engineering) (head|chief|manager|director)\b/i, /^(?!.*(工程师|专员|助理)).*设备/],
  // The same asked in Chinese by the department: "采购是谁", "管采购的", "IT负责人".
  [
    /(管|负责)采购的|采购(的|部|处|科)?(负责人|经理|主任|头儿?|是谁|是哪位|那边找谁)|采购.{0,6}(找谁|该找|联系谁|对接谁)/,
    /^(?!.*(工程师|专员|助理)).*采购/,
  ],
  [
    /(管|负责)(IT|信息化?)的|(IT|信息化?)(的|部|科|中心)?(负责人|头儿?|是谁|是哪位)|(IT|信息化?)(的|部|科|中心)?.{0,6}(找谁|该找|联系谁|对接谁)/i,
    /^(?!.*(工程师|专员|助理)).*(信息|\bIT\b|\bCIO\b)/i,
  ],
  [/\b(radiology|imaging) (head|chief|director)\b/i, /^(?!.*(工程师|专员|助理)).*(放射|影像)/],
  // A department's head said in English, against a Chinese title: "their tech director" is the 技术总监.
  [
    /\b(cto|tech(nical)? (director|head|lead|chief|manager|guy|person)|head of tech(nology)?)\b/i,
    /^(?!.*(工程师|专员|助理)).*技术/,
  ],
  [
    /\b(cfo|finance (director|head|manager|chief|guy|person|contact|lady|people)|head of finance)\b/i,
    /^(?!.*(专员|助理|会计)).*财务/,
  ],
  [/\b(logistics (director|head|manager|chief|guy|person)|head of logistics)\b/i, /^(?!.*(专员|助理)).*物流/],
  [
    /\b(quality (director|head|manager|chief|guy|person)|qa (head|manager|lead)|head of quality)\b/i,
    /^(?!.*(专员|助理)).*(质量|质控|品控|品质)/,
  ],
  [
    /\b(ops|operations|production|plant) (director|head|manager|chief)\b|\bhead of (ops|operations|production)\b/i,
    /^(?!.*(专员|助理)).*(运营|生产|厂长)/,
  ],
  [/\b(warehouse (director|head|manager|chief)|head of warehousing)\b/i, /^(?!.*(专员|助理)).*仓储/],
  // "the operating-room head nurse" is the 手术室护士长; "the O&M head" the 运维检修部主任.
  [/\b(head nurse|nurse manager|charge nurse|nursing head)\b/i, /护士长/],
  [
    /\b(o&m|o ?& ?m|maintenance|operations? and maintenance) (head|director|chief|manager|lead)\b|\bhead of (o&m|maintenance)\b/i,
    /^(?!.*(专员|助理|工程师)).*(运维|检修|维修|维保)/,
  ],
];

/** The English title words the message says, a rule's words dropped when inside a longer rule's ("radiology director"). */
function titleRulesSaid(text: string): RegExp[] {
  const said = EN_TITLES.map(([words, title]) => ({ m: text.match(words), title })).filter((x) => x.m);
  const span = (x: (typeof said)[number]) => ({ at: x.m?.index ?? 0, end: (x.m?.index ?? 0) + (x.m?.[0].length ?? 0) });
  return said
    .filter((x) => {
      const a = span(x);
      return !said.some(
        (o) => o !== x && span(o).at <= a.at && a.end <= span(o).end && span(o).end - span(o).at > a.end - a.at,
      );
    })
    .map((x) => x.title);
}

/** A title or an honorific before a surname in pinyin: "President Shen", "Dr. Chen", "Mr Cai", "GM Liu". */
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
      (accountIds.length > 0 || (first.length >= 5 && !isCommonEnglishWord(first)))
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
      const duty = dutyAsked(text);
      const cut = duty
        ? [0, 1, 2].find((k) => duty.word.length - k >= 2 && contact.title?.includes(duty.word.slice(k)))
        : undefined;
      if (duty && cut !== undefined) hit(contact.id, duty.at + cut, duty.word.length - cut);
    }
    if (accountIds.length > 0) {
      // "whos the engineer at saigon seafood": a word of an English title, pointed at, within the accounts in play.
      const word = englishTitleWord(lower, contact.title);
      if (word) (contact.departed ? leftRole : hit)(contact.id, word.at, word.length);
      // "Lin at Ludao kitchen": a Chinese contact's surname in pinyin, capitalised, standing alone (a guess).
      const surname = CJK_CHAR.test(contact.name) ? surnameAlone(text, sounds(contact.name[0])[0]) : -1;
      if (surname >= 0 && !contact.departed) hit(contact.id, surname, sounds(contact.name[0])[0].length, true);
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

/** The given name of a Chinese name of three characters or more (a one-character given name is too common). */
function givenName(name: string): string | null {
  return CJK_CHAR.test(name) && name.length >= 3 ? name.slice(1) : null;
}

function contactForms(contact: ContactRef, scoped: boolean): string[] {
  const forms = [contact.name, ...personPinyinForms(contact.name)];
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
function surnameAlone(text: string, pinyin: string | undefined): number {
  if (!pinyin || pinyin.length < 2 || isCommonEnglishWord(pinyin)) return -1;
  const cap = pinyin[0].toUpperCase() + pinyin.slice(1);
  const m = new RegExp(`(?<![A-Za-z])${cap}(?![A-Za-z])(?!\\s+[A-Z])`).exec(text);
  return m ? m.index : -1;
}
