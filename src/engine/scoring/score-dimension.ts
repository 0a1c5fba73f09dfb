import type { ScoreDimension } from "../types";
import type { AccountMetrics } from "./compute-metrics";
import { round2, round4 } from "./round";
import type { Bands, Dimension, RangeBand } from "./scorecard-schema";
import type { ScoringAccount } from "./scoring-facts";

/** Raw value of a rule: numbers rounded to 4 decimals (what is shown is what is matched), strings trimmed. */
export function readRaw(
  dimension: Dimension,
  account: ScoringAccount,
  metrics: AccountMetrics,
): number | string | null {
  const rule = dimension.rule;
  return rawValue(rule.kind === "attribute" ? account[rule.attribute] : metrics[rule.metric]);
}

/** An attribute's or metric's value as a rule matches it (a metric column's NaN, like null, is unknown). */
export function rawValue(value: unknown): number | string | null {
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

/**
 * One dimension's bands compiled for many accounts (book scoring asks once per account): numeric edges as arrays with
 * open sides infinite, so a raw value meets plain comparisons; categorical points memoised by raw text (a book repeats
 * a few industries). Data, not a closure per dimension, so the loop that reads it stays monomorphic.
 */
export type CompiledBands = {
  missing: number;
  min: Float64Array;
  max: Float64Array;
  points: Float64Array;
  /**
   * The edges moved onto unrounded values: x >= from[k] exactly when round4(x) >= min[k], x < to[k] exactly when
   * round4(x) < max[k] (see unroundedEdge), so a metric column's value meets the bands without being rounded.
   */
  from: Float64Array;
  to: Float64Array;
  /** Categorical bands (null for numeric ones). */
  values: Record<string, number> | null;
  otherwise: number;
  byText: Map<string, number>;
  /** Points by an attribute's text as stored, before trimming: a book repeats a few industries. */
  byStoredText: Map<string, number>;
};

export function compileBands(dimension: Dimension, bands: Bands): CompiledBands {
  const ranges = Array.isArray(bands) ? bands : [];
  const min = Float64Array.from(ranges, (b) => b.min ?? Number.NEGATIVE_INFINITY);
  const max = Float64Array.from(ranges, (b) => b.max ?? Number.POSITIVE_INFINITY);
  return {
    missing: round2(dimension.rule.missing),
    min,
    max,
    points: Float64Array.from(ranges, (b) => round2(b.points)),
    from: min.map(unroundedEdge),
    to: max.map(unroundedEdge),
    values: Array.isArray(bands) ? null : bands.values,
    otherwise: Array.isArray(bands) ? 0 : bands.otherwise,
    byText: new Map(),
    byStoredText: new Map(),
  };
}

/**
 * The least double x with round4(x) >= edge (-Infinity when every number qualifies). round4 never decreases as x
 * grows (each step of it is a correctly rounded, monotone operation), so round4(x) >= edge exactly when x >= this:
 * book scoring compares a column's value with it and skips round4 per account and dimension. Found once per band by
 * bisection between a double that falls short and one that reaches the edge, down to two neighbouring doubles.
 */
export function unroundedEdge(edge: number): number {
  if (Number.isNaN(edge)) return edge; // nothing compares true with NaN, before or after rounding
  if (round4(-Number.MAX_VALUE) >= edge) return Number.NEGATIVE_INFINITY;
  const start = Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, edge));
  let hi = start;
  for (let step = 1e-6; !(round4(hi) >= edge); step *= 2) hi = Math.min(Number.MAX_VALUE, hi + step);
  let lo = start;
  for (let step = 1e-6; round4(lo) >= edge; step *= 2) lo = Math.max(-Number.MAX_VALUE, lo - step);
  // Now round4(lo) < edge <= round4(hi), so lo < hi; halve until no double lies between them.
  for (;;) {
    const half = hi - lo;
    const mid = Number.isFinite(half) ? lo + half / 2 : lo / 2 + hi / 2;
    if (!(mid > lo && mid < hi)) return hi;
    if (round4(mid) >= edge) hi = mid;
    else lo = mid;
  }
}

/** Points of one raw value (0-100, 2 decimals), by the same rule as the line: book scoring keeps numbers, not sentences. */
export function bandPoints(c: CompiledBands, raw: number | string | null): number {
  if (raw === null) return c.missing;
  if (c.values === null) return typeof raw === "number" ? rangePoints(c, raw) : c.missing; // text: not a number
  if (typeof raw !== "string") return valuePoints(c.values, c.otherwise, raw);
  let p = c.byText.get(raw);
  if (p === undefined) {
    p = valuePoints(c.values, c.otherwise, raw);
    c.byText.set(raw, p);
  }
  return p;
}

/**
 * bandPoints of a metric column's value (NaN for unknown): a finite number goes straight to the numeric bands, met on
 * the unrounded edges (the same band as its round4 value would meet).
 */
export function columnPoints(c: CompiledBands, value: number): number {
  return c.values === null && Number.isFinite(value) ? unroundedPoints(c, value) : bandPoints(c, rawValue(value));
}

/** bandPoints(c, rawValue(value)) of an attribute's value, text looked up as stored (trimmed once per distinct text). */
export function attributePoints(c: CompiledBands, value: unknown): number {
  if (typeof value === "number") return columnPoints(c, value);
  if (typeof value !== "string") return bandPoints(c, rawValue(value));
  let p = c.byStoredText.get(value);
  if (p === undefined) {
    p = bandPoints(c, rawValue(value));
    c.byStoredText.set(value, p);
  }
  return p;
}

function rangePoints(c: CompiledBands, raw: number): number {
  for (let k = 0; k < c.points.length; k++) if (raw >= c.min[k] && raw < c.max[k]) return c.points[k];
  return c.missing;
}

/** rangePoints(c, round4(x)) for a finite x, without rounding it. */
function unroundedPoints(c: CompiledBands, x: number): number {
  const { from, to, points } = c;
  for (let k = 0; k < points.length; k++) if (x >= from[k] && x < to[k]) return points[k];
  return c.missing;
}

function valuePoints(values: Record<string, number>, otherwise: number, raw: number | string): number {
  const key = String(raw).trim().toLowerCase();
  return round2(Object.hasOwn(values, key) ? values[key] : otherwise);
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
