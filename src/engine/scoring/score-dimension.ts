import type { Account, ScoreDimension } from "../types";
import type { AccountMetrics } from "./compute-metrics";
import { round2, round4 } from "./round";
import type { Bands, Dimension, RangeBand } from "./scorecard-schema";

/** Raw value of a rule: numbers rounded to 4 decimals (what is shown is what is matched), strings trimmed. */
export function readRaw(dimension: Dimension, account: Account, metrics: AccountMetrics): number | string | null {
  const rule = dimension.rule;
  const value = rule.kind === "attribute" ? account[rule.attribute] : metrics[rule.metric];
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? round4(value) : null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

/** Per dimension object: finished lines by raw value, shared between accounts with the same raw value. */
type Memo = { byRaw: Map<number | string | null, ScoreDimension>; hits: number; misses: number };
const memos = new WeakMap<Dimension, Memo>();
/** Bound per dimension, so continuous raws (revenue) cannot grow the memo without limit. */
const LINES_PER_DIMENSION = 4096;

/**
 * Points for one dimension with a reason a person can check by hand:
 * `revenue12m = 1234567 in [1000000, 5000000) -> 70 points x weight 0.16 = 11.2`.
 * `bands` are the scorecard's or an industry override's (then named in `overrideNote`).
 * Numeric edges: min <= raw < max; categorical values compare trimmed and lower-cased.
 * A line depends only on (dimension, bands, raw), so lines are memoised and returned frozen:
 * a whole book repeats the same few lines, and sharing them keeps book scoring allocation-light.
 */
export function scoreDimension(
  dimension: Dimension,
  bands: Bands,
  raw: number | string | null,
  overrideNote = "",
): ScoreDimension {
  if (overrideNote !== "" || bands !== dimension.rule.bands) return buildLine(dimension, bands, raw, overrideNote);
  let memo = memos.get(dimension);
  if (memo === undefined) {
    memo = { byRaw: new Map(), hits: 0, misses: 0 };
    memos.set(dimension, memo);
  }
  const full = memo.byRaw.size >= LINES_PER_DIMENSION;
  // A full memo that rarely hits (a continuous raw such as revenue) is not worth the lookup.
  if (full && memo.hits * 4 < memo.misses) return Object.freeze(buildLine(dimension, bands, raw, ""));
  const cached = memo.byRaw.get(raw);
  if (cached !== undefined) {
    memo.hits++;
    return cached;
  }
  memo.misses++;
  const line = Object.freeze(buildLine(dimension, bands, raw, ""));
  if (!full) memo.byRaw.set(raw, line);
  return line;
}

/** The points alone (0-100, 2 decimals), by the same rule as the line: book scoring keeps numbers, not sentences. */
export function dimensionPoints(dimension: Dimension, bands: Bands, raw: number | string | null): number {
  const rule = dimension.rule;
  if (typeof raw === "number" && Array.isArray(bands)) {
    const band = findBand(bands, raw);
    return round2(band === undefined ? rule.missing : band.points);
  }
  if (raw !== null && !Array.isArray(bands)) {
    const key = String(raw).trim().toLowerCase();
    return round2(Object.hasOwn(bands.values, key) ? bands.values[key] : bands.otherwise);
  }
  return round2(rule.missing);
}

function buildLine(dimension: Dimension, bands: Bands, raw: number | string | null, note: string): ScoreDimension {
  const rule = dimension.rule;
  const field = rule.kind === "attribute" ? rule.attribute : rule.metric;
  let points: number;
  let why: string;
  if (typeof raw === "number" && Array.isArray(bands)) {
    const band = findBand(bands, raw);
    points = round2(band === undefined ? rule.missing : band.points);
    why = `${field} = ${raw} ${band === undefined ? "in no band, default" : `in [${band.min ?? "-inf"}, ${band.max ?? "inf"})`}`;
  } else if (raw !== null && !Array.isArray(bands)) {
    const key = String(raw).trim().toLowerCase();
    const listed = Object.hasOwn(bands.values, key);
    points = round2(listed ? bands.values[key] : bands.otherwise);
    why = `${field} "${raw}" ${listed ? "listed" : "not listed, otherwise"}`;
  } else {
    // Unknown, or text where numeric bands expect a number: the rule's stated default.
    points = round2(rule.missing);
    why = `${field} ${raw === null ? "unknown" : `"${raw}" is not a number`}, default`;
  }
  const weighted = round4(points * dimension.weight);
  const reason = `${why} -> ${points} points x weight ${dimension.weight} = ${weighted}${note}`;
  return { dimension: dimension.key, weight: dimension.weight, raw, points, reason };
}

function findBand(bands: RangeBand[], raw: number): RangeBand | undefined {
  for (const band of bands) {
    if ((band.min === undefined || raw >= band.min) && (band.max === undefined || raw < band.max)) return band;
  }
  return undefined;
}
