import type { IntentCue } from "./intent-cue";
import type { IntentScore } from "./score-intents";

/**
 * Cues of one deal asked about (its size, its stage: the account's overview) and of a deal update said as a statement ("麦香园那单150万，月底签", "Tasman slipped to January", "mark the Ningbo
 * deal won"). Weights beat the action reschedule (6) when a deal word is there, and the forecast's 能签 (2).
 */
const DEAL_ZH = "(?:单子|那单|这单|那个单|这个单|的单|商机|项目|合同|生意)";
// 280万, 2.8亿, and said in words (两百八十万, 八十万).
const SCALE = "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)\\s*(?:万|亿|千万|w|W|k|K|m|M|元)";
const CLOSE_WHEN =
  "(?:月底|月末|年底|年末|季度末|季末|第?[一二三四1-4]季度|[Qq][1-4]|\\d{1,2}\\s*月(?:底|末|初|中|份)?|下个?月|下周|下季度|明年|年前|节前|\\d{1,2}\\s*[号日])";
const re = (s: string, flags = "") => new RegExp(s, flags);

export const DEAL_CUES: IntentCue[] = [
  {
    // "能源平台那个单子多少钱来着就是郑总上次说的那个": the size of an account's deal, whoever is said beside it.
    intent: "account_overview",
    name: "deal-size-asked",
    re: /(单子|那单|这单|项目|商机|合同)(的)?.{0,4}(多少钱|多大|金额(是)?多少|多少万|值多少|报价多少)/,
    weight: 2,
  },
  {
    // "这个deal的stage是啥", "那单到哪个阶段了": one deal's stage is its account's overview (deals with their stages).
    intent: "account_overview",
    name: "deal-stage-asked",
    re: /(单子|那单|这单|项目|商机|deal|opp)\s*(的)?\s*(阶段|stage|进度)\s*(是|到了?)?\s*(啥|什么|哪|多少)|(那单|这单|单子|deal)\s*(到|走到|推到)(哪一?步|什么阶段|哪个阶段|哪个stage)/i,
    weight: 3,
  },
  {
    intent: "update_opportunity",
    name: "deal-amount",
    re: re(
      `${DEAL_ZH}.{0,10}?${SCALE}|(?:金额|报价|合同额|总价|单值)\\s*(?:改|调|变|涨|降|提|更新|是)?(?:成|为|到)?\\s*${SCALE}|(?:金额|合同额|总价)\\s*(?:改|调|变|更新)(?:成|为|到)?\\s*\\d|(?:金额|报价|合同额|总价|单子).{0,8}?(?:改|调|降|涨|砍)(?:成|为|到)\\s*${SCALE}`,
    ),
    weight: 5,
  },
  {
    // "bump it to two point one five million", "bump bangkock metro monitoring deal to 920k", "cut the price to 1.2m".
    intent: "update_opportunity",
    name: "deal-amount-en",
    re: /\b(?:bump|raise|lower|drop|cut|change|update|set|increase|reduce|revise|up)\b.{0,48}?\bto\s+(?:\$|¥|rmb\s*|cny\s*)?(?:\d[\d.,]*\s*(?:k|m|mil|million|w|万)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b.{0,30}\b(?:million|mil|thousand|k)\b)/i,
    weight: 5,
  },
  {
    intent: "update_opportunity",
    name: "deal-close-when",
    re: re(
      `${CLOSE_WHEN}\\s*(?:前)?\\s*(?:就|能|可以|会|要|应该|估计|预计|准备)?\\s*(?:签约|签单|签掉|签下来?|签|落地|成交|关单)|(?:签约|签单|成交|关单)(?:日期?|时间)\\s*(?:改|调|推|定|延)`,
    ),
    weight: 4,
  },
  {
    intent: "update_opportunity",
    name: "deal-reschedule",
    re: re(`${DEAL_ZH}.{0,12}(?:改到|推迟|推后|推到|挪到|延期|延后|顺延|往后推|拖到|提前到|滑到|延到)`),
    weight: 8,
  },
  {
    intent: "update_opportunity",
    name: "deal-lost-won",
    re: re(
      `${DEAL_ZH}.{0,10}(?:丢了|输了|黄了|没戏了|没拿下|没中标?|落标了?|丢单|赢了|拿下了|签了|签下来了|签约了|中标了|成交了|赢单|搞定了)|(?:输给|败给|丢给)了?[^，。？?的]{1,12}(?:[，。!！]|$)|(?:丢了|输了|黄了|没拿下)[\\s，,]*(?:给|被)[^，。？?的]{1,12}(?:了|拿走了?|抢走了?)?\\s*[。!！]?\\s*$|(?:标记|标为|改为|改成|设为|设成|标成)(?:赢单|丢单|已赢|已丢|输单)`,
    ),
    weight: 6,
  },
  {
    intent: "update_opportunity",
    name: "deal-stage",
    re: /(?:阶段|推进到|进入|进到|到了|推到|阶段\s*(?:改|调|更新|变|设)(?:成|为|到))了?\s*(?:线索|需求确认|方案|报价|投标|商务谈判|谈判|negotiation|proposal|qualified|solution)(?:阶段)?|(?:线索|需求确认|方案|报价|投标|商务谈判|谈判)阶段了|(?:到|进)了?(?:商务谈判|谈判|报价|投标)了/,
    weight: 6.5,
  },
  {
    // "东沟单 改300w 12/18签", "齐润管道签了 118万 赢单", "阶段更新下": a deal's amount, close day or outcome set in shorthand.
    intent: "update_opportunity",
    name: "deal-shorthand",
    re: /改(成|为|到)?\s*\d+(\.\d+)?\s*(w|万|k|m|mn)(?![a-z])|\d{1,2}[/.月]\d{1,2}\s*(号|日)?\s*签\s*[。!！]?\s*$|(?<![没未])签了\s*\d+(\.\d+)?\s*(万|w)|赢单\s*[。!！]?\s*$|阶段\s*(更新|改|调|变)(一)?下|(更新|改|调)(一)?下\s*阶段/i,
    weight: 6,
  },
  {
    intent: "update_opportunity",
    name: "deal-next-step",
    re: /下一步\s*(?:是|：|:|改为|改成|就是)\s*[^？?吗]{2,}/,
    weight: 4,
  },
  {
    intent: "update_opportunity",
    name: "deal-amount-en",
    re: /\b(deal|opp|opportunity|contract)\b.{0,25}\b(is now|now|at|to|worth)\s*(cny|rmb|¥|\$)?\s*\d|\b(deal|opp|opportunity|contract|amount|value|size)\b.{0,25}(->|→|=>|>>)\s*(cny|rmb|¥|\$)?\s*\d|\b(amount|value|size)\b.{0,15}\b(to|is now|now)\s*(cny|rmb|¥|\$)?\s*\d|\b(deal|amount|value)\b.{0,20}\b(is|at)\s*(cny|rmb|¥|\$)?\s*\d[\d.,]*\s*(m|k|mn|million|万)?\s*(now|instead)\b|\b(down|up|cut|dropped|lowered|raised|bumped)\s+to\s*(cny|rmb|¥|\$|usd)?\s*\d[\d.,]*\s*(k|m|mn|million|万)\b(?!.*\?)/i,
    weight: 5,
  },
  {
    // "bump the fresh harbor expansion to 2.8M", "cut the Ludao deal to 450k": a change of size to an amount.
    intent: "update_opportunity",
    name: "resize-en",
    re: /\b(bump(ed)?|rais(e|ed)|lower(ed)?|increas(e|ed)|decreas(e|ed)|cut|drop(ped)?|revis(e|ed)|adjust(ed)?|chang(e|ed)|updat(e|ed)|mark(ed)?)\b.{1,50}\bto\s*(?:(?:cny|rmb|¥|\$|usd)\s*\d[\d,.]*|\d[\d,.]*\s*(?:k|m|mn|million|万|w)\b|\d{4,})/i,
    weight: 5,
  },
  { intent: "update_opportunity", name: "slipped", re: /\b(slipped|slips|slipping|slid)\b/i, weight: 5 },
  {
    intent: "update_opportunity",
    name: "deal-move-en",
    re: /\b(deal|opp|opportunity|close date)\b.{0,40}\b(push(ed)?|mov(e|ed)|delay(ed)?|postpon(e|ed)|shift(ed)?|pull(ed)? in)\b|\b(push(ed)?|mov(e|ed)|delay(ed)?|postpon(e|ed)|shift(ed)?)\b.{0,40}\b(deal|opp|opportunity|close date)\b/i,
    weight: 8,
  },
  {
    intent: "update_opportunity",
    name: "close-when-en",
    re: /\b(close|closes|closing|sign|signs|signing)\b.{0,12}\b(end of|by|in|next|this|q[1-4])\b|\bclose date\b|\bnow (closes|closing|signs|lands)\b|\b(closes|signs|lands) (on )?\d{1,2}[/.-]\d{1,2},? not\b/i,
    weight: 4,
  },
  {
    intent: "update_opportunity",
    name: "won-lost-en",
    // A question ("lost deal this year, lost to who", "what did we lose") asks for lost deals; it marks none.
    re: /^(?!.*\b(who|whom|which|what|wat)\b)(?:.*?)(?:\bmark\b.{0,40}\b(won|lost)\b|\b(deal|opp|opportunity|project)\b.{0,30}\b(won|lost|closed[- ](won|lost))\b|\bwe (won|lost)\b|\blost (it |the deal |out )?to\b)/i,
    weight: 6,
  },
  {
    intent: "update_opportunity",
    name: "stage-en",
    re: /\b(moved?|advanced?|pushed?|bump(ed)?|now in|into)\b.{0,40}\b(negotiation|proposal|qualified|solution)( stage)?\b|(->|→|=>|>>)\s*(negotiation|proposal|qualified|solution)\b|\b(is|are) (in|at) (the )?(negotiation|proposal|qualified|solution)( stage)? now\b|\b(change|update|move) the stage\b|\bto (the )?(negotiation|proposal|qualified|solution) stage\b|\b(is )?now (at|in) (the )?(negotiation|proposal|qualified|solution)\b|\bstage\b.{0,15}\b(negotiation|proposal|qualified|solution|lead)\b/i,
    weight: 6,
  },
  { intent: "update_opportunity", name: "next-step-en", re: /\bnext steps?\s*(:|is|=|-)\s*\w/i, weight: 4 },
];

