import { tagWords, wordBoundaries } from "./jieba";

/** The commonest Chinese surnames (single characters): a name asked about starts with one of them. */
const SURNAMES = new Set([
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
]);
/** Endings of places and organisations: 高新区, 华东医院 are not people. */
const PLACE_END = /[区市省县州镇乡村路街院城部]$|中心$/;
const PERSON_TRIGGER = /的|手上|手里|手头|名下|负责/g;
/** What follows the trigger when a person's book is asked for: 张三的客户, 刘洋手上有哪些客户, 李四名下的商机. */
const BOOK_AFTER =
  /^(?:的|有|都有|有哪些|负责的|的所有|的全部|所有|全部|哪些)?(?:客户|账户|商机|业绩|销售数据|数据|名单|pipeline)(?!计划|经理|画像|概况|情况|关系|的计划|的决策|的评分)/i;

const EN_ORG_WORD =
  /\b(hospital|group|pharma|university|medical|health|center|centre|clinic|company|corp|inc|ltd|insurance|commission|college|institute|school)\b/i;
const EN_NOT_A_PERSON = /^(my|our|your|the|this|that|its|their|his|her|each|every|which|what)$/i;
const LEAD_WORDS = /^(list|show|tell|give|get|find|display|pull|open|see|check|compare|and|also|then|so|now|please)$/i;
const EN_POSSESSIVE =
  /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})'s\s+(?:(?:key|top|tier [sabc]|biggest|whole)\s+)?(accounts|customers|clients|pipeline|book|deals|opportunities|portfolio|quota|forecast|territory|numbers)\b/g;
const EN_OWNED_BY =
  /\b(?:accounts|customers|clients|deals|pipeline|opportunities)\s+(?:owned|managed|handled|covered|run)\s+by\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/g;
const EN_DOES_HAVE =
  /\b[Ww]hat\s+(?:accounts|customers|clients|deals)\s+(?:does|do)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:have|own|manage|cover|handle)\b/g;

/**
 * A request for another person's book ("张三的客户有哪些", "List John Smith's accounts"): the name of the person,
 * else null. Runs on the message with the user's account names masked (◆), so "华东一院的客户计划" never counts.
 */
export function detectOtherPerson(masked: string): string | null {
  let bounds: Set<number> | undefined;
  for (const m of masked.matchAll(PERSON_TRIGGER)) {
    const at = m.index ?? 0;
    if (!BOOK_AFTER.test(masked.slice(at + m[0].length))) continue;
    bounds ??= wordBoundaries(masked);
    for (const len of [2, 3]) {
      if (at - len < 0) continue;
      const name = masked.slice(at - len, at);
      // "黑龙江那边的客户": 江那边 starts inside the word 黑龙江, a place; a name starts a word of its own.
      if (!bounds.has(at - len) || /那边|这边|那里|这里|方面|地区/.test(name)) continue;
      if (name.length === len && isChineseName(name)) return name;
    }
  }
  for (const re of [EN_POSSESSIVE, EN_OWNED_BY, EN_DOES_HAVE]) {
    for (const m of masked.matchAll(re)) {
      // "List John Smith's accounts": a capitalised command word at the start is not part of the name.
      const words = m[1].split(/\s+/).filter((w, i, all) => !(i === 0 && all.length > 1 && LEAD_WORDS.test(w)));
      const name = words.join(" ");
      if (EN_ORG_WORD.test(name) || words.some((w) => EN_NOT_A_PERSON.test(w))) continue;
      // A single capitalised word may be a company ("Acme's accounts"); a first and last name is a person.
      if (words.length >= 2 || re !== EN_POSSESSIVE) return name;
    }
  }
  return null;
}

function isChineseName(name: string): boolean {
  if (!/^[\u4e00-\u9fff]+$/.test(name) || !SURNAMES.has(name[0]) || PLACE_END.test(name)) return false;
  const words = tagWords(name);
  // 温州, 金华, 黄山: one dictionary word that is a place or a thing; 张三, 刘洋, 李四: split, or a person's name.
  return words.length > 1 || words[0].tag === "nr";
}
