import { COUNTRY_NAMES, REGION_NAMES } from "../../engine/region-names";
import { isCommonEnglishWord } from "./english-words";
import { tagWords } from "./jieba";
import { isIndustryPhrase } from "./normalize-filters";
import { CJK_CHAR } from "./normalize-text";
import { sounds } from "./pinyin-forms";

/** Words that end an organisation's name: 北京协和医院, 长江集团, "Mayo Clinic", "Acme Corp". */
const ZH_ORG_END =
  /(医院|集团|公司|中心|大学|学院|卫生院|保健院|诊所|药业|医药|委员会|卫健委|研究所|研究院|银行|药房|药店|电网|供电局|热电|电力|置业|置地|地产|物业|超市|百货|财险|保险|证券|物流|快运|重工|商行|农商行|学校|海运|航运|港务|港口|燃气|水务|热力|化工|钢铁|酒业|航空|酒店|宾馆|饭店|商场|购物中心|机场|度假村|船厂|船坞|造船厂|码头|港埠|电厂|水厂|工厂|钢厂|煤矿|矿业|园区|开发区|管委会|管理委员会|地铁|轨道交通|公交|机床|轴承|铁路局|高速|航司|纺织|印染|服饰|鞋业|陶瓷|电子|电器|电气|机械|建材|食品|乳业|纸业|制药|汽配|化纤|塑业|五金|家具)$/;
const EN_ORG =
  /\b((?:St\.\s+)?[A-Z][\w'&.-]*(?:\s+(?:of\s+)?[A-Z][\w'&.-]*)*\s+(?:Hospital|Clinic|Group|Corp|Corporation|Inc|Ltd|Company|University|College|Center|Centre|Pharma|Pharmaceuticals|Health|Medical|Bank|Insurance|Brewery|Breweries|Power|Energy|Grid|Utilities|Logistics|Motors|Industries|Manufacturing|Steel|Foods|Stores|Supermarkets?|Properties|Realty|Holdings|Bureau|Authority|Council|Ministry|Agency|School|Institute|Airlines|Railway|Telecom|Technologies|Technology|Systems|Software|Electric|Electronics|Chemicals|Mining|Construction|Engineering|Securities|Trust|Foundation|Association|Metro|Airport|Port|Hotel|Hotels|Resort|Mall|Plaza|Arena|Stadium|Museum|Gallery|Theatre|Theater|Farm|Farms|Cooperative|Co|LLC|PLC|GmbH|Plant|Works|Factory|Mill|Mills|Refinery|Terminal|Terminals|Shipyard|Fleet|Transport|Haulage|Express|Packaging|Printing|Paper|Machinery|Equipment|Imaging|Diagnostics|Textiles?|Weaving|Garments|Agritech|Cooling|Solutions|Trading|Enterprises?|Instruments|Devices|Materials|Plastics|Laborator(?:y|ies)|Labs?)|[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*)*\s+(?:Corp|Inc|Ltd|Clinic|Hospital))\b/g;
/** An organisation ending standing as a word of its own. */
const ZH_ORG_END_WORD = new RegExp(`^${ZH_ORG_END.source.slice(0, -1)}$`);
/** Words jieba may tag as names that are never part of one. */
const ZH_NOT_NAME =
  /^(我|我们|你|他|她|它|他们|这|那|这家|那家|哪|哪家|哪个|什么|的|给|跟|和|与|对比|比较|把|在|去|到|看|看看|查|介绍|一下|帮我|请|那么|还有|新的|一个|一家|这个|那个)$/;
/** A count or a set before an org word is a category, not a name: 几家医院, 三家医院, 各家医院, 所有医院. */
const ZH_CATEGORY_CORE =
  /^((哪|这|那|好)?几|各|每|多|[一二三四五六七八九十两\d]+)[家个所座]$|^(所有|全部|这些|那些|其他|其它|下属|旗下|下面)$/;
/** Tags that may be part of an organisation's name (place, name, noun, org, other proper noun, letters). */
const NAME_TAGS = new Set(["ns", "nr", "nrt", "nz", "nt", "n", "j", "eng", "x", "nrfg", "ng", "b", "m"]);

