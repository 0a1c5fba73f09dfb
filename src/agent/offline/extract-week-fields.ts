import type { Intent } from "./intents";
import { ZH_SMALL_NUMBERS } from "./small-numbers";

/** What the Monday-morning intents read from a message beyond accounts, contacts and dates. */
export type WeekEntities = {
  /** A rep named as the owner of a book: 张静的客户情况, 张静's accounts. */
  rep?: string;
  /** "第一项", "the first one": a position in the open-actions list. */
  position?: number;
  status?: "done" | "dropped";
  /** "一个月没联系", "in the last 30 days". */
  days?: number;
  overdueOnly?: boolean;
  /** Words naming an action: 把「拜访蒋丽」改到下周二, push "the demo" at ECMG. */
  titleHint?: string;
};

const WEEK_INTENTS: readonly Intent[] = ["my_week", "list_actions", "update_action", "stale_accounts", "attainment"];
const CN_NUM: Record<string, number> = {
  ...ZH_SMALL_NUMBERS,
  半: 0.5,
};
const EN_NUM: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  six: 6,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};
const NOT_A_REP = /^(我|你|他|她|我们|你们|他们|团队|本周|这周|今年|全年|所有|哪些|全部|重点|大|核心|战略|普通)/;
/** Words no person's name is made of: 好久没跟的客户, 一直没人管的客户. */
const NOT_IN_A_NAME = /[没未不久过了都也还人些]/;
const PLACE_END = /[区市省县州镇乡村路街院城部司团]$|中心$/;

const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (CN_NUM[s] ?? EN_NUM[s.toLowerCase()] ?? Number.NaN));

/**
 * The week fields of a message for the intent chosen; absent ones are left out, never guessed. `masked` has the
 * account names replaced by ◆ (so "华东医疗集团的客户情况" names no rep).
 */
export function extractWeekFields(intent: Intent, raw: string, masked: string): WeekEntities | undefined {
  if (!WEEK_INTENTS.includes(intent)) return undefined;
  const out: WeekEntities = {};
  const rep = masked.match(
    /([\u4e00-\u9fff]{2,3})(?:的|手上的?|名下的?|'s)\s*(?:客户|账户|业绩|目标|accounts|book|customers|week)/i,
  )?.[1];
  if (rep && !NOT_A_REP.test(rep) && !PLACE_END.test(rep) && !NOT_IN_A_NAME.test(rep)) out.rep = rep;
  const pos =
    masked.match(/第\s*([一二三四五六七八九十]|\d+)\s*[项个条件]/)?.[1] ??
    masked.match(/\b(first|second|third|fourth|fifth)\b/i)?.[1] ??
    masked
      .match(/#\s*(\d+)|\bnumber (\d+)\b|\b(\d+)(?:st|nd|rd|th)\b/i)
      ?.slice(1)
      .find(Boolean);
  if (pos && intent === "update_action" && num(pos) >= 1) out.position = num(pos);
  // "那条待办关掉", "勾掉吧", "close it": a to-do closed is done (dropping one is said as such: 取消, cancel).
  if (
    /完成|做完|搞定|办完|弄完|弄好|做好了|发过了|已经发了|关掉|关了|勾掉|打勾|打钩|\bdone\b|\bcompleted?\b|\bfinished\b|\bclose (it|that|this|the (task|to-?do|action|reminder))\b|\btick (it|that) off\b|\bcheck (it|that) off\b/i.test(
      masked,
    )
  )
    out.status = "done";
  else if (/取消|放弃|不做了|删掉|\bdrop\b|\bcancel\b/i.test(masked)) out.status = "dropped";
  const days = readDays(masked);
  if (days) out.days = days;
  if (/逾期|过期|超期|拖延|\boverdue\b|\blate\b|\bpast due\b/i.test(masked)) out.overdueOnly = true;
  if (intent === "update_action" && !out.position) {
    const hint = titleHint(raw);
    if (hint) out.titleHint = hint;
  }
  return Object.keys(out).length ? out : undefined;
}

function readDays(text: string): number | undefined {
  const m = text.match(/(\d+|[一两二三四五六七八九十半])\s*个?\s*(天|日|周|星期|月|年)/);
  if (m) return Math.round(num(m[1]) * { 天: 1, 日: 1, 周: 7, 星期: 7, 月: 30, 年: 365 }[m[2] as "天"]);
  const e = text.match(/\b(\d+|a|one|two|three|four|six)\s+(day|week|month|year)s?\b/i);
  if (e) return Math.round(num(e[1]) * { day: 1, week: 7, month: 30, year: 365 }[e[2].toLowerCase() as "day"]);
  if (/\b(last|past) month\b|上个?月/i.test(text)) return 30;
  if (/\b(last|past) week\b|上周/i.test(text)) return 7;
  return undefined;
}

/** The words between the verb and the change: 把「拜访蒋丽」改到…, push 「the demo」 at/to … */
function titleHint(raw: string): string | undefined {
  const zh = raw.match(
    /(?:把|将)(.+?)(?:改到|推迟到|推到|挪到|延期到|调到|移到|延后到|提前到|改期到|标记|标为|设为)/,
  )?.[1];
  const en = raw.match(
    /\b(?:push|move|reschedule|postpone|shift|mark)\s+(?:the\s+|my\s+)?(.+?)\s+(?:at|for|with|to|as|on)\b/i,
  )?.[1];
  const hint = (zh ?? en)
    ?.replace(/的?(行动|任务|待办|那项|这项|那个)$/, "")
    .replace(/^(那个|这个|the)\s*/i, "")
    .trim();
  return hint && hint.length >= 2 && hint.length <= 40 ? hint : undefined;
}
