const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "九" -> 9, "十二" -> 12, "三十" -> 30, "12" -> 12. */
function readNumber(s: string | undefined): number | null {
  if (s === undefined || s === "") return null;
  if (/^\d+$/.test(s)) return Number(s);
  if (s === "半") return 30;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else return null;
  }
  return total + digit;
}

const pad = (n: number) => String(n).padStart(2, "0");

const NUM = "\\d{1,2}|[零〇一二两三四五六七八九十]{1,3}";
const DATE_TIME = new RegExp(
  `(?:(\\d{4})\\s*[年\\-/.]\\s*)?(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*[日号]?` +
    `(?:\\s*(?:\\(?(?:星期|周|礼拜)[一二三四五六日天]\\)?)?\\s*(?:\\(?北京时间\\)?\\s*)?(凌晨|早上|上午|中午|下午|晚上|傍晚)?\\s*(${NUM})\\s*(?:[:时点]\\s*:?\\s*(${NUM}|半)?\\s*分?)(?:\\s*:?\\s*\\d{1,2}\\s*秒?)?)?`,
);

export type DateTimeParts = { date: string; time: string | null; index: number; length: number };

/**
 * Finds the first date (and time, when written) in a text: "2025年8月28日9时30分",
 * "2025-08-28 09:30", "2025/8/28", "8月28日上午九点三十分" (year from `defaultYear`),
 * "下午2点" (+12h). Returns null when no date with a year can be read.
 */
export function findDateTime(text: string, defaultYear?: number): DateTimeParts | null {
  if (/[〇零一二三四五六七八九]{4}\s*年/.test(text)) text = chineseDateToDigits(text);
  // digits typeset one by one ("0 9 时 : 3 0 分") are one number; lengths stay the same so indexes hold
  if (/\d \d/.test(text))
    text = text.replace(/(?<!\d)\d(?: \d)+(?!\d)/g, (run) => run.replace(/ /g, "").padEnd(run.length));
  const re = new RegExp(DATE_TIME.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const year = m[1] ? Number(m[1]) : defaultYear;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (!year || month < 1 || month > 12 || day < 1 || day > 31) continue;
    // "8月28日" without a year is only a date when written with 月; "8-28" alone is too ambiguous
    if (!m[1] && !/月/.test(m[0])) continue;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    let hour = readNumber(m[5]);
    const minute = readNumber(m[6]) ?? 0;
    if (hour !== null && m[4] && /下午|晚上|傍晚/.test(m[4]) && hour < 12) hour += 12;
    const time = hour !== null && hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : null;
    return { date, time, index: m.index, length: m[0].length };
  }
  return null;
}

const CN_DATE =
  /([〇零一二三四五六七八九]{4})(\s*年\s*)([一二三四五六七八九十]{1,3})(\s*月\s*)([一二三四五六七八九十]{1,3})(?=\s*[日号])/g;

/**
 * "二〇二六年十月二十八日" -> "2026年10月28 日": a date in Chinese numerals, each number padded with
 * spaces to its written length so that indexes into the text still hold (only "十月" written "十" grows by one).
 */
function chineseDateToDigits(text: string): string {
  const padTo = (n: number | null, width: number) => (n === null ? null : String(n).padEnd(width));

  return text.replace(CN_DATE, (whole, y: string, a: string, m: string, b: string, d: string) => {
    const year = [...y].map((c) => CN_DIGITS[c]).join("");
    const month = padTo(readNumber(m), m.length);
    const day = padTo(readNumber(d), d.length);
    return month && day ? `${year}${a}${month}${b}${day}` : whole;
  });
}

/** Local `YYYY-MM-DDTHH:mm` of the first date-time in the text, or null. A date without a time gives `T00:00`. */
export function parseDateTime(text: string | null | undefined, defaultYear?: number): string | null {
  if (!text) return null;
  const hit = findDateTime(text, defaultYear);
  if (!hit) return null;
  return `${hit.date}T${hit.time ?? "00:00"}`;
}

const RANGE = /^\s*[—\-–~～至到]+\s*/;
const TIME = /(\d{1,2})\s*[:时点]\s*(\d{1,2})?/g;

/**
 * The closing moment of a window written as a range: "2019年7月9—11日8:30—16:00" -> 2019-07-11T16:00,
 * "2021年3月1日9:00至2021年3月5日17:00" -> 2021-03-05T17:00; a single date-time is returned as is.
 */
export function windowEnd(text: string | null | undefined, defaultYear?: number): string | null {
  if (!text) return null;
  const first = findDateTime(text, defaultYear);
  if (!first) return null;
  const rest = text.slice(first.index + first.length);
  let date = first.date;
  let tail = rest;
  if (RANGE.test(rest)) {
    const second = findDateTime(rest, Number(first.date.slice(0, 4)));
    const dayOnly = /^\s*[—\-–~～至到]+\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]/.exec(rest);
    if (second && second.index <= 3) return `${second.date}T${second.time ?? first.time ?? "00:00"}`;
    if (dayOnly) {
      const month = dayOnly[1] ? pad(Number(dayOnly[1])) : first.date.slice(5, 7);
      date = `${first.date.slice(0, 4)}-${month}-${pad(Number(dayOnly[2]))}`;
      tail = rest.slice(dayOnly[0].length);
    }
  }
  const times = [...tail.slice(0, 30).matchAll(TIME)].filter((m) => Number(m[1]) < 24 && Number(m[2] ?? 0) < 60);
  const last = times.at(-1);
  const time = last ? `${pad(Number(last[1]))}:${pad(Number(last[2] ?? 0))}` : first.time;
  return `${date}T${time ?? "00:00"}`;
}

/** Local `YYYY-MM-DD` of the first date in the text, or null. */
export function parseDate(text: string | null | undefined, defaultYear?: number): string | null {
  if (!text) return null;
  const compact = /\b(\d{4})(\d{2})(\d{2})\b/.exec(text);
  const hit = findDateTime(text, defaultYear);
  if (hit) return hit.date;
  return compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
}