type Tagged = { word: string; tag: string };

/** 华润 + 置 + 地: jieba splits some organisation endings (置地) in two; they are one word here. */
function mergeOrgEnds(words: Tagged[]): Tagged[] {
  const out: Tagged[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? words[i].word + words[i + 1].word : "";
    if (two && ZH_ORG_END_WORD.test(two) && !ZH_ORG_END.test(words[i + 1].word)) {
      out.push({ word: two, tag: "n" });
      i++;
    } else out.push(words[i]);
  }
  return out;
}

/**
 * Organisations people name by a short form with no organisation word (中石化, 北大): a word jieba knows as an
 * abbreviation or an organisation, that is none of the user's accounts (those are masked), no known name
 * (competitor, product, person, another user's account) and no place or industry. Said back as not found.
 */
/** Abbreviations that are kinds of company or figures, not a company: 国企, 上市公司, 同比, 环比. */
const GENERIC_SHORT = /^(国企|民企|外企|央企|私企|合资|上市公司|同比|环比|两会|双碳|信创|国产化|集采|招采)$/;

export function findBareOrgNames(masked: string, known: string[]): string[] {
  if (!CJK_CHAR.test(masked)) return [];
  const words = tagWords(masked);
  return (
    words
      // Three characters at least: two-character abbreviations are mostly common words (同比, 国企, 外企).
      .flatMap((w, i) =>
        (w.tag === "j" || w.tag === "nt") && w.word.length >= 3 && /^[\u4e00-\u9fff]+$/.test(w.word)
          ? [withPlaceBefore(words, i)]
          : [],
      )
      .filter((w) => !ZH_NOT_NAME.test(w) && !GENERIC_SHORT.test(w) && !known.some((k) => k.includes(w)))
  );
}

/** 荆门 + 药检所: a place or proper name written right before a short form is part of it (荆门药检所). */
function withPlaceBefore(words: Tagged[], i: number): string {
  let start = i;
  while (
    start > 0 &&
    /^(ns|nr|nz|j)$/.test(words[start - 1].tag) &&
    /^[\u4e00-\u9fff]{2,}$/.test(words[start - 1].word)
  )
    start--;
  return words
    .slice(start, i + 1)
    .map((w) => w.word)
    .join("");
}

/** Tags of a proper name: a place, a person, an organisation, an abbreviation. */
const PROPER_TAGS = new Set(["ns", "nr", "nrt", "nz", "nt", "j", "nrfg"]);
/** Tags of a word that can end a name as one of the book's own kind words (乳业, 疾控, 监测站), not a verb. */
const KIND_END_TAGS = new Set(["n", "nt", "nz", "j", "ng"]);
/** Tags of a word that carries a name on (农残检测气相色谱仪: the name did not end at 检测). */
const NOUN_TAGS = new Set(["n", "vn", "nz", "nt", "eng", "x", "j"]);

/**
 * Names of organisations written in the message that are not one of the user's accounts (the resolved ones are
 * masked with ◆ before this runs): "北京协和医院怎么样" -> 北京协和医院. Never guessed into an account.
 */
