import { asksAboutLastList } from "./detect-follow-up";
import { WHICH_BEST_ZH } from "./intent-cues-zh";
import type { ConversationContext } from "./types";

const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const EN_NUM: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  fifth: 5,
  "5th": 5,
};

/** What each list is sorted by, as a question about its first item asks it. */
const SORTED_BY: Record<string, RegExp> = {
  stale_accounts: /最(久|长时间)|\b(longest|least recently)\b/i,
  at_risk_accounts:
    /最(危险|容易丢|可能流失)|风险最(高|大)|\b(riskiest|most at risk|highest risk|most likely to churn)\b/i,
  forecast: /最大|金额最(高|大)|最(值钱|多钱)|\b(biggest|largest)\b/i,
  find_deals: /最大|金额最(高|大)|最(值钱|多钱)|哪个(更)?大|\b(biggest|largest|bigger|larger)\b/i,
  competitor_deals: /最大|金额最(高|大)|最(值钱|多钱)|\b(biggest|largest)\b/i,
};

/** The top of the list named without a question word: "里面最大的那一单谁拍板", "for the largest of those, …". */
const TOP_OF_LIST =
  /(里面|其中|这些|这几|那些|那几|当中|中间)(的)?最(大|值钱)的?(那|这)?一?(单|笔|个|家)?|^\s*(the )?(biggest|largest)( one| deal)?\s*[-–:,]|^\s*(那|就)?最(大|值钱)(的)?(那|这)一?(个|单|笔|家)|(这|那)(几|些)(个|笔|家)?(单|单子|项目|商机)?(里|里面|中|当中).{0,3}最(大|值钱)|最(大|值钱)的(是|那个是|那单是)?(哪|谁)|\b(biggest|largest)( one| deal)? (of|among) (those|these|them)\b|\bwhich( one)? is (bigger|larger)\b|哪个(更)?大/i;

/**
 * Accounts named by their place in the last list shown ("第二个", "the second one", "最后一个"): the ids from the
 * context's list, or none when there was no list or it is shorter.
 */
export function resolvePositions(masked: string, context?: ConversationContext): string[] {
  const other = theOtherOne(masked, context) ?? theEarlierOne(masked, context);
  if (other) return [other];
  const list = context?.lastListIds ?? [];
  if (list.length === 0) return [];
  const at = (n: number) => (n >= 1 && n <= list.length ? [list[n - 1]] : []);
  const zh = masked.match(
    /第([一二两三四五六七八九十]|\d{1,2})(?:个|家|条|位)|第([一二两三四五六七八九十]|\d{1,2})(?=[呢的,，?？]|$)/,
  );
  if (zh) {
    const raw = zh[1] ?? zh[2];
    return at(ZH_NUM[raw] ?? Number(raw));
  }
  // "最后那家", "that last one", "the last account on the list": the list's last.
  if (
    /最后(一|那|这)?(个|家)|\b(the|that|this) (very )?last (one|account|customer|company|hospital|item)\b/i.test(masked)
  )
    return at(list.length);
  const en = masked.match(
    /\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?:one|account|hospital|customer|item)\b|\bthe\s+(first|second|third|fourth|fifth)\b(?=\s*[?.!,]|$)/i,
  );
  if (en) return at(EN_NUM[(en[1] ?? en[2]).toLowerCase()]);
  // "这几家里面哪家最值得投入", "which of these is most promising": the list itself (its first four, best first).
  // Only to weigh them against each other: "这些里面哪个风险最高" is a question about risk, not a comparison.
  const among =
    /(这|那)(几|些|[两三四]|\d)(家|个)?.{0,6}(哪|谁)|\b(which|who)( one)? (of|among) (these|those|them)\b|\bof (these|those|them),? (which|who)\b/i;
  const weigh = /\b(best|most (promising|valuable|important)|worth)\b/i;
  if (among.test(masked) && (WHICH_BEST_ZH.test(masked) || weigh.test(masked))) return list.slice(0, 4);
  // "哪个最久没去了" after the stale list, "which one's the biggest" after the deals closing: the list is sorted by
  // what is asked, so its first.
  const sortedBy = SORTED_BY[context?.lastIntent ?? ""];
  const byClose = context?.lastIntent === "find_deals" && context.lastDealAsk?.dealList?.sortBy === "close";
  const pointed = asksAboutLastList(masked, list) || (list.length > 1 && TOP_OF_LIST.test(masked));
  if (sortedBy && !byClose && pointed && sortedBy.test(masked)) return [list[0]];
  return [];
}

/** "那另一家呢", "and the other one?": no name, and of the two accounts just compared, the one not talked about now. */
const OTHER_ONE =
  /^(那|那么|还有)?(另一家|另外一家|另外那家|另一个|另外一个|另外那个)(客户|公司)?(呢|咋样|怎么样|的呢)?|\b(what about |how about |and )?the other (one|account|customer|company)\b/i;

/** "刚才那家明年想加啥" right after moving on to another account: the one talked about before it. */
const EARLIER_ONE =
  /(刚才|刚刚|前面|之前|上一)(说的|问的|聊的)?(那家|那个客户|那个公司|那个|那一家)|\b(the (previous|earlier|former) (one|account|customer|company)|the one (before|from before))\b/i;

function theEarlierOne(masked: string, context?: ConversationContext): string | undefined {
  const earlier = context?.earlierAccountIds ?? [];
  const now = context?.lastAccountIds ?? [];
  if (earlier.length !== 1 || masked.includes("◆") || !EARLIER_ONE.test(masked)) return undefined;
  return now.includes(earlier[0]) ? undefined : earlier[0];
}

function theOtherOne(masked: string, context?: ConversationContext): string | undefined {
  const pair = context?.pairIds ?? [];
  const now = context?.lastAccountIds ?? [];
  if (pair.length !== 2 || now.length !== 1 || masked.includes("◆") || !OTHER_ONE.test(masked.trim())) return undefined;
  return pair.includes(now[0]) ? pair.find((id) => id !== now[0]) : undefined;
}
