import { WENT_EN, WENT_ZH } from "./detect-interaction-kind";
import { extractActionTitle } from "./extract-free-text";
import type { Intent } from "./intents";
import { EN_SMALL_NUMBERS, ZH_SMALL_NUMBERS } from "./small-numbers";
import type { ConversationContext, Entities } from "./types";

// Readings that revise the intent chosen from the cues, once the message's accounts, people and dates are known.

/** "加起来一共多少", "total overdue?": the sum over a list of accounts with one risk signal. */
const TOTAL =
  /加起来|加一块|加一起|加在一起|一共|总共|合计|总计|\bcombined\b|\ball together\b|不(算|计|按|考虑)概率|不加权|\btotal\b|\bsum\b|\baltogether\b|\bin all\b|\bunweighted\b|\bwithout (the )?(probabilit|weight)/i;
export const OVERDUE = /逾期|欠款|没回款|未回款|\boverdue\b|\bpast due\b|\bunpaid\b/i;
export const NOT_DUE_SAID = /没到期|未到期|不到期|\bnot (yet )?due\b/i;

export function listTotal(
  intent: Intent,
  e: Entities,
  masked: string,
  mentionedIds: string[],
  context?: ConversationContext,
): Intent | undefined {
  if (!TOTAL.test(masked) || mentionedIds.length > 0) return undefined;
  // After the receivables ("一共多少", "total?"): the same list summed, over the same dues unless others are said.
  if (
    context?.lastIntent === "receivables" &&
    ["help", "at_risk_accounts", "receivables", "forecast"].includes(intent)
  ) {
    e.receivableDue = NOT_DUE_SAID.test(masked)
      ? "not_due"
      : OVERDUE.test(masked)
        ? "overdue"
        : (context.lastReceivableDue ?? "all");
    e.accountIds = [];
    return "receivables";
  }
  // After the deals closing in a period or a deal list: the same deals again, their amounts added up (unweighted).
  const kept = context?.lastDealAsk;
  if (
    (context?.lastIntent === "forecast" || context?.lastIntent === "find_deals") &&
    ["help", "forecast", "find_deals"].includes(intent)
  ) {
    keepDealAsk(e, context);
    if (context.lastIntent === "find_deals") e.dealList = { ...kept?.dealList, ...e.dealList };
    return context.lastIntent;
  }
  // "金额一共", "combined $?" right after a competitor's deals: the same deals again, with what they add up to.
  if (
    context?.lastIntent === "competitor_deals" &&
    ["help", "competitor_deals", "find_deals", "forecast"].includes(intent)
  ) {
    if (kept?.competitor && !e.competitor) e.competitor = kept.competitor;
    e.competitorStatus = kept?.dealList?.status ?? "all";
    if (kept?.dateRange && !e.dateRange) e.dateRange = kept.dateRange;
    e.accountIds = [];
    return "competitor_deals";
  }
  if (!["help", "at_risk_accounts", "list_actions"].includes(intent)) return undefined;
  const risk = e.risk ?? (OVERDUE.test(masked) ? "late_payment" : undefined) ?? context?.lastRisk;
  const afterList = context?.lastIntent === "at_risk_accounts" && !!context.lastRisk;
  if (!risk || (!afterList && !OVERDUE.test(masked))) return undefined;
  // "total overdue across the team", "逾期一共多少" with no list before: the money past due now, summed (receivables).
  if (!afterList) {
    e.receivableDue = "overdue";
    e.accountIds = [];
    return "receivables";
  }
  e.risk = risk;
  e.accountIds = [];
  return "at_risk_accounts";
}

/**
 * Only an order asked for: "按金额从大到小排", "sort by amount", "largest on top". "按金额排 前三个" is read too; the
 * list comes whole, largest first (no list is cut to its first few).
 */
const SORT_ONLY =
  /^\s*(那|那就|再)?(按|照)(金额|钱|大小|数额)(从大到小|由大到小|倒序)?(排|排序|排一下|排个序|排下)(一下)?\s*(前[三五十]个?|前\d+个?)?\s*[。.!！]?\s*$|^\s*(pls |please )?(sort|order|rank)( it| them| that| those)? by (amount|size|value)( pls| please)?\s*[.!?]?\s*$|^\s*(biggest|largest) (first|on top)\s*[.!?]?\s*$/i;

