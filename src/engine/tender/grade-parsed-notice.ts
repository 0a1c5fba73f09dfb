/**
 * Field grading of a parsed notice against a hand-checked label, the same rules as
 * shared/tools/tender-accuracy.mjs: names compared after removing spaces and punctuation, money
 * within half a unit, deadline to the minute, winners as sorted sets, awardAmount as a list or its
 * sum, contactPhone by its last 7 digits, and any of the label's `alternatives` accepted.
 */
type Label = Record<string, unknown> & { alternatives?: Record<string, unknown> };
type Parsed = Record<string, unknown>;

const norm = (s: unknown) =>
  s == null
    ? null
    : String(s)
        .normalize("NFKC")
        .replace(/[\s()()【】[\]“”"'、,,。.:;:;-]/g, "")
        .toLowerCase();
const amount = (m: unknown): number | null =>
  m == null
    ? null
    : typeof m === "number"
      ? m
      : typeof m === "object"
        ? (((m as { amount?: number }).amount ?? null) as number | null)
        : Number(m);
const time = (t: unknown) => (t == null ? null : String(t).replace(" ", "T").replace(/Z$/, "").slice(0, 16));
const digits = (s: unknown) => (s == null ? null : String(s).replace(/\D/g, ""));
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const sameMoney = (a: number | null, b: number | null) =>
  (a == null && b == null) || (a != null && b != null && Math.abs(a - b) <= Math.max(0.5, 1e-6 * b));
const moneyOut = (o: unknown) => (Array.isArray(o) ? o.map(amount) : amount(o));

type Check = (o: Parsed, w: unknown) => boolean;

function winnerOk(o: Parsed, w: unknown): boolean {
  const lots = (o.lots as { winner?: unknown }[] | undefined) ?? [];
  const got = list(o.winner ?? lots.map((l) => l.winner).filter(Boolean))
    .filter((x) => x != null)
    .map(norm)
    .sort();
  const want = list(w)
    .filter((x) => x != null)
    .map(norm)
    .sort();
  return JSON.stringify(got) === JSON.stringify(want);
}

function awardOk(o: Parsed, w: unknown): boolean {
  const want = list(w)
    .filter((x) => x != null)
    .map(amount) as number[];
  let got: unknown = moneyOut(o.awardAmount);
  const lots = o.lots as { awardAmount?: unknown }[] | undefined;
  if (got == null && lots) got = lots.map((l) => amount(l.awardAmount)).filter((x) => x != null);
  let g = list(got).filter((x) => x != null) as number[];
  if (want.length === 1 && g.length > 1) g = [g.reduce((a, b) => a + b, 0)];
  const gs = [...g].sort((a, b) => a - b);
  const ws = [...want].sort((a, b) => a - b);
  return g.length === want.length && ws.every((x, i) => sameMoney(gs[i], x));
}

export const GRADED_FIELDS: Record<string, [string | string[], Check]> = {
  type: ["type", (o, w) => o.type === w],
  projectName: ["projectName", (o, w) => norm(o.projectName) === norm(w)],
  projectNumber: ["projectNumber", (o, w) => norm(o.projectNumber) === norm(w)],
  buyer: ["buyer", (o, w) => norm(o.buyer) === norm(w)],
  agency: ["agency", (o, w) => norm(o.agency) === norm(w)],
  budget: [["budgetYuan", "budget"], (o, w) => sameMoney(amount(o.budget), amount(w))],
  maxPrice: [["maxPriceYuan", "maxPrice"], (o, w) => sameMoney(amount(o.maxPrice), amount(w))],
  deadline: [
    "deadline",
    (o, w) =>
      w != null && String(w).length <= 10 ? String(o.deadline ?? "").slice(0, 10) === w : time(o.deadline) === time(w),
  ],
  winner: ["winner", winnerOk],
  awardAmount: [["awardAmountYuan", "awardAmount"], awardOk],
  contactPhone: [
    "contactPhone",
    (o, w) => (w == null ? o.contactPhone == null : (digits(o.contactPhone) ?? "").includes(digits(w)!.slice(-7))),
  ],
};

/** `absent`: the label says the notice does not print this field (null or an empty list), so it must come back null. */
export type FieldGrade = { field: string; ok: boolean; got: unknown; want: unknown; absent: boolean };

/** Grades every labelled field of one notice; fields the label lacks are skipped. */
export function gradeParsedNotice(parsed: Parsed, label: Label): FieldGrade[] {
  const out: FieldGrade[] = [];
  for (const [field, [keys, ok]] of Object.entries(GRADED_FIELDS)) {
    const lk = list(keys).find((k) => (k as string) in label) as string | undefined;
    if (!lk) continue;
    const alts = label.alternatives ? list(label.alternatives[lk] ?? label.alternatives[field] ?? []) : [];
    const wants = [label[lk], ...alts];
    const good = wants.some((w) => {
      try {
        return ok(parsed, w);
      } catch {
        return false;
      }
    });
    const want = label[lk];
    const absent = want == null || (Array.isArray(want) && want.length === 0);
    out.push({ field, ok: good, got: parsed[field] ?? null, want, absent });
  }
  return out;
}
