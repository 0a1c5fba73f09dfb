import type { Stage } from "../../engine/types";
import type { IntentCue } from "./intent-cue";
import { EN_SMALL_NUMBERS, ZH_SMALL_NUMBERS } from "./small-numbers";
import type { Entities } from "./types";

// Deals listed by stage, size or owner: "谈判阶段的单子按金额排一下", "100万以上还在谈判的单子", "deals over 3M",
// "opps in negotiation", "Huang Junfeng's accounts with their open deals". A period alone ("年底前能签的单子") stays
// the forecast, which lists the deals closing in it with the period's figures.

// 单 alone after 的, 些, 个 or 笔 ("报价阶段有哪些单"); never 报价单, 单据, 单价.
const DEAL_ZH = "(?:单子|商机|项目|生意|大单|deals?|opps?|(?<=[的些个笔])单(?![据价位独纯号元]))";
const STAGE_ZH = "(?:线索|需求确认|方案|报价|商务谈判|谈判)";
const SCALE = "\\d+(?:\\.\\d+)?\\s*(?:万|亿|千万|w|W|k|K|m|M|mn|million)?\\s*(?:元|块)?";
const DEAL_EN = "(?:deals?|opps?|opportunities|pipeline)";
const STAGE_EN = "(?:negotiation|negotiating|proposal|qualified|qualification|solution|lead|leads)";
const SIZE = `(?:${SCALE}\\s*(?:以上|以下|以内|往上|起)|(?:超过|大于|高于|多于|小于|低于|不到|不足)\\s*${SCALE}|\\b(?:over|above|more than|greater than|bigger than|at least|under|below|less than)\\s*(?:cny|rmb|¥|\\$)?\\s*\\d|(?<![-=])[<>]\\s*\\d)`;
const re = (s: string) => new RegExp(s, "i");

export const DEAL_LIST_CUES: IntentCue[] = [
  {
    // "which of Ran's deals close before new year": deals by when they close are the forecast's closing list.
    intent: "forecast",
    name: "deals-close-when",
    re: /\b(clos(e|es|ing)|sign(s|ing)?|land(s|ing)?)\b.{0,12}\b(before|by|this|next|in|end of)\b|(能|要|可以|会|准备)(签|成交|关单|拿下|落地|落袋|收口)(下来|掉|回来)?的?(单子|商机|项目)|(单子|商机|项目)(要|能|会|可以)(签|成交|关单|落地|落袋)/i,
    weight: 1.5,
  },
  {
    intent: "find_deals",
    name: "deals-at-stage",
    re: re(
      `${STAGE_ZH}(?:阶段|中|期)?(?:的|里的|中的)?${DEAL_ZH}|${STAGE_ZH}阶段.{0,5}${DEAL_ZH}|(?:还在|正在|处于|在)${STAGE_ZH}(?:阶段)?(?:的|中的)?${DEAL_ZH}|${DEAL_ZH}.{0,6}(?:在|处于|到了?)${STAGE_ZH}(?:阶段)?的?(?:有哪些|有啥|哪些|列|[?？]|$)|\\b${DEAL_EN}\\b.{0,12}\\b(?:in|at)( the)? ${STAGE_EN}\\b|\\b${STAGE_EN}[- ](?:stage )?${DEAL_EN}\\b|\\bstill (?:in )?${STAGE_EN}\\b|\\b(?:sitting|stuck|parked|sits) (?:in|at) (?:the )?${STAGE_EN}\\b|\\bhow (?:much|many)\\b.{0,24}\\b(?:in|at) (?:the )?${STAGE_EN}\\b`,
    ),
    weight: 6,
  },
  {
    // A size bound next to a deal word: "100万以上还在谈判的单子", "deals over 3M" ("100万以上" alone is no deal list).
    intent: "find_deals",
    name: "deals-by-size",
    re: re(
      `${SIZE}.{0,14}${DEAL_ZH}|${DEAL_ZH}.{0,14}${SIZE}|\\b${DEAL_EN}\\b.{0,24}${SIZE}|${SIZE}.{0,14}\\b${DEAL_EN}\\b`,
    ),
    weight: 6,
  },
  {
    intent: "find_deals",
    name: "deals-sorted",
    re: re(
      `${DEAL_ZH}.{0,10}(?:按金额|按大小|从大到小|由大到小|排(?:一下|个序|序|下))|(?:金额|钱)?最(?:大|多)的?(?:几|前[三五十]|[两三五十])?(?:个|笔|家)?${DEAL_ZH}|最(?:大|值钱)的?(?:那|一)(?:单|笔)|\\b${DEAL_EN}\\b.{0,12}\\b(?:by (?:size|amount|value)|biggest first|largest first|sorted)\\b|\\b(?:biggest|largest|top (?:\\d+|three|five|ten)|(?:biggest|largest) (?:\\d+|three|five))(?: (?:open|active|live|current))? ${DEAL_EN}\\b|前(?:[三五十]|\\d+)(?:大|名)的?(?:个|笔)?${DEAL_ZH}`,
    ),
    // Beats the forecast's "pipeline" (5): "biggest deals in my pipeline" asks for the deals, biggest first.
    weight: 5.5,
  },
  {
    // "今年赢了哪些单", "签下了多少", "how much did i win this yr", "what has the team won": the deals won in a period,
    // listed with what they add up to.
    intent: "find_deals",
    name: "deals-won-asked",
    re: /(赢|拿下|签下|签回)了?(哪些|哪几|几|多少|啥|什么)(个|笔|单)?(单|单子|项目|商机|钱)?|赢单.{0,3}(哪些|几|多少)|\bhow (much|many)\b.{0,30}\b(win|won)\b|\bwhat (did|have|has) (i|we|the team) (win|won)\b|\b(deals?|opps?) (i|we) (won|have won)\b|\bwon (deals?|opps?)\b/i,
    weight: 4,
  },
  {
    intent: "find_deals",
    name: "deals-listed",
    re: re(
      `(?:手上|手里|名下|那边)(?:有|都有)?(?:哪些|啥|什么)?(?:在跟的)?${DEAL_ZH}|${DEAL_ZH}(?:都)?(?:有哪些|有啥|列(?:一下|个表|下)?)|${DEAL_ZH}.{0,3}在谈|(?:在谈|在跟)的${DEAL_ZH}|\\b(?:my|our) (?:open|active|current|live) ${DEAL_EN}\\b|\\b(?:list|show)( me)?( all)?( my| the| his| her)? (?:open )?${DEAL_EN}\\b|'s (?:open )?${DEAL_EN}\\b|\\baccounts with (?:their )?(?:open )?deals\\b|\\ball (?:my|our) (?:open )?${DEAL_EN}\\b`,
    ),
    weight: 2.5,
  },
];

