// Does a reply state a value from a tool result? Numbers are read as shown: with thousands separators, in
// 万/亿/k/M, as percentages, and matched within the precision they are shown with.

type Shown = { value: number; tolerance: number; percent: boolean };

const UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8, k: 1e3, K: 1e3, M: 1e6, m: 1e6 };

export function numbersIn(text: string): Shown[] {
  const out: Shown[] = [];
  const re = /(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(万|亿|k|K|M|m(?![a-z]))?\s*(%|％)?/g;
  for (const m of text.matchAll(re)) {
    const digits = m[1].replace(/,/g, "");
    const decimals = digits.includes(".") ? digits.split(".")[1].length : 0;
    const unit = m[2] ? UNIT[m[2]] : 1;
    out.push({ value: Number(digits) * unit, tolerance: 0.5 * 10 ** -decimals * unit, percent: Boolean(m[3]) });
  }
  return out;
}

/** Reads `a.b.0.c` from a value; undefined when any step is missing. */
export function at(value: unknown, path: string): unknown {
  let v: unknown = value;
  for (const key of path.split(".")) {
    if (v === null || v === undefined || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * The ways a person reads an ISO day, written here from the day itself (not from any product formatter): zh
 * 11月16日 / 2026年11月16日, en Nov 16 / November 16 / 16 Nov (Sept too), the ISO day itself.
 */
export function daySpellings(iso: string): string[] {
  const [y, m, d] = iso.split("-").map(Number);
  const full = MONTHS[m - 1];
  const short = [full.slice(0, 3), ...(m === 9 ? ["Sept"] : [])];
  const en = [full, ...short].flatMap((mon) => [`${mon} ${d}`, `${d} ${mon}`]);
  return [iso, `${m}月${d}日`, `${y}年${m}月${d}日`, ...en];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MOMENT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/;

export function statesFact(reply: string, value: unknown, kind: "text" | "number" | "money" | "pct"): boolean {
  // A day is said in words in both languages ("11月16日", "Nov 16"): any reading of that same day counts.
  if (kind === "text" && typeof value === "string" && ISO_DAY.test(value))
    return daySpellings(value).some((s) => new RegExp(`(^|[^0-9])${s}($|[^0-9])`).test(reply));
  // A moment (2026-10-10 14:30) likewise: the day in any reading, then its time.
  const moment = kind === "text" && typeof value === "string" ? value.match(ISO_MOMENT) : null;
  if (moment)
    return daySpellings(moment[1]).some((s) =>
      new RegExp(`(^|[^0-9])${s}(,? ${moment[1].slice(0, 4)})?[ ,，]*${moment[2]}($|[^0-9])`).test(reply),
    );
  if (kind === "text") return reply.includes(String(value));
  if (typeof value !== "number") return false;
  // Zero items are said in words: "暂时没有…", "No account …".
  if (kind === "number" && value === 0 && /没有|无|\bno\b|\bnone\b/i.test(reply)) return true;
  const shown = numbersIn(reply);
  if (kind === "pct") return shown.some((s) => s.percent && Math.abs(s.value - value * 100) <= s.tolerance + 1e-9);
  // Money and plain numbers: within the precision shown (1.2亿元 stands for anything that rounds to it).
  return shown.some((s) => !s.percent && Math.abs(s.value - value) <= s.tolerance + 1e-9);
}
