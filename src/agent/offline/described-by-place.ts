import { noticeTopicWords } from "../../engine/tender/quote-notice";
import { bookWords } from "./book-words";
import { chinesePlacesIn } from "./china-places";
import { englishPlaceSpan } from "./english-places";
import { TENDER_SAID } from "./intent-cues-deal";
import { isIndustryPhrase } from "./normalize-filters";
import { CJK_CHAR } from "./normalize-text";
import type { AccountRef, ConversationContext, MentionCandidate } from "./types";

// An account described by where it is and how big it is instead of its name: "山东那家", "湖北最大的那个客户",
// "the small one in shandong", "the Singapore one". Read against the user's own book: the places are the pieces
// of the accounts' stored regions, the sizes their stored annual revenue (else employees).

/** `demonym`: said by its people's adjective ("the korean one", "russian customer"). */
type Place = { zh: string; start: number; end: number; demonym?: boolean };

/** A question about people or contact, which is about an organisation, not a sector. */
const PEOPLE_ASKED = /谁|联系|拜访|聊|见过|\b(who|whom|contact(ed)?|talk(ed)?|spoke|met|call(ed)?)\b/i;

/** "the seed companies", "the dairy accounts": a kind word before a plural is a list. */
const LIST_NOUN_AFTER = /^\s+(companies|accounts|customers|clients|ones|firms|businesses|players|guys|people|folks)\b/;

const LIST_ASKED =
  /哪些|哪几(家|个)|几家|多少家|列(一下|出来|个表)|都有(谁|哪)|所有|全部|\b(which (accounts|customers|clients|ones)|list|all|how many)\b/i;

/**
 * Countries said by their adjective or in Chinese ("the korean one", "russian customer", "韩国那家"), used where the
 * book has accounts whose stored region names the country in English.
 */
const DEMONYMS: [RegExp, string][] = [
  [/\bkoreans?\b|韩国/, "korea"],
  [/\brussians?\b|俄罗斯|俄国/, "russia"],
  [/\bkazakh(stani)?s?\b|哈萨克斯坦|哈萨克/, "kazakhstan"],
  [/\bmalaysians?\b|马来西亚|大马/, "malaysia"],
  [/\bfilipinos?\b|\bphilippine\b|菲律宾/, "philippines"],
  [/\bvietnamese\b|越南/, "vietnam"],
  [/\bthai\b|泰国/, "thailand"],
  [/\bmexicans?\b|墨西哥/, "mexico"],
  [/\bjapanese\b|日本/, "japan"],
  [/\bindonesians?\b|印尼|印度尼西亚/, "indonesia"],
  [/\bsingaporeans?\b|新加坡/, "singapore"],
  [/\bgermans?\b|德国/, "germany"],
  [/\bgreeks?\b|希腊/, "greece"],
  [/\bpakistanis?\b|巴基斯坦/, "pakistan"],
  [/\bemirati\b|阿联酋/, "uae"],
  [/\bsaudi\b|沙特/, "saudi"],
  [/\bturkish\b|土耳其/, "turkey"],
  [/\bbrazilians?\b|巴西/, "brazil"],
  [/\bindians?\b|印度(?!尼)/, "india"],
];

/** Places people write short ("the HK food group"), used where the book has accounts there. */
const SHORT_PLACES: [RegExp, string][] = [
  [/\bhk\b/, "hong kong"],
  [/\bsg\b/, "singapore"],
  [/\bsgp\b/, "singapore"],
];
type Size = "big" | "small";

