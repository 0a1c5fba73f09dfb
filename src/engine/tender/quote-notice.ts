// The notice's own words on what a user asks about (保证金, "domestic instruments"): the sentences that mention it,
// quoted as data. Pure: the text in, the quotes out.

type Topic = { asked: RegExp; words: string[]; zh: string; en: string };

/** Topics people ask a notice about: how they ask, the words a notice says it in, and the topic in words. */
const TOPICS: Topic[] = [
  {
    asked: /保证金|押金|\bbid (bond|security)\b|\bsecurity deposit\b|\bdeposit\b/i,
    words: ["保证金", "bid bond", "bid security", "deposit"],
    zh: "保证金",
    en: "the bid bond",
  },
  {
    // "ceiling price and deposit?", "那个标最高限价多少": the notice's own line with the figure.
    asked:
      /最高限价|限价|控制价|拦标价|\bceiling( price)?\b|\bprice cap\b|\bmax(imum)? (bid )?price\b|\breserve price\b/i,
    words: ["最高限价", "最高投标限价", "控制价", "拦标价", "ceiling", "maximum price", "price cap"],
    zh: "最高限价",
    en: "the ceiling price",
  },
  {
    asked: /注册资本|注册资金|\bregistered capital\b|\bminimum capital\b/i,
    words: ["注册资本", "注册资金", "registered capital"],
    zh: "注册资本要求",
    en: "registered capital",
  },
  {
    asked: /国产|进口|原产|\bdomestic\b|\bimport(ed)?\b|\borigin\b|\bbuy american\b/i,
    words: [
      "国产",
      "进口产品",
      "进口设备",
      "进口仪器",
      "进口货物",
      "原产地",
      "本国产品",
      "domestic",
      "imported",
      "country of origin",
      "buy american",
    ],
    zh: "国产或进口产品",
    en: "domestic or imported products",
  },
  {
    asked: /付款|支付|账期|预付|\bpayment terms?\b|\bpayments?\b/i,
    words: ["付款", "支付", "预付", "payment"],
    zh: "付款方式",
    en: "payment terms",
  },
  {
    asked: /工期|交货|交付|供货期|完工|\bdelivery\b|\bcompletion\b|\blead time\b/i,
    words: ["工期", "交货", "交付", "供货期", "完工", "delivery", "completion"],
    zh: "工期或交货期",
    en: "delivery or completion",
  },
  {
    asked: /评分|评标|打分|评审办法|\bevaluat(ed|ion)\b|\bscor(ed|ing)\b|\baward criteria\b/i,
    words: ["评分", "评标办法", "评审办法", "综合评分", "最低价", "evaluation", "scoring"],
    zh: "评标办法",
    en: "how bids are evaluated",
  },
  {
    asked: /联合体|\bconsortium\b|\bjoint venture\b/i,
    words: ["联合体", "consortium", "joint venture"],
    zh: "联合体投标",
    en: "consortium bids",
  },
  {
    asked: /中小企业|小微|\bsmall business(es)?\b|\bsmes?\b/i,
    words: ["中小企业", "小微", "small business"],
    zh: "中小企业政策",
    en: "small-business rules",
  },
  {
    asked: /分包|转包|\bsubcontract/i,
    words: ["分包", "转包", "subcontract"],
    zh: "分包",
    en: "subcontracting",
  },
  { asked: /质保|保修|\bwarranty\b/i, words: ["质保", "保修", "warranty"], zh: "质保", en: "the warranty" },
  {
    asked: /踏勘|现场考察|\bsite visit\b|\bpre-?bid (meeting|conference)\b/i,
    words: ["踏勘", "现场考察", "site visit", "pre-bid"],
    zh: "现场踏勘",
    en: "a site visit",
  },
  {
    asked: /业绩|案例|\bpast performance\b|\breferences\b/i,
    words: ["业绩", "past performance", "references"],
    zh: "业绩要求",
    en: "past performance",
  },
  {
    // "资格要求有啥", "what does it require from bidders": the bidder's conditions, listed one per line in a notice.
    // A topic's own 要求 ("有没有质保要求") is that topic's: only 要求 asked of the bidder or on its own counts here.
    asked:
      /资格|资质|认证|证书|(投标|申请)人?.{0,4}(要求|条件)|^(要求|条件)|(啥|什么|哪些)(要求|条件)|(要求|条件)(有啥|是什么|有哪些|呢)|\brequire(s|d|ments?)?\b|\bqualif\w*|\bcertif\w*|\beligib\w*/i,
    words: [
      "资格",
      "资质",
      "须具有",
      "须具备",
      "须提供",
      "应具有",
      "应具备",
      "认证",
      "证书",
      "must",
      "required",
      "qualif",
    ],
    zh: "投标人资格要求",
    en: "what bidders must meet",
  },
  {
    asked: /样品|演示|\bsamples?\b|\bdemonstration\b/i,
    words: ["样品", "演示", "sample", "demonstration"],
    zh: "样品或演示",
    en: "samples or a demonstration",
  },
];

/** How many sentences to quote for these words: a bidder's conditions run to several lines, other topics to two. */
export function quotesWanted(words: string[]): number {
  return words.includes("须具有") ? 5 : 2;
}

/** The words of the notice topics a message asks about, in the order of the table; empty when it asks none. */
export function noticeTopicWords(message: string): string[] {
  return TOPICS.filter((t) => t.asked.test(message)).flatMap((t) => t.words);
}

/** The topics these words are of, in words ("保证金", "domestic or imported products"); the words when none. */
export function noticeTopicLabel(words: string[], lang: "zh" | "en"): string {
  const topics = TOPICS.filter((t) => t.words.some((w) => words.includes(w)));
  if (topics.length === 0) return words.join(lang === "zh" ? "、" : ", ");
  return topics.map((t) => t[lang]).join(lang === "zh" ? "、" : ", ");
}

const MAX_QUOTE = 160;

/**
 * Up to `max` sentences of the notice that mention any of the words, trimmed around the word when long; lines that
 * carry the project's name (its title) are passed over.
 */
export function quoteNotice(text: string, words: string[], max = 2, projectName?: string | null): string[] {
  if (words.length === 0) return [];
  const lowerWords = words.map((w) => w.toLowerCase());
  const out: string[] = [];
  for (const raw of text.split(/[。；;\n]+|(?<=[.!?])\s+/)) {
    const sentence = raw.replace(/\s+/g, " ").trim();
    const lower = sentence.toLowerCase();
    const at = Math.min(...lowerWords.map((w) => lower.indexOf(w)).filter((i) => i >= 0));
    if (!Number.isFinite(at) || sentence.length < 4) continue;
    // A heading ("二、申请人的资格要求：") announces the lines after it; they are the answer, not it.
    if (/[:：]$/.test(sentence) && sentence.length <= 24) continue;
    // The title and the lines that repeat the project's name say what it is, not what it asks of a bidder.
    if (projectName && projectName.length >= 6 && sentence.includes(projectName)) continue;
    const start = sentence.length > MAX_QUOTE ? Math.max(0, at - 40) : 0;
    const cut = sentence.slice(start, start + MAX_QUOTE);
    out.push(`${start > 0 ? "…" : ""}${cut}${start + MAX_QUOTE < sentence.length ? "…" : ""}`);
    if (out.length >= max) break;
  }
  return out;
}