/** A question about a deal ("麦香园那单怎么样了", "when will the ECMG deal close?") reports nothing to write. */
const QUESTION =
  /[?？]\s*$|[吗么呢嘛不]\s*[。.!！]?\s*$|什么时候|谁|为啥|为什么|咋|怎么|啥时候|多少|哪些|哪个|哪几|怎么样|咋样|如何|是什么|是啥|有没有|是不是|能不能|会不会|^\s*(how|what|what's|which|when|who|is|are|did|does|do|can(?! (you|u) (update|change|set|move|mark|log|add|bump|push))|could(?! you (update|change|set|move|mark|log|add|bump|push))|will|should|any)\b|\bwho (won|got|took)\b|\bat what price\b|\bhow much\b|被谁|谁拿/i;

/** A change asked politely, with a question mark: "Could you kindly update …?", "麻烦帮我把…改成…好吗". */
const POLITE_ASK =
  /\b(could|can|would|will) (you|u) (kindly |please |pls |just )?(update|change|set|move|mark|bump|push|adjust|correct|revise)\b|(麻烦|请|帮我|帮忙)(把|将).{1,30}(改成|改为|调成|调到|更新为|更新成|推到|改到)/i;

/**
 * Several deals ("deals we lost to Mindray", "those opportunities", "月底前要签的单子": deals described, not one
 * named) are a list, not one deal changed.
 */
const LIST =
  /\b(deals|opportunities|opps|pipeline(?! (deal|project|job|works|contract))|forecast)\b|哪些|所有|全部|的(单子|项目|商机)(都)?\s*[。.!！]?\s*$/i;

export function withoutDealQuestions(scores: IntentScore[], masked: string): IntentScore[] {
  const asked =
    (QUESTION.test(masked) && !POLITE_ASK.test(masked)) || LIST.test(masked)
      ? scores.filter((s) => s.intent !== "update_opportunity")
      : scores;
  // "有没有100万以上的招标项目", "投标的项目": a tender asked about, however big, is no list of our deals.
  return TENDER_SAID.test(masked) ? asked.filter((s) => s.intent !== "find_deals") : asked;
}

/** A tender notice or a bid named: 招标, 投标, 标书, "tender", "bid", RFQ. */
export const TENDER_SAID =
  /招标|招采|标讯|中标|投标|开标|截标|采购意向|采购公告|公告|标书|\btenders?\b|\bbids?\b|\bRFP\b|\bRFQ\b/i;