const BIG_ZH = "最大|大的|大";
const SMALL_ZH = "最小|小的|小";
const BIG_EN = /^(big|bigger|biggest|large|larger|largest)$/;
const SIZE_EN = "big|bigger|biggest|large|larger|largest|small|smaller|smallest|little|tiny";
const NOUN_EN = "one|account|customer|client|company";
const SIZED_AFTER_ZH = new RegExp(`^(?:的)?(${BIG_ZH}|${SMALL_ZH})的?(?:那|这)?(?:家|个|位)`);
const ONE_IN_EN = new RegExp(`\\bthe\\s+(?:(${SIZE_EN})\\s+)?(?:${NOUN_EN})\\s+(?:in|from|over in|up in|down in)\\s+$`);
const THE_BEFORE_EN = new RegExp(`\\bthe\\s+(?:(${SIZE_EN})\\s+)?$`);
const NOUN_AFTER_EN = new RegExp(`^\\s+(?:${NOUN_EN})\\b`);
const SIZED_ONE_EN = new RegExp(`\\bthe\\s+(${SIZE_EN})\\s+(?:${NOUN_EN})\\b`);

/**
 * The accounts a description by place or size points at: of the last list shown when it has any there, else of the
 * whole book. One is a mention; two to four are rivals, so the caller asks which; none or more is no reading.
 */
export function accountsByPlace(
  text: string,
  accounts: AccountRef[],
  context?: ConversationContext,
): MentionCandidate[] {
  // "种业那边有哪些客户", "list the labs": a list asked for, not one account described.
  if (LIST_ASKED.test(text)) return [];
  const found = placeIn(text, accounts);
  const kind = kindIn(text, accounts, found);
  // A place read apart from the kind word is no part of this description ("疾控那边的成都项目").
  const place = kind && found && !kind.withPlace ? undefined : found;
  const described = kind ?? (place ? describedAt(text, place) : describedBySize(text, context));
  if (!described) return [];
  // "宁波镇海那个化工园": a place the book has no account in, said before the kind, describes someone else's.
  if (kind && !place && elsewhere(text.slice(Math.max(0, kind.start - 8), kind.start), accounts)) return [];
  const fitting = (a: AccountRef) => (!place || isIn(a, place)) && (!kind || kind.ids.includes(a.id));
  const listed = (context?.lastListIds ?? [])
    .map((id) => accounts.find((a) => a.id === id))
    .filter((a): a is AccountRef => a !== undefined && fitting(a));
  // Without a place or a kind, "the small one" is of the last list only; so is "那个冷库的投标", "the cold store one"
  // right after a list of tenders: a notice's subject, not another account whose name has the word.
  const ofTenders =
    context?.lastIntent === "tender_matches" && (TENDER_SAID.test(text) || noticeTopicWords(text).length > 0);
  const pool = listed.length > 0 || (!place && !kind) || ofTenders ? listed : accounts.filter(fitting);
  const fits = bySize(pool, described.size);
  if (fits.length === 0 || fits.length > 4) return [];
  const [first, ...rivals] = fits;
  return [
    {
      start: described.start,
      end: described.end,
      accountId: first.id,
      score: 0.6,
      text: text.slice(described.start, described.end),
      kind: "described",
      ...(rivals.length ? { rivals: rivals.map((a) => a.id) } : {}),
    },
  ];
}

type Kind = { start: number; end: number; size?: Size; ids: string[]; withPlace: boolean };

/**
 * A kind of organisation the user's accounts are called by, used as a description: "疾控那边", "那家监测站",
 * "成都疾控", "湖南那家食品公司", "the Singapore lab", "the CDC". The ids are the accounts whose short names end
 * with it; a place written right before it narrows them (the caller filters).
 */
