import type { Intent } from "./intents";
import { personPinyinForms } from "./pinyin-forms";
import type { Entities } from "./types";

// Whose and which part of a list a message asks for: one rep's accounts of a manager's book, and which of a
// competitor's deals.

/** Lists that can be asked of one rep's accounts. */
const REP_SCOPED: readonly Intent[] = ["at_risk_accounts", "receivables", "find_accounts"];

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
  return personPinyinForms(name.trim()).some((form) => new RegExp(`[^a-z]${form}[^a-z]`).test(lower));
}

const LOST = /输给|丢给|输了|丢了|败给|抢(走|去)?了(我们|咱们?|我)|被[^，。？?]{1,8}抢|\blost\b|\blose\b/i;
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