export function findUnresolvedNames(masked: string, kindEnds: ReadonlySet<string> = new Set()): string[] {
  const names: string[] = [];
  if (CJK_CHAR.test(masked)) {
    const words = mergeOrgEnds(tagWords(masked));
    for (let i = 0; i < words.length; i++) {
      // The book's own kind words end names too (湘江乳业 where the book has 蓉雪乳业), where the name ends there.
      const orgEnd = ZH_ORG_END.test(words[i].word);
      const kindEnd =
        !orgEnd &&
        kindEnds.has(words[i].word) &&
        KIND_END_TAGS.has(words[i].tag) &&
        !NOUN_TAGS.has(words[i + 1]?.tag ?? "");
      if (!orgEnd && !kindEnd) continue;
      // "海鲜水产类的客户", "乳业这类客户": a kind of account, no name.
      if (/^(类|这类|那类|行业|板块)/.test(words[i + 1]?.word ?? "")) continue;
      let start = i;
      // 天元 (tagged as a measure word) in 泰州天元制药: a two-character word of that tag is a name's word too.
      const part = (w: { word: string; tag: string }) =>
        (NAME_TAGS.has(w.tag) || (w.tag === "q" && w.word.length >= 2)) &&
        /^[\p{L}\p{N}]+$/u.test(w.word) &&
        !ZH_NOT_NAME.test(w.word);
      while (start > 0 && part(words[start - 1])) start--;
      const name = words
        .slice(start, i + 1)
        .map((w) => w.word)
        .join("")
        .trim();
      // "南山医院体检中心": a centre written right after one of the user's accounts is a department of it.
      if (name.endsWith("中心") && start > 0 && words[start - 1].word.endsWith("◆")) continue;
      const core = kindEnd ? name.slice(0, -words[i].word.length) : name.replace(ZH_ORG_END, "");
      // Before a kind word, a proper name (湘江乳业, 荆门疾控); a common word makes a category (环境监测站).
      if (kindEnd && !words.slice(start, i).some((w) => PROPER_TAGS.has(w.tag))) continue;
      // "江苏的医院", "哪些医院": a bare org word is a category, not a name.
      // 第三医院 is a hospital's name (the numbered hospitals of a city or group); 第二家医院 is a position.
      const numbered = /^第[一二三四五六七八九十\d]+(人民|中心)?(医院|分院)$/.test(name);
      // 几家子公司, 下面的分公司: 子/分/总 + 公司 is a kind of company, not a name.
      // 连子公司一起算, 和分公司: a joining word before it leaves no name either.
      const category =
        ZH_CATEGORY_CORE.test(core.replace(/[子分总]$/, "")) ||
        /^(连|和|跟|含|带|加|及|与|或|包括|连同|加上|带上|还有)?[子分总]$/.test(core);
      if (
        numbered ||
        (!category && core.length >= 2 && CJK_CHAR.test(core) && !/^[第\d一二三四五六七八九十]/.test(core))
      )
        names.push(name);
    }
  }
  names.push(...tradeNamed(masked));
  for (const m of masked.matchAll(EN_ORG)) {
    const name = m[1].replace(/^(The|A|An|And|Compare|About|For|At|With|Of|Is|Tell|Show|What|Who|How)\s+/g, "").trim();
    if (name.split(/\s+/).length >= 2 && !name.includes("◆")) names.push(name);
  }
  names.push(...namedAtPlace(masked));
  // 钱塘大学 inside 钱塘大学医学院附属第一医院 is part of the one name, not a second one.
  const unique = [...new Set(names)];
  return unique.filter((n) => !unique.some((m) => m !== n && m.includes(n)));
}

/** Provinces, cities and countries in English, one word each ("shanghai", "shenzhen", "malaysia"). */
const EN_PLACE_WORDS = new Set(
  [...Object.values(REGION_NAMES), ...Object.values(COUNTRY_NAMES)].flat().filter((n) => /^[a-z]{4,}$/.test(n)),
);

/**
 * "how is Tesla Shanghai doing", "Foxconn Shenzhen": a capitalised word that is no English word, followed by a
 * province, city or country, names a company's branch there (the user's accounts are masked before this runs), not
 * a region to list; said back as not found.
 */
function namedAtPlace(masked: string): string[] {
  const out: string[] = [];
  for (const m of masked.matchAll(/\b([A-Z][a-z]{2,})\s+([A-Z][a-z]{3,})\b/g))
    if (EN_PLACE_WORDS.has(m[2].toLowerCase()) && !EN_PLACE_WORDS.has(m[1].toLowerCase()) && !isCommonEnglishWord(m[1]))
      out.push(`${m[1]} ${m[2]}`);
  return out;
}

/** Trades a small company is named by (闽都冷饮, 东海水产, 金湖冻品): a name of its own, though no organisation word. */
const ZH_TRADE = "冷饮|冻品|水产|海产|食品|乳业|茶业|果业|肉联|肉业|饮料|粮油|蔬菜|果蔬|生鲜|冷链|调味品|餐饮|烘焙";
const TRADE_NAMED = new RegExp(
  `(?:^|[那和跟与及、，,。\\s]|看看|问问|说说)([\u4e00-\u9fff]{2})(${ZH_TRADE})(?!类|行业|板块|企业|客户|的客户|这类|那类|[\u4e00-\u9fff]*(?:公司|集团))`,
  "g",
);
/** A word that is no name before a trade: 其他, 所有, a place-less kind (海鲜水产). */
const NOT_TRADE_NAME = /^(其他|其它|所有|全部|这些|那些|哪些|这家|那家|几家|我的|我们|你们|他们)$/;

