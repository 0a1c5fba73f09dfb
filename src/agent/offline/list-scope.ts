import type { Intent } from "./intents";
import { personPinyinForms, sounds } from "./pinyin-forms";
import type { Entities } from "./types";

// Whose and which part of a list a message asks for: one rep's accounts of a manager's book, and which of a
// competitor's deals.

/** Lists that can be asked of one rep's accounts. */
export const REP_SCOPED: readonly Intent[] = [
  "at_risk_accounts",
  "receivables",
  "find_accounts",
  "forecast",
  "find_deals",
];

/**
 * "郑凯那边有啥逾期的", "Zheng Kai's overdue accounts": the one rep whose name the message writes out (as stored, any
 * case), for a list, when the user sees several reps' accounts (`reps` is empty otherwise).
 */
export function repAsked(text: string, intent: Intent, reps: { id: string; name: string }[]): string | undefined {
  if (!REP_SCOPED.includes(intent)) return undefined;
  const named = reps.filter((r) => writesRep(text, r.name));
  return named.length === 1 ? named[0].id : undefined;
}

/** The rep's name written out, as stored or in pinyin either way round ("Ma Xiao", "Xiao Ma", "maxiao" for 马骁). */
export function writesRep(text: string, name: string): boolean {
  const lower = ` ${text.toLowerCase().replace(/['’]s\b/g, "")} `;
  const stored = name.trim().toLowerCase();
  if (stored.length >= 2 && lower.includes(stored)) return true;
  if (personPinyinForms(name.trim()).some((form) => new RegExp(`[^a-z]${form}[^a-z]`).test(lower))) return true;
  // "晓雯手上的客户", "only Xiaowen's": a colleague called by the given name of a three-character name.
  const given = /^[\u4e00-\u9fff]{3}$/.test(stored) ? stored.slice(1) : "";
  if (!given) return false;
  const at = lower.indexOf(given);
  if (at >= 0 && !/[\u4e00-\u9fff]/.test(lower[at - 1] ?? "")) return true;
  return new RegExp(`[^a-z]${sounds(given).join("")}[^a-z]`).test(lower);
}

const LOST =
  /输给|丢给|输了|丢了|输掉|丢掉|黄了|败给|抢(走|去)?了(我们|咱们?|我)|被[^，。？?]{1,8}抢|\blost\b|\blose\b|\blosses\b|\btook (them|it|those|the deals?)\b|\b(took|take|taken|stole|steal|snatched|grabbed) .{0,20}\b(off|from) (us|me)\b|\bbeat (us|me)\b/i;
const WON = /赢了|赢过|打败|抢下|\bwon\b|\bbeat\b/i;
/** A competitor's fight said to be going on: 在抢, 在跟, "fighting us on". */
const ONGOING = /在抢|在跟|正在|还在|抢着|跟我们抢|和我们抢|\b(fighting|competing|up against|going after)\b|\bopen\b/i;

/**
 * Which of a competitor's deals are asked about: lost or won when the outcome is said; all of them when a rival is
 * named with neither an outcome nor a fight going on ("deals where Nordfrost is in the mix", "诺德冷控的单子"): the
 * open ones with their stage, the closed ones with how they ended; else the open ones.
 */
export function competitorStatus(text: string, rival: string | undefined | null): Entities["competitorStatus"] {
  if (LOST.test(text)) return "lost";
  if (WON.test(text)) return "won";
  return rival && !ONGOING.test(text) ? "all" : "open";
}

/** The figures a list is ranked by, as said, each with its field (find_accounts' sortBy). */
const RANK_FIELDS: [RegExp, NonNullable<Entities["sortBy"]>][] = [
  [/战略价值|战略意义|\bstrategic( value| importance)?\b/i, "strategic_value"],
  [/赢率|赢单可能|好拿|容易拿|\bwinnab\w*|\beasiest to win\b/i, "winnability"],
  [/钱包|采购预算|\bwallet\b/i, "wallet"],
  [/营收|年收入|收入规模|体量|\b(annual )?revenue\b|\bturnover\b/i, "annual_revenue"],
  [/员工|人数|人最多|\bheadcount\b|\bemployees\b/i, "employees"],
];
/** Words that ask for the top of a ranking: 最高, 最大, 排名, top, highest, biggest. */
const RANKED =
  /最高|最大|最多|最强|排名|排序|排个序|前[几三五十]|\btop\b|\bhighest\b|\bbiggest\b|\blargest\b|\bmost\b|\brank(ed|ing)?\b|\bsort(ed)?\b/i;

/**
 * "战略价值最高的几家", "top accounts by revenue", "which are easiest to win": the figure a list is ranked by, when a
 * ranking is asked for; else none (the score order stands).
 */
export function rankAsked(text: string): Entities["sortBy"] | undefined {
  if (!RANKED.test(text)) return undefined;
  return RANK_FIELDS.find(([re]) => re.test(text))?.[1];
}
