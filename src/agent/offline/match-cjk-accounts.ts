import type { AccountKey } from "./account-keys";
import { tagWords, wordBoundaries } from "./jieba";
import { abbreviationHits, homophoneHits, namedBefore, shortAbbreviationHits } from "./match-cjk-short-forms";
import { CJK_CHAR } from "./normalize-text";
import type { MentionCandidate } from "./types";
import { isNameLike } from "./word-rarity";

/** Tags that never identify an account on their own: places (浙江, 杭州市), numerals (第一), measure words. */
const NON_NAME_TAGS = new Set(["ns", "m", "q", "x", "f", "uj", "r", "p", "c", "d"]);

/**
 * Chinese account mentions: exact names and aliases, distinctive parts of a name (仁济 for 上海仁济医院,
 * 华东医疗 for 华东医疗集团) and abbreviations that keep the name's characters in order (杭州一院).
 */
export function matchCjkAccounts(
  message: string,
  keys: AccountKey[],
  families: Map<string, string> = new Map(),
  places: ReadonlySet<string> = new Set(),
): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const messageBounds = boundsAfterNames(message);
  for (const key of keys) {
    out.push(...exactHits(message, key));
    out.push(...partialHits(message, key, keys, messageBounds, families, places));
    out.push(...abbreviationHits(message, key, messageBounds));
    out.push(...shortAbbreviationHits(message, key, keys, messageBounds));
    out.push(...homophoneHits(message, key));
  }
  out.push(...siblingTailHits(message, keys, families, messageBounds, places));
  const parents = new Set([...families].filter(([child, group]) => child !== group).map(([, group]) => group));
  return out.filter((hit) => !namesAnotherOrganisation(message, hit, keys, parents));
}

/**
 * 冷轧 for 龙钢冷轧, 特钢 for 龙钢特钢: a group's member named by what follows the group's short name in its own
 * (how people tell sibling companies apart), as a word of the message. Other accounts whose names end the same way
 * (北辰特钢) are read too, so the caller asks which; a tail that ends a name as an organisation word (公司) never counts.
 */
function siblingTailHits(
  message: string,
  keys: AccountKey[],
  families: Map<string, string>,
  bounds: Set<number>,
  places: ReadonlySet<string>,
): MentionCandidate[] {
  const heads = new Map<string, string[]>();
  for (const k of keys) {
    const group = families.get(k.accountId);
    if (group && group === k.accountId && k.form.length >= 2) heads.set(group, [...(heads.get(group) ?? []), k.form]);
  }
  const hits: MentionCandidate[] = [];
  for (const k of keys) {
    const group = families.get(k.accountId);
    if (!group || group === k.accountId || k.kind !== "alias") continue;
    // The group's short names: its own aliases without their organisation word (龙钢 of 龙钢集团).
    const head = (heads.get(group) ?? [])
      .map((h) => h.replace(ORG_END, ""))
      .find((h) => h.length >= 2 && k.form.startsWith(h));
    const tail = head ? k.form.slice(head.length) : "";
    // 重庆 of 黔云重庆 is a city, said of anything there: no member's name.
    if (tail.length < 2 || ORG_END.test(tail) || places.has(tail) || tagWords(tail).some((w) => w.tag === "ns"))
      continue;
    for (let at = message.indexOf(tail); at >= 0; at = message.indexOf(tail, at + 1)) {
      if (
        !bounds.has(at) ||
        !bounds.has(at + tail.length) ||
        message.slice(Math.max(0, at - (head?.length ?? 0)), at) === head
      )
        continue;
      // Said on its own ("冷轧那85万", "跟冷轧张部长"), not as the end of a longer phrase (医药配送).
      if (at > 0 && CJK_CHAR.test(message[at - 1]) && !/[跟和与给在是的把对找去到从了那这个问]/.test(message[at - 1]))
        continue;
      const alike = new Set(keys.filter((o) => o.form.endsWith(tail) && o.form !== tail).map((o) => o.accountId));
      if (alike.size > 2) continue;
      for (const id of alike)
        hits.push({ start: at, end: at + tail.length, accountId: id, score: 0.7, text: tail, kind: "partial" });
    }
  }
  return hits;
}

/**
 * Words of time, place or reference that people type right after a short name (琴岛上回…, 鹏城这边, 华东那家), where
 * jieba glues the name's last character to the word's first (岛上 + 回见): a word starts there all the same.
 */
const AFTER_NAME =
  /^(上回|上次|上周|上个?月|上礼拜|上星期|上半年|下回|下次|下周|下个?月|这边|那边|这次|那次|这周|这家|那家|这个|那个|最近|今年|去年|明年|里|那|这)/;

function boundsAfterNames(message: string): Set<number> {
  const bounds = wordBoundaries(message);
  let extra: Set<number> | null = null;
  for (let i = 2; i < message.length; i++) {
    if (bounds.has(i) || !CJK_CHAR.test(message[i - 1]) || !AFTER_NAME.test(message.slice(i, i + 3))) continue;
    extra ??= new Set(bounds);
    extra.add(i);
  }
  return extra ?? bounds;
}