/** One deal asked, the soonest: 哪个最快签, "which of those closes first". */
const WHICH_FIRST = /(哪|谁)|\b(which|what)\b/i;

/** Only the first few of the last list: 前三个, 只看前五, "top three", "top 5". */
const TOP_N =
  /^\s*(?:那|就|只)?(?:看)?前\s*([两三四五六七八九十]|\d{1,2})\s*(?:个|名|家|笔|条|单)?\s*(?:吧|呢|就行)?\s*[。.!！?？]?\s*$|^\s*(?:just |only )?(?:the )?top\s*(three|five|ten|two|four|\d{1,2})\s*(?:ones?|deals?|pls|please)?\s*[?.!]*\s*$/i;
const COUNT_WORDS: Record<string, number> = { ...ZH_SMALL_NUMBERS, ...EN_SMALL_NUMBERS };
const countOf = (said: string): number => Math.min(COUNT_WORDS[said.toLowerCase()] ?? Number(said), 50);

/** The soonest close asked of a deal list: 按签约日期排, 哪个最快签, 最早签的, "sort by close date", "closes first". */
const BY_CLOSE =
  /(按|照)(签约|签单|成交|关单|结单|预计签约|预计成交|截止)?(日期|时间)(先后)?(排|排序|排一下|排个序|排下)|(哪|谁)(个|笔|单|家)?.{0,4}最(快|早|先)(签|成交|关单|落地|结)|最(快|早|先)(签|成交|落地)的?(是)?(哪|谁)|\b(which|what)( one| deal)?( of (those|these|them))? (closes|closing|signs|lands) (first|soonest|earliest)\b|\b(sort|order)( it| them| those)? by (close|closing|expected close|signing)( date)?\b|\bsoonest (to close|close)\b/i;

/**
 * "按金额从大到小排" right after a list of money: the same list by amount. The deals closing in a period (a
 * forecast's) become that period's open deals, largest first; the receivables and deal lists are so already.
 */
export function listSorted(
  intent: Intent,
  e: Entities,
  masked: string,
  context?: ConversationContext,
): Intent | undefined {
  if (!context?.lastIntent) return undefined;
  // "按签约日期排一下", "which of those closes first", "其中哪个最快签": the same deals, soonest close first.
  const byClose = BY_CLOSE.test(masked) && ["forecast", "find_deals"].includes(context.lastIntent);
  if (byClose && ["help", "find_accounts", "find_deals", "forecast", "account_overview"].includes(intent)) {
    keepDealAsk(e, context);
    // "哪个最快签" asks for one deal: the soonest, with how many there are; "按签约日期排" for the whole list.
    e.dealList = {
      ...context.lastDealAsk?.dealList,
      sortBy: "close",
      byStage: undefined,
      ...(WHICH_FIRST.test(masked) ? { limit: 1 } : {}),
    };
    return "find_deals";
  }
  // "前三个", "top three" right after a deal list: its first few, in the same order.
  const top = masked.match(TOP_N);
  if (top && ["forecast", "find_deals"].includes(context.lastIntent) && ["help", "find_deals"].includes(intent)) {
    keepDealAsk(e, context);
    e.dealList = { ...context.lastDealAsk?.dealList, byStage: undefined, limit: countOf(top[1] ?? top[2]) };
    return "find_deals";
  }
  if (!SORT_ONLY.test(masked)) return undefined;
  if (!["help", "find_accounts", "find_deals", "forecast", "receivables"].includes(intent)) return undefined;
  switch (context.lastIntent) {
    case "receivables":
      e.receivableDue = context.lastReceivableDue ?? "all";
      e.accountIds = [];
      return "receivables";
    // The late payers by amount: the money past due, largest first.
    case "at_risk_accounts":
      if (context.lastRisk !== "late_payment") return undefined;
      e.receivableDue = "overdue";
      e.accountIds = [];
      return "receivables";
    // "今年输掉的单都丢给谁了" then "按金额排下": the same deals (lost, won or open), largest first.
    case "competitor_deals":
    case "forecast":
    case "find_deals": {
      keepDealAsk(e, context);
      e.dealList = { ...context.lastDealAsk?.dealList, sortBy: "amount", byStage: undefined };
      return "find_deals";
    }
    default:
      return undefined;
  }
}

/**
 * "冰川现在跟哪些项目", "which deals is Huice on", "deals where Nordfrost is in the mix": a competitor named and
 * deals asked, no account named.
 */
