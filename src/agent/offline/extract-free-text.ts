import { escapeRegExp } from "./normalize-text";

const COLON = /[:：]\s*/;
const DANGLING = /^(在|于|on|by|at|in|before|for|to|-|–)\s+|\s+(在|于|on|by|at|in|before|for|to)$/gi;
/** "…, put it on my list", "need to …": the order to keep it is no part of the errand; "need to" leads it. */
const KEEP_TAIL = /[\s,，]*\b(put|add) (it|this|that) (on|to) my (list|to[- ]?dos?|calendar|tasks)\b[\s.!]*$/i;
const NEED_LEAD = /^(i )?(need to|have to|gotta|must)\s+/i;
const ACTION_LEAD =
  /提醒我|(加|添加|新增|新建|创建|安排|设|建|set|add)\s*(一个|个|一条|条|一项|项)?\s*(行动|任务|待办|跟进|to-?do|task|reminder)|(记|加|设|定|建|留)(一个|个|一条|条)?提醒|提个醒|\bremind me( to)?\b|\b(ping|nudge|buzz) me( \S+)?( to)\b|\badd (an? )?(action|task|to[- ]?do|follow-?up|reminder)( for ([a-z]+\.? \d{1,2}(st|nd|rd|th)?|\S+))?( to)?\b|\b(set|create) (a|an|up an?|me an?) (action|task|to-?do|follow-?up|reminder)\b|\b(add|schedule|book|set up|plan|put in|arrange) (an? |another |one more |the )?(?=(visit|call|meeting|dinner|lunch|demo|site visit|check-?in)\b)/i;
/** Asking for it to be booked: 帮我约一下, 安排一下, 麻烦定个. */
const BOOK_LEAD = /^((帮我|请|麻烦|给我)(约|安排|定|订)(一下|个|下)?|(约|安排|定|订)(一下|个|下))\s*/;
/** Politeness around a command: 帮我, 请, please. */
const HELPER = /(帮我|请|麻烦|please)$/i;
const LOG_LEAD =
  /^(帮我)?(记录一下|记录|记一下|记下|登记|(记|加|留)个?\s*(note|备注|笔记)[:：]?)|^(please\s+)?(log|record|note( that| down)?|jot down)\b/i;

/**
 * The action's title: what follows the colon, else what follows the command words ("remind me to …"),
 * else what precedes them ("明天去仁济拜访，帮我加个行动"), else the whole request; without its date words.
 */
export function extractActionTitle(text: string, dateText?: string): string | undefined {
  let body = actionBody(text);
  // "12月底前给陶都发报价": the deadline's 前 / 之前 goes with the date.
  if (dateText) body = body.replace(new RegExp(`${escapeRegExp(dateText)}\\s*(之前|以前|前)?`), " ");
  // "set a task for Dec 3 to send …": the date gone, "for to" dangles; each such word at either end goes.
  let rest = tidy(body);
  for (let prev = ""; prev !== rest; ) {
    prev = rest;
    rest = tidy(rest.replace(DANGLING, " "));
  }
  // "帮我约一下明天下午去庐峰酒业": the request to book it is no part of what is to be done.
  // "12.5去嵩山拜访张红 记上": a visit to come written down is an action; the order to write it down is no part of it.
  // "嗯那个 约了…": the fillers of a dictated message are no part of what is to be done.
  const title = tidy(
    rest
      .replace(HELPER, "")
      .replace(BOOK_LEAD, "")
      .replace(LOG_TAIL, "")
      .replace(SPOKEN_LEAD, "")
      .replace(KEEP_TAIL, "")
      .replace(NEED_LEAD, ""),
  );
  return title.length > 0 ? title : undefined;
}

function actionBody(text: string): string {
  const colon = text.search(COLON);
  if (colon >= 0) return text.slice(colon).replace(COLON, "");
  const lead = text.match(ACTION_LEAD);
  if (!lead) return text;
  const after = text.slice((lead.index ?? 0) + lead[0].length);
  // "提醒我一下", "add a task pls": words that soften a command are no content.
  if (tidy(after).replace(FILLER, "").length > 0) return after;
  // Only a separate clause before the command is its content: "…拜访，帮我加个行动" or "…打个电话 加个待办", not
  // "给浙大一院加一个行动" (the command's own target).
  // "…送整体方案 到时候提醒我": when to remind is the date already read; it is no part of the errand.
  const before = text.slice(0, lead.index ?? 0).replace(/\s*(到时候?|届时|那天|当天|记得)\s*$/, " ");
  if (/[,，。;；]\s*(帮我|请|麻烦|please)?\s*$/i.test(before)) return before;
  // "…催一下那八十万的尾款帮我记个提醒": the errand, then the request, run together.
  return /\s(帮我|请|麻烦|please)?\s*$|(帮我|麻烦)$/i.test(before) && !/^\s*(给|为|帮|替|跟)/.test(before)
    ? before
    : "";
}

/** Fillers a dictated message starts with: 嗯, 那个, 就是, 然后. */
const SPOKEN_LEAD = /^(\s*(嗯+|呃+|那个|这个|就是|然后|对了)[\s,，]*)+/;

/** Softeners after a command: 一下, 吧, 哈, 谢谢, pls, thanks. */
const FILLER = /^(一下|下|哦|吧|啊|哈|呗|呀|好吗|好不好|谢谢|多谢|pls|please|thanks|thx|ty)*[\s。！!~～.?？]*$/i;

/** "…, log it", "…记一下": a command at the end of a summary is not what happened. */
const LOG_TAIL =
  /[\s,，。;；]*(帮我|请|麻烦|please|pls)?\s*(记录一下|记一下|记下来|记下|记上|记着|记录|登记一下|登记|log (it|that|this)|(?<=(?:pls|please)\s*)log|note (it|that|this)( down)?|record (it|that|this)|jot (it|that|this) down|记(到|在)[^，。？?\s]{2,16}(上|里|名下)?)[\s。！!.~～]*$/i;

/** "a call with X today -", "the visit with Dr. Wang yesterday:": what the card already says, before the note. */
const EN_MEETING_LEAD =
  /^(a |an |the |my |our )?(phone call|call|visit|meeting|chat|catch-?up|coffee|lunch|dinner)( with [^-–—:;,.]+?)?( (today|yesterday|this (morning|afternoon|evening|week)|last (week|night)|on [a-z]+))?\s*[-–—:;,]\s*/i;

/** The interaction's summary: what follows the colon, or the message without its "log"/"记录" lead. */
export function extractSummary(text: string): string | undefined {
  const colon = text.search(COLON);
  const body = colon >= 0 ? text.slice(colon).replace(COLON, "") : text.replace(LOG_LEAD, "").replace(LOG_TAIL, "");
  // "log a call with Gao today - he wants a quote": the card says the call, the person and the day; the note is the rest.
  const said = tidy(body).replace(EN_MEETING_LEAD, "").replace(SPOKEN_LEAD, "");
  const summary = tidy(said.length > 0 ? said : body);
  return summary.length > 0 ? summary : undefined;
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/^[\s,，。.;；:：、]+|[\s,，。;；:：、]+$/g, "")
    .trim();
}
