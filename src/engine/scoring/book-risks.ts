import type { Severity } from "../types";
import { SEVERITIES } from "../types";
import { type ChurnRisk, churnWeight } from "./churn-risk";
import type { AccountMetrics } from "./compute-metrics";
import { RISK_CODES, type RiskOptions } from "./detect-risks";
import {
  competitorStrongerSeverity,
  externalSeverities,
  latePaymentSeverity,
  lostDealSeverity,
  mainContactLeftSeverity,
  noTouchSeverity,
  ordersFallingSeverity,
} from "./risk-severity";
import type { ScoringFacts } from "./scoring-facts";

/**
 * A whole book's risk signals as codes (compressed rows: account i's signals are entries riskStart[i] until
 * riskStart[i+1]), in detectRisks' order (severity, then code), with the churn each gives. No sentence is built.
 */
export type RiskColumns = {
  /** Code table: an entry's code is codes[riskCode[k]]. */
  codes: string[];
  riskStart: Uint32Array;
  riskCode: Uint16Array;
  /** Index into SEVERITIES. */
  riskSeverity: Uint8Array;
  churnScore: Uint8Array;
  /** Index into SEVERITIES. */
  churnLevel: Uint8Array;
  /** The code that raised a low churn level to medium (index into codes), -1 for none. */
  churnFloor: Int16Array;
};

const SEVERITY_INDEX: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** The codes of the rules every account is checked against, in the order they are checked: the first six codes. */
const FIXED_CODES = RISK_CODES.slice(0, 6);

/** Collects one account's signals, then sorts and appends them; grows its arrays as needed. */
export class RiskWriter {
  readonly out: RiskColumns;
  private readonly codeIndex = new Map<string, number>();
  /** Churn weight of code k at severity s (index into SEVERITIES) at 3k + s, worked out once per code. */
  private readonly weights: number[] = [];
  private size = 0;
  /** One account's signals before sorting: the first `pending` entries (the arrays keep their capacity). */
  private pending = 0;
  private readonly pendingCode: number[] = [];
  private readonly pendingSeverity: number[] = [];
  /** Index into `codes` of FIXED_CODES[slot], -1 until first seen (see addFixed). */
  private readonly fixedIndex = new Int32Array(FIXED_CODES.length).fill(-1);

  constructor(n: number) {
    this.out = {
      codes: [],
      riskStart: new Uint32Array(n + 1),
      riskCode: new Uint16Array(n * 2 + 16),
      riskSeverity: new Uint8Array(n * 2 + 16),
      churnScore: new Uint8Array(n),
      churnLevel: new Uint8Array(n),
      churnFloor: new Int16Array(n),
    };
  }

  /** Detects account i's signals (the same rules and thresholds as detectRisks) and its churn risk. */
  account(i: number, facts: ScoringFacts, m: AccountMetrics, options: RiskOptions): void {
    this.pending = 0;
    this.addFixed(0, ordersFallingSeverity(m));
    this.addFixed(1, latePaymentSeverity(m));
    this.addFixed(2, mainContactLeftSeverity(facts.contacts, m.nowDay));
    this.addFixed(3, noTouchSeverity(facts, m, options.noTouchDays));
    this.addFixed(4, competitorStrongerSeverity(facts.contacts));
    this.addFixed(5, lostDealSeverity(facts, m, options.lostDealDays));
    if (facts.riskRecords.length > 0) externalSeverities(facts, m.nowDay, options.externalDays, this.adder);
    this.sortPending();
    this.append(i, m);
  }

  private readonly adder = (code: string, severity: Severity) => this.add(code, severity);