const DEALS_ASKED =
  /(哪些|哪几|什么|啥|几)(个|笔)?(项目|单子|单|商机)|的(单子|项目|商机)|(掺和|参与|插手|搅和|也在跟|在抢|撞|碰)(的|了|上)?.{0,4}(项目|单子|单|商机)|\b(deals|projects|opportunities|bids)\b|\bdeals? (where|with|that|involving|against)\b|(哪几家|哪些客户|哪家|哪些地方|哪儿|哪里|哪些).{0,6}(抢|竞争|掺和|插手)|\bwhere\b.{0,20}\b(up against|fighting|competing|head to head)\b/i;

/**
 * "PCS rtg deal - is Nordkran still in it", "临港那单齐港还在跟吗": a named rival and one account, asking whether the
 * rival is still on the account's deal. The overview lists each deal with its competitor.
 */
const STILL_IN =
  /\bstill (in|on|bidding|competing|around|there|in the (race|running|mix|game)|undercutting|underbidding|cheaper|ahead|beating us)\b|\b(dropped|pulled|backed) out\b|\bout of (it|the (race|running|deal|bid))\b|还在(跟|抢|投|参与|竞争|里面|掺和)|还(跟|抢|参与|掺和)着?(吗|没|呢)|退出了?(吗|没)|出局了?(吗|没)/i;

/** A named rival: its deals when no account is named (DEALS_ASKED), one account's deals when it is asked still in. */
export function rivalAsked(
  rival: string | null | undefined,
  mentionedIds: string[],
  masked: string,
): Intent | undefined {
  if (!rival) return undefined;
  if (mentionedIds.length === 0 && DEALS_ASKED.test(masked)) return "competitor_deals";
  if (mentionedIds.length === 1 && STILL_IN.test(masked)) return "account_overview";
  return undefined;
}

/** Said of a call or visit that already happened: 刚跟…, 打了电话, 拜访了, "just had a call". */
const HAPPENED = new RegExp(
  String.raw`(刚刚?|刚才|已经)\s*(跟|和|给|去|打|通|见|拜访|聊|谈)|(打|通|见|拜访|聊|谈|开)(了|过)(?!解)|(打|通)过电话|${WENT_ZH}|${WENT_EN}|\b(just (had|called|met|spoke|talked|got off)|had a (call|meeting|visit)|just now|earlier today)\b`,
  "i",
);

const TODAY_SAID = /今天|今早|今儿|刚才|刚刚|\btoday\b|\bjust now\b|\bthis morning\b/i;
/** An action asked for in so many words: 提醒我, 加个待办, "remind me", "add a task". */
const REMINDER_ASKED = /提醒|待办|加个行动|添加行动|跟进一下|\bremind\b|\bto-?do\b|\btask\b|\bfollow[- ]up\b/i;

/**
 * "zhoushan ship repair framework deal - amount n close date": a deal's fields asked about, none given a value, is a
 * question about the deal (its overview lists amount, stage and close), not an update with nothing to change.
 */
export function dealAsked(intent: Intent, e: Entities): Intent | undefined {
  if (intent !== "update_opportunity" || e.accountIds.length === 0) return undefined;
  const d = e.deal;
  const given = d && (d.amount !== undefined || d.close || d.stage || d.nextStep || d.competitor);
  return given ? undefined : "account_overview";
}

/** A question, not a report: a question word or mark. */
const ASKED =
  /[?？]|吗|呢|啥|什么|多少|几[趟次回]|谁|哪|怎么|为什么|为啥|\b(what|when|who|how|why|which|is|are|did|does)\b.*$/i;
/** Reads that a report of a call or visit may mention the topic of (尾款, 报价): the report is logged instead. */
const REPORTED_OVER: readonly Intent[] = [
  "receivables",
  "account_overview",
  "power_map",
  "forecast",
  "tender_matches",
  "update_opportunity",
];
/** A deal change asked in so many words: the report then updates the deal (its note is not the point). */
const CHANGE_ASKED =
  /改(成|为|到)|更新|调(成|到|整)|推进到|阶段|赢单|丢单|输了|赢了|签了|\b(update|change|set|move|bump|mark|push|pull)\b|->|→/i;

/**
 * "11/20给渤洋孙部长打过电话 他说尾款下月初付": a call or visit that happened, told and not asked, is logged, whatever
 * topic (尾款) its note mentions.
 */