function kindIn(text: string, accounts: AccountRef[], place: Place | undefined): Kind | undefined {
  const lower = text.toLowerCase();
  const sectors: [number, number][] = [];
  for (const { word, ids, latin } of bookWords(accounts).kinds) {
    const hit = latin ? latin.exec(lower) : null;
    const at = latin ? (hit?.index ?? -1) : lower.indexOf(word);
    if (at < 0) continue;
    const end = at + (hit ? hit[0].length : word.length);
    // "the labs", "the seed companies", "监测站的客户", "这些疾控": several of a kind, a list, not one account.
    const several = latin
      ? end - at > word.length || LIST_NOUN_AFTER.test(lower.slice(end))
      : /^(?:那边|这边|那块)?的?(?:客户|们|那些|这些)/.test(lower.slice(end)) ||
        /(?:这些|那些|几家|各家?|所有)$/.test(lower.slice(0, at));
    if (several) continue;
    const between = place && place.end <= at ? lower.slice(place.end, at) : null;
    const withPlace = between !== null && /^(?:的)?(?:另外|另)?(?:那|这|一)?(?:家|个)?(?:的)?$|^\s+$/.test(between);
    const before = lower.slice(0, at);
    const after = lower.slice(end);
    const sized = before.match(/(最大|最小|大|小)的(?:那|这)?(?:家|个)?$/);
    const thatOne = /(?:那|这|另一|另外一)(?:家|个)$/.test(before);
    // 汉唐置业那个项目, 第五医院: a kind word right after other characters ends a name, not a description.
    if (!latin && !withPlace && !sized && !thatOne && /[\p{Script=Han}A-Za-z0-9]$/u.test(before) && !/的$/.test(before))
      continue;
    const pointed =
      withPlace ||
      thatOne ||
      /^(?:公司|企业|单位)?(?:那边|这边|那家|那个|这家|这个|那块|那儿|那里|的那个|的那家)/.test(after) ||
      (latin && /\bthe\s+(?:[a-z]+\s+)?$/.test(before));
    if (!pointed) continue;
    // "乳业那边最近咋样", "the dairy side": a kind that is an industry is the sector (a list filter elsewhere), unless
    // a place or 那家 picks one, or the question is about people or contact ("疾控那边最近谁联系过").
    const onePicked = withPlace || thatOne || /^(?:那家|那个|这家|这个|的那个|的那家)/.test(after);
    if (isIndustryPhrase(word) && !onePicked && !PEOPLE_ASKED.test(text)) {
      sectors.push([at, end]);
      continue;
    }
    // 测站 inside 监测站 read as the sector is that sector too.
    if (sectors.some(([a, e]) => at < e && a < end)) continue;
    const start = withPlace && place ? place.start : at - (sized?.[0].length ?? 0);
    return { start, end, ids, withPlace, ...(sized ? { size: sizeZh(sized[1]) } : {}) };
  }
  return undefined;
}

/** Of these accounts, those in the place the message names, when it names one they share only partly. */
export function narrowByPlace(text: string, ids: string[], accounts: AccountRef[]): string[] {
  const place = placeIn(text, accounts);
  if (!place || ids.length < 2) return ids;
  const inPlace = ids.filter((id) => accounts.some((a) => a.id === id && isIn(a, place)));
  return inPlace.length > 0 ? inPlace : ids;
}

/** A Chinese city or province written in the text where none of the user's accounts is. */
function elsewhere(text: string, accounts: AccountRef[]): boolean {
  return chinesePlacesIn(text).some(
    (p) =>
      !accounts.some((a) => (a.region ?? "").includes(p) || a.name.includes(p) || a.aliases.some((x) => x.includes(p))),
  );
}

function isIn(account: AccountRef, place: Place): boolean {
  return (account.region ?? "").toLowerCase().includes(place.zh.toLowerCase());
}

/** The first place of the book's regions written in the message (成都, 山东, Singapore), or an English province. */
function placeIn(text: string, accounts: AccountRef[]): Place | undefined {
  const lower = text.toLowerCase();
  let best: Place | undefined;
  const { pieces } = bookWords(accounts);
  for (const piece of pieces) {
    const start = lower.indexOf(piece.toLowerCase());
    if (start < 0) continue;
    if (!CJK_CHAR.test(piece) && !wordAt(lower, start, piece.length)) continue;
    if (!best || start < best.start || (start === best.start && piece.length > best.end - best.start))
      best = { zh: piece, start, end: start + piece.length };
  }
  // 开罗那个客户: a place stored in Latin letters, named in Chinese.
  for (const { zh, piece } of bookWords(accounts).exonyms) {
    const start = text.indexOf(zh);
    if (start >= 0 && (!best || start < best.start)) best = { zh: piece, start, end: start + zh.length };
  }
  for (const [short, full] of SHORT_PLACES) {
    const m = short.exec(lower);
    if (m && pieces.some((p) => p.toLowerCase() === full) && (!best || m.index < best.start))
      best = { zh: full, start: m.index, end: m.index + m[0].length };
  }
  for (const [said, country] of DEMONYMS) {
    const m = said.exec(lower);
    if (!m || (best && best.start <= m.index)) continue;
    if (accounts.some((a) => (a.region ?? "").toLowerCase().includes(country)))
      best = { zh: country, start: m.index, end: m.index + m[0].length, demonym: true };
  }
  const en = englishPlaceSpan(text);
  if (en && (!best || en.start < best.start)) best = en;
  return best;
}