/** A word for deals in either language: "陶思远的单子" names a rep and deals (see reviseReading). */
export const DEAL_WORD = re(`${DEAL_ZH}|\\b${DEAL_EN}\\b`);

const STAGE_WORDS: [RegExp, Stage][] = [
  [/商务谈判|谈判|\bnegotiat\w*/i, "negotiation"],
  // 报价 before a figure is the price quoted ("报价￥80,000的商机"), not the stage.
  [/报价(?!\s*[￥¥$＄\d])|投标|\bproposal\b/i, "proposal"],
  [/方案|\bsolution\b/i, "solution"],
  [/需求确认|\bqualifi\w*/i, "qualified"],
  [/线索|\bleads?\b/i, "lead"],
];

const AT_LEAST = /以上|往上|起|超过|大于|高于|多于|\b(over|above|more than|greater than|bigger than|at least)\b|>/i;
const AT_MOST = /以下|以内|小于|低于|不到|不足|\b(under|below|less than)\b|</i;
const BY_DATE = /按(时间|日期|签约时间)|最早|先后|\b(soonest|by (close )?date|earliest)\b/i;
const LOST = /丢|输|\blost\b/i;
const WON = /(?<![没未不])(赢|拿下|签下)|\bwon\b|\bwin\b/i;

/** One deal asked, the largest: 最大那单, 最大的一笔, "the biggest deal" (not "the biggest deals"). */
const ONE_BIGGEST = /最(?:大|值钱)的?(?:那|一)(?:单|笔)|\bthe (?:biggest|largest) (?:deal|opp|opportunity)\b(?!s)/i;

/** How many of the biggest: "top 3 deals", 前三大, 最大的五个. */
const TOP_N = /\btop (\d+|three|five|ten)\b|前(\d+|[两三五十])(?:大|名)|最大的?(\d+|[两三五十])(?:个|笔|单)/i;
const COUNT_WORD: Record<string, number> = { ...ZH_SMALL_NUMBERS, ...EN_SMALL_NUMBERS };

/** The deal list's filters from the words: stages, size bounds, outcome and order; only what is said. */
export function dealListFilters(masked: string, amount: Entities["amount"]): NonNullable<Entities["dealList"]> {
  const out: NonNullable<Entities["dealList"]> = {};
  const stages = STAGE_WORDS.filter(([w]) => w.test(masked)).map(([, s]) => s);
  if (stages.length) out.stages = stages;
  if (amount) {
    if (AT_MOST.test(masked)) out.maxAmount = amount.amount;
    else if (AT_LEAST.test(masked)) out.minAmount = amount.amount;
  }
  if (LOST.test(masked)) out.status = "lost";
  else if (WON.test(masked)) out.status = "won";
  if (BY_DATE.test(masked)) out.sortBy = "close";
  // "最大那单是哪个", "what's the biggest deal": one deal, the largest.
  if (ONE_BIGGEST.test(masked)) out.limit = 1;
  const top = TOP_N.exec(masked);
  const n = top ? (COUNT_WORD[(top[1] ?? top[2] ?? top[3]).toLowerCase()] ?? Number(top[1] ?? top[2] ?? top[3])) : 0;
  if (n >= 2 && n <= 20) out.limit = n;
  if (BY_STAGE.test(masked)) out.byStage = true;
  return out;
}

/** The pipeline added up stage by stage: 按阶段拆一下, 各阶段多少, "pipeline by stage", "stage breakdown". */
export const BY_STAGE =
  /按(照)?(阶段|stage)|分阶段|各(个)?阶段|每个阶段|\bby stage\b|\bper stage\b|\bstage[- ]by[- ]stage\b|\bstage breakdown\b|\bbreak(down| it down| down)? by stage\b/i;
