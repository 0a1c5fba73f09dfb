import { detectInteractionKind } from "./detect-interaction-kind";
import type { Intent } from "./intents";
import { parseDates } from "./parse-dates";
import type { IntentScore } from "./score-intents";

/** Meeting someone without a logging verb: 约…见一面, 碰个面, "catch up with". */
const MEET = /见一面|见个面|见面|碰个?面|聊一下|聊聊|\b(catch up|sit down)\b/i;
/** Said of what is still to come: 安排/约/打算/要去, "schedule", "set up", "going to". */
const PLAN =
  /安排|约|预约|打算|准备|计划|要去|去拜访|去见|回访|\b(schedule|set up|arrange|plan|book|going to|gonna|will|need to|have to)\b/i;
/** Later today: 今晚, 今天下午, tonight, this evening, later today. */
const LATER_TODAY = /今晚|今天晚上|今天下午|今儿晚上|\b(tonight|tonite|this (afternoon|evening)|later today)\b/i;
/** Said of what happened: 了/过, "had a call", "met", "spoke with". */
const DONE = /了|过|\b(had|met|called|visited|went|spoke|talked|saw|emailed|phoned|got off|caught up)\b/i;
/** A question asks about visits; it does not report or plan one ("上次见他是啥时候", "when did we last meet"). */
const QUESTION =
  /[?？]|吗|什么时候|啥时候|多久|几时|哪天|是否|有没有|\b(when|what|who|how|which|did|do|does|is|are)\b/i;
/** Intents that a cue-less message about a visit would otherwise fall into: the date and the verb decide instead. */
const READ_AS_VISIT: readonly Intent[] = ["account_overview", "power_map", "help", "find_accounts"];

/**
 * A visit, call or meeting with a day said: one still to come is an action (a reminder due that day), one that
 * happened is an interaction to log. "下周二去拜访定海医院王院长", "schedule a visit to X next Tuesday",
 * "yesterday afternoon had a call w/ dr. chen". Only when no stronger ask was read (a list, a forecast, a week).
 */
export function visitByDate(scores: IntentScore[], masked: string, now: string): IntentScore[] {
  const top = scores[0];
  if (top && !READ_AS_VISIT.includes(top.intent)) return scores;
  const asked = QUESTION.test(masked) && !/提醒|\bremind\b/i.test(masked);
  if (asked || !(detectInteractionKind(masked) || MEET.test(masked))) return scores;
  const today = now.slice(0, 10);
  const ahead = parseDates(masked, now, "future").date;
  // A day to come with a visit, a call or a meal named is a plan even without 安排/约 ("明天跟周院长吃饭"); later
  // today is one too when nothing says it happened ("今晚跟周院长吃饭", "dinner with Dr. Chen tonight").
  const planned = PLAN.test(masked) || !DONE.test(masked);
  if (ahead && ahead > today && planned) return lead(scores, "add_action");
  if (ahead === today && LATER_TODAY.test(masked) && !DONE.test(masked)) return lead(scores, "add_action");
  const back = parseDates(masked, now, "past").date;
  if (back && back <= today && DONE.test(masked)) return lead(scores, "log_interaction");
  return scores;
}

function lead(scores: IntentScore[], intent: Intent): IntentScore[] {
  const score = (scores[0]?.score ?? 0) + 1;
  return [{ intent, score, cues: ["visit-by-date"] }, ...scores.filter((s) => s.intent !== intent)];
}