  /**
   * add() for FIXED_CODES[slot], its index into `codes` remembered after the first time (-1 until then): a code still
   * enters the table when first seen, as add() enters it, without a Map lookup per account and signal.
   */
  private addFixed(slot: number, severity: Severity | null): void {
    if (severity === null) return;
    const k = this.fixedIndex[slot];
    if (k === -1) {
      this.add(FIXED_CODES[slot], severity);
      this.fixedIndex[slot] = this.pendingCode[this.pending - 1];
      return;
    }
    this.pendingCode[this.pending] = k;
    this.pendingSeverity[this.pending++] = SEVERITY_INDEX[severity];
  }

  private add(code: string, severity: Severity | null): void {
    if (severity === null) return;
    let k = this.codeIndex.get(code);
    if (k === undefined) {
      k = this.out.codes.length;
      this.out.codes.push(code);
      this.codeIndex.set(code, k);
      for (const level of SEVERITIES) this.weights.push(churnWeight(code, level));
    }
    this.pendingCode[this.pending] = k;
    this.pendingSeverity[this.pending++] = SEVERITY_INDEX[severity];
  }

  /** Insertion sort (a handful of entries): severity high first, then code, as detectRisks sorts. */
  private sortPending(): void {
    const c = this.pendingCode;
    const s = this.pendingSeverity;
    const codes = this.out.codes;
    for (let a = 1; a < this.pending; a++) {
      const ck = c[a];
      const sk = s[a];
      let b = a - 1;
      while (b >= 0 && (s[b] < sk || (s[b] === sk && codes[c[b]] > codes[ck]))) {
        c[b + 1] = c[b];
        s[b + 1] = s[b];
        b--;
      }
      c[b + 1] = ck;
      s[b + 1] = sk;
    }
  }

  /** Appends the sorted signals and computes churn exactly as churnRisk does (same terms, same order). */
  private append(i: number, m: AccountMetrics): void {
    const out = this.out;
    const count = this.pending;
    if (this.size + count > out.riskCode.length) this.grow(this.size + count);
    out.riskStart[i] = this.size;
    let keep = 1;
    let firstHigh = -1;
    for (let k = 0; k < count; k++) {
      const code = this.pendingCode[k];
      const severity = this.pendingSeverity[k];
      out.riskCode[this.size] = code;
      out.riskSeverity[this.size++] = severity;
      keep *= 1 - this.weights[3 * code + severity];
      if (severity === 2 && firstHigh === -1) firstHigh = code;
    }
    out.riskStart[i + 1] = this.size;
    const idle = m.recencyDays;
    if (idle !== null && idle >= 180) keep *= 1 - churnWeight("dormant", idle >= 365 ? "high" : "medium");
    const score = Math.round(100 * (1 - keep));
    const level = score >= 60 ? 2 : score >= 30 ? 1 : 0;
    const floored = level === 0 && firstHigh !== -1;
    out.churnScore[i] = score;
    out.churnLevel[i] = floored ? 1 : level;
    out.churnFloor[i] = floored ? firstHigh : -1;
  }

  private grow(atLeast: number): void {
    const size = Math.max(atLeast, this.out.riskCode.length * 2);
    const code = new Uint16Array(size);
    code.set(this.out.riskCode);
    const severity = new Uint8Array(size);
    severity.set(this.out.riskSeverity);
    this.out.riskCode = code;
    this.out.riskSeverity = severity;
  }
}

/** Account i's churn risk as churnRisk returns it, less the floor's sentence (rendered when asked). */
export function churnOf(
  r: RiskColumns,
  i: number,
  recencyDays: number | null,
): Omit<ChurnRisk, "floor"> & {
  floor: string | null;
} {
  const drivers: string[] = [];
  for (let k = r.riskStart[i]; k < r.riskStart[i + 1]; k++) drivers.push(r.codes[r.riskCode[k]]);
  if (recencyDays !== null && recencyDays >= 180) drivers.push("dormant");
  return {
    score: r.churnScore[i],
    level: SEVERITIES[r.churnLevel[i]],
    drivers,
    floor: r.churnFloor[i] === -1 ? null : r.codes[r.churnFloor[i]],
  };
}
