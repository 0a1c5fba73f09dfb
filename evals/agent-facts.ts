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

export function statesFact(reply: string, value: unknown, kind: "text" | "number" | "money" | "pct"): boolean {
  if (kind === "text") return reply.includes(String(value));
  if (typeof value !== "number") return false;
  // Zero items are said in words: "暂时没有…", "No account …".
  if (kind === "number" && value === 0 && /没有|无|\bno\b|\bnone\b/i.test(reply)) return true;
  const shown = numbersIn(reply);
  if (kind === "pct") return shown.some((s) => s.percent && Math.abs(s.value - value * 100) <= s.tolerance + 1e-9);
  // Money and plain numbers: within the precision shown (1.2亿元 stands for anything that rounds to it).
  return shown.some((s) => !s.percent && Math.abs(s.value - value) <= s.tolerance + 1e-9);
}