/** How the name of an organisation ends (大学, 医院, 集团…). */
const ORG_END = /(医院|分院|院区|集团|公司|大学|学院|中心|卫生院|保健院|委员会|研究院|研究所)$/;

/**
 * What follows a match when the message goes on naming another organisation: up to six name characters (not
 * particles, conjunctions or punctuation) and an organisation ending, or a numbered/children's hospital (一院, 儿院).
 */
const ORG_TAIL =
  /^(?:[^\s的和与跟及、，,。？?！!：:；;里中下属旗有是在对给把同呢吗吧了]{1,6}?(医院|分院|院区|集团|公司|大学|学院|中心|卫生院|保健院|委员会|研究院|研究所)|[一二三四五六七八九十]院|儿院)/;

/**
 * "钱塘大学医学院附属第一医院" when the user only has 钱塘大学医学院附属儿童医院: the matched piece goes on into the
 * name of another organisation, so it names that one, not this account (the caller then reports an unknown
 * account instead of answering about the wrong one).
 */
function namesAnotherOrganisation(
  message: string,
  hit: MentionCandidate,
  keys: AccountKey[],
  parents: ReadonlySet<string>,
): boolean {
  const after = message.slice(hit.end);
  const tail = after.match(ORG_TAIL);
  if (!tail) return false;
  // "涪工大超算中心", "南山医院体检中心": a centre inside an organisation named whole is a department of it, unless the
  // account heads a group (黔云 + 贵安数据中心 is one of its members, or one the user does not have).
  if (tail[1] === "中心" && hit.kind !== "member" && hit.text.length >= 2 && !parents.has(hit.accountId)) {
    if (keys.some((k) => k.accountId === hit.accountId && k.form === hit.text)) return false;
  }
  const longer = hit.text + tail[0];
  if (keys.some((k) => k.accountId === hit.accountId && k.form.includes(longer))) return false;
  // "华东医疗集团玄武湖医院对比": the next words are another of the user's accounts, not a longer name.
  return !keys.some((k) => after.startsWith(k.form.slice(0, Math.min(k.form.length, 3))));
}

/** Tags of a word that goes on a name: a place, a person, an organisation, another proper noun, an abbreviation. */
const NAME_PART_TAGS = new Set(["ns", "nr", "nrt", "nt", "nz", "j", "nrfg", "ng"]);

function namePartBefore(before: string): boolean {
  if (!CJK_CHAR.test(before.slice(-1))) return false;
  const last = tagWords(before).at(-1);
  return last !== undefined && NAME_PART_TAGS.has(last.tag);
}

function exactHits(message: string, key: AccountKey): MentionCandidate[] {
  const hits: MentionCandidate[] = [];
  for (let at = message.indexOf(key.form); at >= 0; at = message.indexOf(key.form, at + 1)) {
    // 浙江第一医院 is another hospital, not 华东医疗集团第一医院 called by its own name.
    if (key.kind === "member" && namePartBefore(message.slice(0, at))) continue;
    hits.push({
      start: at,
      end: at + key.form.length,
      accountId: key.accountId,
      score: key.base,
      text: key.form,
      kind: key.kind,
    });
  }
  return hits;
}

/** A kind of organisation alone (高校, 医院, 物业) is a filter or a description, never a piece of one name. */
const KIND_OF_ORG =
  /^(高校|大学|学院|学校|中学|小学|医院|医科|医疗|诊所|工厂|厂区|银行|酒店|宾馆|超市|商超|商场|物业|食堂|餐饮|集团|公司|政府|机关|港口|码头|物流|快递|电厂|电站|光伏|新能源|风电|药企|药厂)$/;

