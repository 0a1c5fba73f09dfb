import {
  addDays,
  monthOffsetRange,
  monthRange,
  nearestDayOfMonth,
  nearestMonthDay,
  nearestWeekday,
  quarterOffsetRange,
  quarterRange,
  type Range,
  type Season,
  seasonRange,
  startOfWeek,
  weekRange,
  yearRange,
  ymd,
} from "./calendar";
import type { DateRule } from "./date-rule";

const WEEKDAY: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  "5": 5,
  "6": 6,
  "7": 7,
};
const NUMERAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const WEEK_OFFSET: Record<string, number> = { 下下: 2, 下: 1, 下个: 1, 上: -1, 上个: -1, 本: 0, 这: 0, 这个: 0 };
const DAY_OFFSET: Record<string, number> = {
  今天: 0,
  今日: 0,
  明天: 1,
  明日: 1,
  后天: 2,
  大后天: 3,
  昨天: -1,
  前天: -2,
  // Said the way people talk: 明早 (tomorrow morning), 今晚, 昨儿, 昨儿个, 前儿.
  明早: 1,
  明晚: 1,
  明儿: 1,
  明儿个: 1,
  今早: 0,
  今晚: 0,
  今儿: 0,
  今儿个: 0,
  昨日: -1,
  昨晚: -1,
  昨早: -1,
  昨儿: -1,
  昨儿个: -1,
  前晚: -2,
  前儿: -2,
  前儿个: -2,
};

const day = (d: Date): Range => ({ from: d, to: d });
const ZH_SEASON: Record<string, Season> = { 春: "spring", 开: "spring", 夏: "summer", 秋: "autumn", 冬: "winter" };

