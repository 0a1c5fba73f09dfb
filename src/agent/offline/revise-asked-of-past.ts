import { noteTopicWords } from "../../engine/timeline/notes-about";
import type { Intent } from "./intents";
import { industryCode, isIndustryPhrase } from "./normalize-filters";
import { questionWords } from "./question-words";
import { DEAL_WORD } from "./read-deal-list";
import type { Entities, UnderstandInput } from "./types";

// Questions about the past and about kinds of accounts (session 15, issue 18): what was said in a period or by a
// person on a topic, orders, accounts not contacted since a time, the accounts of a kind and how they are.

/** Asked what was said, asked for, complained of or promised (not how often: 聊了几次 is a count). */
const SAID_ASKED =
  /(说|讲|提|聊|谈|问|要|要求|交代|反映|投诉|抱怨|答应|承诺|反馈)(了|过|的)?.{0,8}(啥|什么|哪些|多少(?![次回趟])|哪天|为啥|为什么|问题)|(说|提|聊|谈|交代|答应|承诺)过|\bwhat (did|were|was|had)\b.{0,40}\b(say|said|tell|told|ask|asking|asked|want|wanted|wanting|complain\w*|mention\w*|promise\w*|raise\w*|discuss\w*|talk\w* about)\b|\bcomplain(ed|ing)? about\b/i;

/** Accounts of a kind said first: 银行客户…, 医院这几家…, "bank accounts …", "my hospital customers …". */
const KIND_ASKED =
  /^\s*(?:我的|咱们?的|我们的|所有)?([\u4e00-\u9fff]{2,6}?)(?:类|行业|这几家|那几家|几家|的)?(?:客户|单位)|^\s*(?:my |our |the |all (?:the |my )?)?([a-z][a-z ]{2,28}?) (?:accounts|customers|clients)\b/i;

/** Ever, before, in the past: 以前, 之前, 过去, 曾经, 一直, "ever", "before", "in the past". */
const EVER_SAID = /以前|之前|过去|曾经|一直|从前|老是|\b(ever|before|previously|in the past|used to|always)\b/i;

/** How they are doing, asked of a kind of account: 都啥情况, 怎么样, "how are they doing", "status". */
const HOW_ARE = /怎么样|咋样|啥情况|什么情况|情况如何|如何|近况|\bhow (are|is|'re)\b|\bdoing\b|\bstatus\b|\bupdate\b/i;

/** Since a time said: 从开春到现在, 8月以来, "since spring". */
const SINCE = /(从|自).{1,8}(到现在|到今天|以来|至今|起)|以来|\bsince\b/i;

/** Asked what an account ordered or bought, or when. */
const ORDERS_ASKED =
  /下单|下过单|订单|买过|买了(些)?(啥|什么)|采购过|(从|在)(咱|我们|我司)(这|这里|这儿)?(买|采购|进|订)|\b(last|latest|recent|previous|first) (order|purchase)s?\b|\b(ordered|bought|purchased)\b|\border(s)? (from|with) us\b/i;
const ORDER_READS: readonly Intent[] = [
  "account_overview",
  "last_contact",
  "power_map",
  "forecast",
  "find_deals",
  "help",
];

/** A question about what one account or person said in a period already begun ("年初", "back in march"). */
function saidThen(intent: Intent, e: Entities, masked: string, now: string): boolean {
  if (!["power_map", "last_contact", "account_overview", "help"].includes(intent)) return false;
  // A period over at least two weeks ago: what was said lately is in the account's latest notes (its overview).
  const fortnightAgo = new Date(Date.parse(now.slice(0, 10)) - 14 * 86_400_000).toISOString().slice(0, 10);
  if (!e.dateRange || e.dateRange.to > fortnightAgo) return false;
  return (e.accountIds.length === 1 || e.contactIds.length === 1) && SAID_ASKED.test(masked);
}

/**
 * The reading of a question about the past, or about a kind of account, once its accounts, people and dates are
 * known; undefined when the message is none (the caller goes on). Sets the entities the reading needs.
 */
export function reviseAskedOfPast(
  intent: Intent,
  entities: Entities,
  text: string,
  masked: string,
  mentionedIds: string[],
  input: UnderstandInput,
): Intent | undefined {
  // "巴总去年冬天交代检修最晚哪天弄完", "what were they complaining about back in march": what was said then.
  if (saidThen(intent, entities, masked, input.now)) {
    entities.saidThen = true;
    entities.notesAbout = questionWords(masked);
    return "last_contact";
  }
  // "严总以前对咱们有啥不满意的", "did he ever complain about us before": what the notes with that person say on it.
  const personTopic = entities.contactIds.length === 1 ? noteTopicWords(text, null) : [];
  if (personTopic.length > 0 && EVER_SAID.test(masked) && ["power_map", "last_contact", "help"].includes(intent)) {
    entities.saidThen = true;
    entities.notesAbout = personTopic;
    return "last_contact";
  }
  // "从开春到现在一次都没去过", "not been to since spring": not contacted since the period's first day.
  const since = entities.dateRange?.from;
  if (intent === "stale_accounts" && since && since < input.now.slice(0, 10) && SINCE.test(masked)) {
    const days = Math.round((Date.parse(input.now.slice(0, 10)) - Date.parse(since)) / 86_400_000);
    entities.week = { ...entities.week, days };
    entities.dateRange = undefined;
  }
  // "银行客户现在都啥情况", "hospital accounts - how are they doing": the accounts of a kind, listed.
  const kind =
    mentionedIds.length === 0 &&
    ["account_overview", "help"].includes(intent) &&
    HOW_ARE.test(masked) &&
    !DEAL_WORD.test(masked)
      ? KIND_ASKED.exec(masked)
      : null;
  const kindSaid = kind?.[1] ?? kind?.[2];
  const codes = [...new Set(input.accounts.map((a) => a.industry ?? ""))];
  const code = kindSaid ? industryCode(kindSaid, codes) : undefined;
  // A kind in words (银行, hospitals), or one of the book's own codes said as a word ("packaging accounts").
  if (kindSaid && code && (isIndustryPhrase(kindSaid) || code.split(",").every((c) => codes.includes(c)))) {
    entities.industry = code;
    entities.accountIds = [];
    entities.unresolvedAccountText = undefined;
    entities.unresolvedNames = undefined;
    return "find_accounts";
  }
  // "他们最后一次下单是啥时候 买的啥", "去年他们从咱这买过啥", "when was the last order and how much": their orders.
  if (entities.accountIds.length === 1 && ORDERS_ASKED.test(masked) && ORDER_READS.includes(intent)) {
    entities.ordersAsked = true;
    entities.notesAbout = undefined;
    if (entities.dateRange && entities.dateRange.from > input.now.slice(0, 10)) entities.dateRange = undefined;
    return "account_overview";
  }
  // "and lead times?" right after what one account said: what its notes say on that topic.
  const topic = noteTopicWords(text, null);
  if (
    intent === "last_contact" &&
    input.context?.lastIntent === "last_contact" &&
    mentionedIds.length === 0 &&
    entities.contactIds.length === 0 &&
    entities.accountIds.length === 1 &&
    topic.length > 0 &&
    masked.trim().length <= 24
  ) {
    entities.notesAbout = topic;
    return "account_overview";
  }
  return undefined;
}
