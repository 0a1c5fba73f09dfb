import { narrowByPlace } from "./described-by-place";
import { findAccountMentions } from "./find-account-mentions";
import { readKindWordsEn } from "./kind-words-en";
import { sounds } from "./pinyin-forms";
import { correctionTarget } from "./read-correction";
import type { AccountRef, ContactRef } from "./types";

export type Choice = { label: string; message: string };

const ZH_POSITION: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4 };
const EN_POSITION: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3 };

/** "and the other one?", "另一个呢", "那另外那家": the choice not picked last turn. */
const OTHER_ONE =
  /^\s*(ok(ay)?\s*,?\s*)?(and\s+|what about\s+|how about\s+)?the other (one|account|company)\s*[?？.]*\s*$|^\s*(那|那么)?(另外|另)(一个|一家|那个|那家)(呢|怎么样|咋样)?\s*[?？]?\s*$/i;

/** The one choice left when the user asks for "the other one" after picking from two. */
export function otherChoice(message: string, others: Choice[] | undefined): string | null {
  return OTHER_ONE.test(message) && others?.length === 1 ? others[0].message : null;
}

/** Words around a typed pick: 那个, 的, 吧, "the … one", "please". */
const REST =
  /那个|这个|那家|这家|那位|这位|就是|是|选|要|的|吧|呗|呢|啊|\bthe\b|\bone\b|\bthat\b|\bplease\b|\bpls\b|[\s,.!?，。！？、]/g;

/**
 * The answer to the choices offered last turn, typed instead of tapped: "第二个", "the second one", "津湾那个",
 * "唐海鹏". Only an answer that fits exactly one choice picks it; its message is then read as the question.
 */
export function pickChoice(
  message: string,
  choices: Choice[] | undefined,
  accounts: AccountRef[],
  contacts: ContactRef[],
): string | null {
  if (!choices?.length) return null;
  // "不是一院 是二院", "no, the metro one": the correction's own words are the answer.
  const text = (correctionTarget(message) ?? message).trim();
  if (text.length === 0 || text.length > 24) return null;
  const zh = text.match(/^第?([一二两三四])(个|家|位)?(吧|呢)?[。！!]?$/);
  const en = text.toLowerCase().match(/^(?:the )?(first|1st|second|2nd|third|3rd)(?: one)?(?: please| pls)?[.!]?$/);
  const n = zh ? ZH_POSITION[zh[1]] : en ? EN_POSITION[en[1]] : 0;
  if (n) return choices[n - 1]?.message ?? null;
  // "二院", "第二医院": the choice whose name carries that number (第二, 二院), not the second place.
  const ordinal = text.match(/^第?([一二三四五])(院|分院|医院|人民医院|中学|小学|分公司|厂)(那个|那家)?(吧|呢)?$/);
  if (ordinal) {
    const fits = choices.filter(
      (c) => c.label.includes(`第${ordinal[1]}`) || c.label.includes(ordinal[1] + ordinal[2]),
    );
    return fits.length === 1 ? fits[0].message : null;
  }
  const core = text.toLowerCase().replace(REST, "").trim();
  const mentions = findAccountMentions(text, accounts).map((m) => ({
    text: m.text,
    name: accounts.find((a) => a.id === m.accountId)?.name ?? "\u0000",
  }));
  const people = contacts.filter((c) => text.includes(c.name)).map((c) => ({ text: c.name, name: c.name }));
  // What names the choice: the whole answer, or an account or person it mentions.
  const said = (label: string) =>
    core.length >= 2 && label.toLowerCase().includes(core)
      ? core
      : [...mentions, ...people].find((m) => label.includes(m.name))?.text.toLowerCase();
  const picked = choices.flatMap((c) => {
    const by = said(c.label);
    return by ? [{ c, by }] : [];
  });
  if (picked.length === 0)
    return (
      byKindEn(text, choices) ??
      byAliasWord(core, choices, accounts) ??
      byPlace(text, core, choices, accounts) ??
      bySound(core, choices)
    );
  if (picked.length !== 1) return null;
  // Only an answer that is the choice and nothing more: "那鹏城电网的预测呢" is a new question, not a pick.
  const rest = text.toLowerCase().replace(picked[0].by, "").replace(REST, "").trim();
  return rest.length <= 1 ? picked[0].c.message : null;
}

/** "the supermarket chain", "the hospital one": English kind words against Chinese labels; one choice fitting all. */
function byKindEn(text: string, choices: Choice[]): string | null {
  if (/\p{Script=Han}/u.test(text)) return null;
  const { groups, rest } = readKindWordsEn(text);
  // Nothing but kind words and fillers: "the supermarket chain", not a new question.
  if (groups.length === 0 || rest.replace(/\b(company|account|customer|client)\b/g, "").replace(REST, "").length > 1)
    return null;
  const fits = choices.filter((c) => groups.every((zh) => zh.some((w) => c.label.includes(w))));
  return fits.length === 1 ? fits[0].message : null;
}

/**
 * "the express one" between 南昌洪城快递物流 (alias Hongcheng Express) and 南昌洪城冷链物流: a word of one choice's
 * English name or alias, in no other choice's.
 */
function byAliasWord(core: string, choices: Choice[], accounts: AccountRef[]): string | null {
  if (!/^[a-z]{3,}$/.test(core)) return null;
  const word = new RegExp(`\\b${core}\\b`, "i");
  const fits = choices.filter((c) => {
    const a = accounts.find((x) => x.name === c.label);
    return !!a && [a.name, ...a.aliases].some((n) => word.test(n));
  });
  return fits.length === 1 ? fits[0].message : null;
}

/**
 * "长沙那个", "the one in Changsha" between 湖南康元医药物流 (长沙) and 江西康元医药连锁 (南昌): the one choice whose
 * account is in the place said, when the answer says nothing but the place.
 */
function byPlace(text: string, core: string, choices: Choice[], accounts: AccountRef[]): string | null {
  if (core.replace(/\b(in|at|from|over|based|located)\b|在|位于|那边|那儿/g, "").trim().length > 12) return null;
  const byLabel = new Map(choices.flatMap((c) => accountsOfLabel(c.label, accounts).map((a) => [a.id, c] as const)));
  const ids = [...byLabel.keys()];
  const fits = narrowByPlace(text, ids, accounts);
  const picked = [...new Set(fits.map((id) => byLabel.get(id)))];
  return fits.length < ids.length && picked.length === 1 ? (picked[0]?.message ?? null) : null;
}

/** The accounts a choice's label names: an account's own name, or the account written beside a person. */
function accountsOfLabel(label: string, accounts: AccountRef[]): AccountRef[] {
  const own = accounts.find((a) => a.name === label);
  return own ? [own] : accounts.filter((a) => label.includes(a.name));
}

/**
 * "仁记的" for 仁济 between a 仁济 and a 鄂州 choice: Chinese typed by its sound, the same syllables in a row in one
 * choice's label and in no other.
 */
function bySound(core: string, choices: Choice[]): string | null {
  if (!/^[\u4e00-\u9fff]{2,6}$/.test(core)) return null;
  const said = ` ${sounds(core).join(" ")} `;
  const fits = choices.filter((c) => ` ${sounds(c.label.replace(/[^\u4e00-\u9fff]/g, "")).join(" ")} `.includes(said));
  return fits.length === 1 ? fits[0].message : null;
}