/**
 * "闽都冷饮最近怎么样": two characters and a trade, at the start of a clause, that jieba cut apart (闽/都/冷饮).
 * Accounts are masked before this runs, so what remains names none of the user's accounts.
 */
function tradeNamed(masked: string): string[] {
  const out: string[] = [];
  for (const m of masked.matchAll(TRADE_NAMED)) {
    const [, head, trade] = m;
    if (NOT_TRADE_NAME.test(head) || isIndustryPhrase(head) || new RegExp(`^(${ZH_TRADE})$`).test(head)) continue;
    // 最近冷链…, 帮我食品…: a word of time, a pronoun, a verb or an adverb is no name.
    const tags = tagWords(head);
    if (tags.length === 1 && /^(t|f|r|d|v|p|c|m|q|u|a|ad|vn)$/.test(tags[0].tag)) continue;
    out.push(head + trade);
  }
  return out;
}

/** A person the message names by surname + title (王主任, 李院长) or as "Dr. Wang" / a capitalised full name. */
const ZH_PERSON_TITLE =
  /([\u4e00-\u9fff])(主任|院长|副院长|总经理|经理|科长|处长|局长|主管|总监|书记|教授|医生|老师|护士长|部长|厂长|站长|所长|段长|总工|董事长|总)(?![\u4e00-\u9fff]{0,1}(的权力|列表))/g;
export const ZH_SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
/** Words after a surname that are no given name: "who is he at …", "who's ma at the bank". */
const NOT_GIVEN = new Set([
  "at",
  "in",
  "on",
  "the",
  "our",
  "their",
  "from",
  "of",
  "with",
  "and",
  "for",
  "there",
  "here",
  "report",
  "reports",
  "work",
  "works",
  "now",
  "really",
]);
/** Pronouns that are also pinyin surnames (何 he): "who's he report to". */
const PRONOUNS = new Set(["he", "she", "ta"]);
let surnames: Set<string> | null = null;
function surnamePinyin(): Set<string> {
  surnames ??= new Set([...ZH_SURNAMES].map((c) => sounds(c)[0]));
  return surnames;
}

export function findPersonMentions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ZH_PERSON_TITLE)) if (ZH_SURNAMES.includes(m[1])) out.push(m[0]);
  // A name of two or three characters before 是谁 (南粤银行的王磊是谁: 王磊, not 的王磊).
  for (const m of text.matchAll(
    /(?=([\u4e00-\u9fff]{3})(?:是谁|是哪位|这个人))|(?<![\u4e00-\u9fff]{2})(?=([\u4e00-\u9fff]{2})(?:是谁|是哪位|这个人))/g,
  )) {
    const name = m[1] && ZH_SURNAMES.includes(m[1][0]) ? m[1] : (m[1]?.slice(1) ?? m[2]);
    if (name && ZH_SURNAMES.includes(name[0]) && !out.includes(name)) out.push(name);
  }
  for (const m of text.matchAll(/\b(?:Dr|Mr|Mrs|Ms|Director|President)\.?\s+([A-Z][a-z]+)\b/g)) out.push(m[0]);
  for (const m of text.matchAll(/\bwho(?:'s| is)\s+([A-Z][a-z]+\s+[A-Z][a-z]+)\b/g)) out.push(m[1]);
  // Typed in lower case: "who's wang lei at …" when the first word is a Chinese surname in pinyin.
  for (const m of text.matchAll(/\bwho(?:'s| is)\s+([a-z]{1,6})\s+([a-z]{2,6})\b/g)) {
    if (!surnamePinyin().has(m[1]) || PRONOUNS.has(m[1]) || NOT_GIVEN.has(m[2])) continue;
    const name = `${cap(m[1])} ${cap(m[2])}`;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