export function reportIsLog(intent: Intent, accountIds: string[], raw: string): Intent {
  if (!REPORTED_OVER.includes(intent) || accountIds.length !== 1 || !HAPPENED.test(raw) || ASKED.test(raw))
    return intent;
  if (intent === "update_opportunity" && CHANGE_ASKED.test(raw)) return intent;
  return "log_interaction";
}

/** A note written down now, whatever days its content names. */
const NOTE_TAKEN = /\b(add|put|make|leave|write) (a |an )?note\b|\bnote (that|down)\b|备注一下|加个备注|记一笔/i;

/**
 * A visit or call dated after today has not happened: it is an action due that day ("把明天拜访王主任记一下",
 * "log a visit next Tuesday"), never a completed interaction.
 */
export function futureLogIsAction(intent: Intent, e: Entities, now: string, raw: string): Intent {
  // "今天跟刘建明通了电话 样件报告他说下周给": a call that happened today, whatever it promised for later, with no
  // reminder asked for, is logged today.
  if (intent === "add_action" && HAPPENED.test(raw) && TODAY_SAID.test(raw) && !REMINDER_ASKED.test(raw)) {
    e.date = now.slice(0, 10);
    e.dateRange = undefined;
    return "log_interaction";
  }
  if (intent !== "log_interaction" || !e.date || e.date <= now.slice(0, 10)) return intent;
  // "刚跟施国强打了电话 杯膜他们想12月3号前定": the day to come is what was said on the call, logged today; so is a note
  // whose content names days ("add a note that the 12/15 demo got moved to 12/18").
  if (HAPPENED.test(raw) || NOTE_TAKEN.test(raw)) {
    e.date = now.slice(0, 10);
    e.dateRange = undefined;
    return intent;
  }
  e.actionTitle = e.actionTitle ?? extractActionTitle(raw.trim(), e.dateRange?.text) ?? e.summary;
  return "add_action";
}

/** What a question asks of a tender: its deadline and terms (an open one), who won (an award), a purchase planned. */
const OF_OPEN =
  /截止|截标|开标|投标|保证金|资格|资质|要求|踏勘|答疑|\b(deadline|close[sd]?|closing|due|deposit|bond|security|require[sd]?|requirements?|qualif\w*|certif\w*|bidders?)\b/i;
const OF_AWARD = /中标|谁中|中了|成交|\b(won|win(ner|ning)?|award(ed)?)\b/i;
const OF_PLANNED = /采购意向|意向|预算|计划采购|\b(planned|intention|budget)\b/i;
const KINDS_OF: [RegExp, string[]][] = [
  [OF_AWARD, ["competitor_win"]],
  [OF_OPEN, ["open_tender"]],
  [OF_PLANNED, ["upcoming", "renewal"]],
];

/**
 * "那个标啥时候截止", "中标价多少", "when does it close" right after a list of tenders for several accounts: the one
 * listed tender of the kind the question asks about (the only open one, the only award), else none (the list stands).
 */
export function tenderOfLastList(masked: string, e: Entities, context?: ConversationContext): string | undefined {
  if (e.accountIds.length > 0 || context?.lastIntent !== "tender_matches" || !context.lastTenders?.length)
    return undefined;
  for (const [asked, kinds] of KINDS_OF) {
    if (!asked.test(masked)) continue;
    const ids = [...new Set(context.lastTenders.filter((t) => kinds.includes(t.kind)).map((t) => t.accountId))];
    return ids.length === 1 ? ids[0] : undefined;
  }
  return undefined;
}

/**
 * The last deal list asked again: its period and filters, its one account (a forecast's closing list is the whole
 * book's) and its rep. The caller sets what changes (order, how many).
 */
function keepDealAsk(e: Entities, context: ConversationContext): void {
  keepDealFilters(e, context.lastDealAsk);
  e.accountIds = context.lastIntent === "find_deals" ? context.lastAccountIds.slice(0, 1) : [];
  if (context.lastRepId) e.ownerId = context.lastRepId;
}

/** The period and account filters of the last deal list, kept where the message says none of its own. */
export function keepDealFilters(e: Entities, kept: ConversationContext["lastDealAsk"]): void {
  if (kept?.dateRange && !e.dateRange) e.dateRange = kept.dateRange;
  if (kept?.industry && !e.industry) e.industry = kept.industry;
  if (kept?.region && !e.region) e.region = kept.region;
}