function partialHits(
  message: string,
  key: AccountKey,
  keys: AccountKey[],
  bounds: Set<number>,
  families: Map<string, string>,
  places: ReadonlySet<string>,
): MentionCandidate[] {
  const hits: MentionCandidate[] = [];
  const keyBounds = withOrgEndBounds(key.form, wordBoundaries(key.form));
  for (const span of maximalCommonSpans(message, key.form)) {
    const text = message.slice(span.start, span.end);
    const coverage = text.length / key.form.length;
    if (text === key.form || text.length < 2 || KIND_OF_ORG.test(text)) continue;
    if (!bounds.has(span.start) || !bounds.has(span.end)) continue;
    // The piece starts where a word of the name does; it may end inside one when the message's words end there
    // (周康社区 of 周康/社区卫生/…, 嘉善 of 嘉善县, 甬东心血管 of 心血管病): people shorten names mid-word.
    if (!keyBounds.has(span.keyStart)) continue;
    if (!keyBounds.has(span.keyStart + text.length) && !isNameLike(text)) continue;
    let sharedBy = new Set(keys.filter((k) => k.form.includes(text)).map((k) => k.accountId));
    // 东海康宁 heads the group 东海康宁医疗集团 and its hospitals alike: it names the group.
    const group = sharedBy.size > 1 ? groupOf(sharedBy, keys, families) : null;
    if (group) {
      if (key.accountId !== group) continue;
      sharedBy = new Set([group]);
    }
    if (sharedBy.size > 2) continue;
    // A piece of a name counts when it is the name-like part (瑞康 of 深圳瑞康生物医疗电子, anywhere) or the
    // name's head with its tail dropped (华东医疗 of 华东医疗集团); a common word from the middle
    // (医疗器械, 人民医院) does not.
    const nameLike = sharedBy.size === 1 && isNameLike(text);
    // 华东医疗 heads 华东医疗集团; 钱塘大学 heading 钱塘大学医学院附属儿童医院 is an organisation of its own.
    const head = span.keyStart === 0 && coverage >= 0.3 && !ORG_END.test(text);
    if (!nameLike && !head) continue;
    if (tradeWordOfAnother(message, span, text, key.form)) continue;
    // The head of a name without its city (甬江 of 甬江人民医院, 星海 of the alias 星海医院) is the name even when
    // jieba knows it as a place, as long as no other account shares it.
    const shortForm = key.kind === "local" || (key.kind === "alias" && sharedBy.size === 1);
    if (
      !nameLike &&
      !shortForm &&
      !placeOnlyInNames(text, places) &&
      tagWords(text).every((w) => NON_NAME_TAGS.has(w.tag))
    )
      continue;
    const score = 0.5 + 0.4 * coverage;
    hits.push({ start: span.start, end: span.end, accountId: key.accountId, score, text, kind: "partial" });
  }
  return hits;
}

/**
 * "晋城兰花印务": the two-character end of an account's name (印务 of 平遥古城印务) right after words that name
 * something else is that other organisation's trade word, not a short form of the account.
 */
function tradeWordOfAnother(message: string, span: Span, text: string, form: string): boolean {
  const rest = form.slice(span.keyStart + text.length);
  if (text.length > 2 || !/^((股份)?有限(责任)?公司|公司|集团)?$/.test(rest)) return false;
  return namedBefore(message, span.start, form);
}

/** jieba keeps 钢铁集团 as one word: an organisation ending still starts a word of the name (龙潭钢铁 of 龙潭钢铁集团). */
function withOrgEndBounds(form: string, bounds: Set<number>): Set<number> {
  const out = new Set(bounds);
  for (const m of form.matchAll(/集团|股份|有限公司|公司|医院|分院|研究院|研究所/g)) if (m.index > 0) out.add(m.index);
  return out;
}

/**
 * The group among `ids` when all the others are its members: linked to it (`families`), or named after it (their
 * name starts with its name or its name without the legal suffix).
 */
function groupOf(ids: Set<string>, keys: AccountKey[], families: Map<string, string>): string | null {
  const names = (id: string) => keys.filter((k) => k.accountId === id && (k.kind === "name" || k.kind === "stripped"));
  for (const id of ids) {
    const heads = names(id).map((k) => k.form);
    const rest = [...ids].filter((o) => o !== id);
    const member = (o: string) =>
      families.get(o) === id || names(o).some((k) => k.kind === "name" && heads.some((h) => k.form.startsWith(h)));
    if (rest.every(member)) return id;
  }
  return null;
}

type Span = { start: number; end: number; keyStart: number };

/** Common substrings of at least two characters that cannot be extended on either side. */
function maximalCommonSpans(message: string, form: string): Span[] {
  const spans: Span[] = [];
  let prev = new Array<number>(form.length + 1).fill(0);
  for (let i = 1; i <= message.length; i++) {
    const row = new Array<number>(form.length + 1).fill(0);
    for (let j = 1; j <= form.length; j++) {
      if (message[i - 1] === form[j - 1]) row[j] = prev[j - 1] + 1;
    }
    for (let j = 1; j <= form.length; j++) {
      const len = prev[j];
      const extends_ = j < form.length + 1 && row[j + 1] === len + 1;
      if (len >= 2 && !extends_) spans.push({ start: i - 1 - len, end: i - 1, keyStart: j - len });
    }
    prev = row;
  }
  for (let j = 1; j <= form.length; j++) {
    if (prev[j] >= 2) spans.push({ start: message.length - prev[j], end: message.length, keyStart: j - prev[j] });
  }
  return spans;
}

/**
 * 鹏城 (Shenzhen's byname) heading 鹏城物业 and 鹏城科技园, 榕城 heading two 榕城 companies: jieba knows the word as a
 * place, but the book's accounts are in no such region and China's table has no such province or city, so here it is
 * the shared start of names (the caller then asks which one), not a place to filter by. `places`: the book's region
 * pieces and the table's names.
 */
function placeOnlyInNames(text: string, places: ReadonlySet<string>): boolean {
  if (places.size === 0 || places.has(text)) return false;
  const words = tagWords(text);
  return words.length === 1 && words[0].tag === "ns";
}