/** Chinese date expressions, most specific first; a later rule never re-reads text an earlier one took. */
export const ZH_DATE_RULES: DateRule[] = [
  {
    re: /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/g,
    single: true,
    resolve: (m) => day(ymd(+m[1], +m[2], +m[3])),
  },
  {
    // "明年1月15号", "今年12月3日": a day of the year named (not the year's range that 明年 alone is).
    re: /(明年|今年|去年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/g,
    single: true,
    resolve: (m, t) => day(ymd(t.getUTCFullYear() + yearShift(m[1]), +m[2], +m[3])),
  },
  {
    // "明年3月": that month of that year.
    re: /(明年|今年|去年)\s*(\d{1,2})\s*月份?(?!\s*\d)/g,
    resolve: (m, t) => monthRange(t.getUTCFullYear() + yearShift(m[1]), +m[2]),
  },
  {
    re: /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(?:之前|以前|前)/g,
    single: true,
    until: true,
    resolve: (m, t) => day(nearestMonthDay(t, +m[1], +m[2], "future")),
  },
  {
    re: /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
    single: true,
    resolve: (m, t, dir) => day(nearestMonthDay(t, +m[1], +m[2], dir)),
  },
  {
    // "deals closing before 12/31", "by 1/15": from today until that day.
    re: /\b(?:by|before|until|till)\s+(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?![\d/%])/gi,
    single: true,
    until: true,
    resolve: (m, t) => day(nearestMonthDay(t, +m[1], +m[2], "future")),
  },
  {
    // "11/20见了罗斌", "12/5 call with Kim": month/day typed fast (no amount is written with a slash).
    re: /(?<![\d/.,¥$A-Za-z])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?![\d/%])/g,
    single: true,
    resolve: (m, t, dir) => day(nearestMonthDay(t, +m[1], +m[2], dir)),
  },
  {
    // "12.5去嵩山拜访张红": month.day before what happens that day; "12.5万", "3.5%", "金额改12.5" stay numbers.
    re: /(?<![\d/.,¥$A-Za-z])(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])(?=\s*(?:去|来|见|拜访|约|开会|号|日|前|之前|到期|跟|和|给|打|上午|下午|晚上|早上|那天|上门|过去|出差|面谈|见面|汇报|交流|沟通|演示|培训|回访|现场|碰头|聊|当面|电话|视频|线上|发|送|交|签|带|陪))/g,
    single: true,
    resolve: (m, t, dir) => day(nearestMonthDay(t, +m[1], +m[2], dir)),
  },
  {
    // "todo: visit xie yongping at kerui 11.30", "送方案 12.15": month.day with a two-digit day closing the message, after
    // a word; "改成2.5", "合计12.5" stay numbers (a one-digit decimal), and "11.30am" is a time.
    re: /(?<=[\p{L}\p{Script=Han}◆]\s+)(1[0-2]|0?[1-9])\.(3[01]|[12]\d)(?=\s*[.!。！]?\s*$)/gu,
    single: true,
    resolve: (m, t, dir) => day(nearestMonthDay(t, +m[1], +m[2], dir)),
  },
  {
    // "约在12.3，届时上门": month.day right after a word that sets a day (约在, 定于, 改到); "在12.5万" stays money.
    re: /(?<=(?:约在|约|定在|定于|安排在|改到|推到|挪到|改在|放在)\s?)(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])(?![\d.%万千亿元wWkKmM])/g,
    single: true,
    resolve: (m, t, dir) => day(nearestMonthDay(t, +m[1], +m[2], dir)),
  },
  {
    // "25号约了邵经理", "3号去现场": a day of this month (or the next one, once past) with no month said; "3号楼",
    // "5号线", "2号泊位" are places, and "5日内" a span.
    re: /(?<![\d月年第./A-Za-z])(3[01]|[12]\d|0?[1-9])\s*(?:号(?![楼线仓库码泊位院厂车机台床道区座栋单室门口桥井堆场罐炉窑])|日(?![内后以起]))/g,
    single: true,
    resolve: (m, t, dir) => day(nearestDayOfMonth(t, +m[1], dir)),
  },
  {
    re: /大后天|今天|今日|明天|明日|后天|昨天|前天|(?:明|今|昨|前)儿个|明早|明晚|明儿|今早|今晚|今儿|昨日|昨晚|昨早|昨儿|前晚|前儿/g,
    single: true,
    resolve: (m, t) => day(addDays(t, DAY_OFFSET[m[0]])),
  },
  {
    re: /(下下|下个|上个|这个|下|上|本|这)(?:周|星期|礼拜)([一二三四五六日天1-7])/g,
    single: true,
    resolve: (m, t) => day(addDays(startOfWeek(t, WEEK_OFFSET[m[1]]), WEEKDAY[m[2]] - 1)),
  },
  {
    re: /(?:周|星期|礼拜)([一二三四五六日天1-7])/g,
    single: true,
    resolve: (m, t, dir) => day(nearestWeekday(t, WEEKDAY[m[1]], dir)),
  },
  { re: /(下下|下个|上个|这个|下|上|本|这)(?:周|星期|礼拜)/g, resolve: (m, t) => weekRange(t, WEEK_OFFSET[m[1]]) },
  { re: /本月|这个月|当月/g, resolve: (_m, t) => monthOffsetRange(t, 0) },
  { re: /下个?月/g, resolve: (_m, t) => monthOffsetRange(t, 1) },
  { re: /上个?月/g, resolve: (_m, t) => monthOffsetRange(t, -1) },
  { re: /(?:本|这个?|当前)季度?/g, resolve: (_m, t) => quarterOffsetRange(t, 0) },
  { re: /下个?季度/g, resolve: (_m, t) => quarterOffsetRange(t, 1) },
  { re: /上个?季度/g, resolve: (_m, t) => quarterOffsetRange(t, -1) },
  {
    re: /(明年|今年|去年)?\s*(?:第([一二三四1-4])季度|([一二三四1-4])季度|(?<=[明今去]年\s*)[Qq]([1-4]))/g,
    resolve: (m, t) => quarterRange(t.getUTCFullYear() + yearShift(m[1]), NUMERAL[m[2] ?? m[3] ?? m[4]]),
  },
  {
    // "月底前就得签的", "这个月底之前": from today to the month's last day.
    re: /(?:本月|这个?月)?月底(?:之前|以前|前)/g,
    resolve: (_m, t) => ({ from: t, to: monthOffsetRange(t, 0).to }),
  },
  {
    // "年底前能签的", "今年年底之前": from today to the year's last day.
    re: /(?:今年)?(?:年底|年末)(?:之前|以前|前)/g,
    resolve: (_m, t) => ({ from: t, to: ymd(t.getUTCFullYear(), 12, 31) }),
  },
  {
    // "去年冬天交代的", "开春那会儿", "年初说过": a season or the year's first quarter, of the year said or the latest.
    re: /(明年|今年|去年)?(?:的)?(春天|春季|开春|夏天|夏季|秋天|秋季|冬天|冬季|年初|年头)/g,
    resolve: (m, t) => {
      const shift = m[1] ? yearShift(m[1]) : undefined;
      if (m[2] === "年初" || m[2] === "年头") return quarterRange(t.getUTCFullYear() + (shift ?? 0), 1);
      return seasonRange(t, ZH_SEASON[m[2][0]], shift);
    },
  },
  { re: /今年|本年度?|明年|去年/g, resolve: (m, t) => yearRange(t.getUTCFullYear() + yearShift(m[0])) },
  { re: /(\d{1,2})\s*月份?/g, resolve: (m, t) => monthRange(t.getUTCFullYear(), +m[1]) },
];

function yearShift(word: string | undefined): number {
  if (word === "明年") return 1;
  if (word === "去年") return -1;
  return 0;
}