function wordAt(lower: string, start: number, length: number): boolean {
  return !/[a-z]/.test(lower[start - 1] ?? "") && !/[a-z]/.test(lower[start + length] ?? "");
}

/** The words that make a place a description of one account: 山东那家, 那家山东的, 湖北最大的那个, the one in Hubei. */
function describedAt(text: string, place: Place): { start: number; end: number; size?: Size } | undefined {
  const before = text.slice(0, place.start);
  const after = text.slice(place.end);
  if (CJK_CHAR.test(text)) {
    const sized = after.match(SIZED_AFTER_ZH);
    if (sized) return span(place.start, place.end + sized[0].length, sizeZh(sized[1]));
    // 杭州那个展会 is an event there, not an account.
    const one = after.match(/^(?:的)?(?:那|这)(?:家|个)(?!会|展|活动|论坛|峰会|培训|聚会|饭局)/);
    if (one) return span(place.start, place.end + one[0].length);
    const lead = before.match(/(?:那|这)(?:家|个)(?:在)?$/);
    if (lead && /^的/.test(after)) return span(place.start - lead[0].length, place.end + 1);
  }
  const lower = text.toLowerCase();
  const inPlace = lower.slice(0, place.start).match(ONE_IN_EN);
  if (inPlace) return span(place.start - inPlace[0].length, place.end, sizeEn(inPlace[1]));
  const lead = lower.slice(0, place.start).match(THE_BEFORE_EN);
  const tail = lower.slice(place.end).match(NOUN_AFTER_EN);
  // "korean customer what we have": a country's adjective before the noun describes one account without "the".
  if (tail && (lead || place.demonym))
    return span(place.start - (lead?.[0].length ?? 0), place.end + tail[0].length, sizeEn(lead?.[1]));
  return undefined;
}

/** "the small one", "最大的那家" right after a list of accounts: of that list, by size. */
function describedBySize(text: string, context?: ConversationContext) {
  if (context?.lastIntent !== "find_accounts" || !context.lastListIds?.length) return undefined;
  const zh = text.match(/(最大|最小|大的|小的)(?:那|这)(?:家|个)|(?:那|这)(?:家|个)(最大|最小)的/);
  if (zh) return span(zh.index ?? 0, (zh.index ?? 0) + zh[0].length, sizeZh(zh[1] ?? zh[2]));
  const en = text.toLowerCase().match(SIZED_ONE_EN);
  if (en) return span(en.index ?? 0, (en.index ?? 0) + en[0].length, sizeEn(en[1]));
  return undefined;
}

function span(start: number, end: number, size?: Size) {
  return { start, end, ...(size ? { size } : {}) };
}

function sizeZh(word: string | undefined): Size | undefined {
  if (!word) return undefined;
  return word.includes("大") ? "big" : "small";
}

function sizeEn(word: string | undefined): Size | undefined {
  if (!word) return undefined;
  return BIG_EN.test(word) ? "big" : "small";
}

/** The biggest or smallest of the pool when a size is said (ties all kept), else the pool. */
function bySize(pool: AccountRef[], size: Size | undefined): AccountRef[] {
  if (!size || pool.length <= 1) return pool;
  const sized = pool.filter((a) => typeof a.size === "number");
  if (sized.length === 0) return pool;
  const sizes = sized.map((a) => a.size as number);
  const want = size === "big" ? Math.max(...sizes) : Math.min(...sizes);
  return sized.filter((a) => a.size === want);
}
