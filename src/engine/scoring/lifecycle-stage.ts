import type { Lifecycle, TenureStage } from "../types";
import type { AccountMetrics } from "./compute-metrics";
import { fromDayNumber, monthsBetween, toDayOrNull } from "./day-numbers";
import type { ScoringFacts } from "./scoring-facts";

/** Stage boundaries in whole calendar months of cooperation: 3, 12 and 36. */
export const STAGE_MONTHS = { stable: 3, deep: 12, symbiotic: 36 } as const;

/**
 * When a relationship counts as fading (the stated periods):
 * - lost: a lost deal or a competitor's award after the last order (and no deal won since), and no order for
 *   `lostQuietDays` (one loss in a month of steady buying is a risk, not a lost account);
 * - dormant: no order and no touch for `dormantDays`;
 * - declining: trailing-year revenue down `decliningFall` or more on the year before, or no touch for
 *   `touchLapseDays` while still buying.
 */
export const DECLINE_RULES = { lostQuietDays: 90, dormantDays: 180, decliningFall: -0.3, touchLapseDays: 90 } as const;

/** Why the stage was chosen: a code for programs, sentences for people, and the facts it rests on. */
export type LifecycleReason = { code: string; en: string; zh: string; facts: Record<string, unknown> };

/**
 * `stage` is the glossary's lifecycle code (a decline code wins over tenure); `tenure` is the stage by months of
 * cooperation alone; `months` since cooperation began (null for a prospect).
 */
export type LifecycleInfo = { stage: Lifecycle; tenure: TenureStage; months: number | null; reason: LifecycleReason };

/**
 * The lifecycle stage, first rule that applies: prospect (no order or won deal yet); 流失 lost; 休眠 dormant;
 * 衰退 declining (see DECLINE_RULES); else tenure: 初步合作 initial < 3 months, 稳定合作 stable 3-12 months,
 * 深度绑定 deep 1-3 years, 价值共生 symbiotic > 3 years, in calendar months from the start of cooperation.
 * Without `facts` (lost deals, competitor awards) the lost rule cannot fire.
 */
export function lifecycleStage(metrics: AccountMetrics, facts?: ScoringFacts): LifecycleInfo {
  if (metrics.cooperationStartDay === null) {
    return { stage: "prospect", tenure: "prospect", months: null, reason: NO_ORDERS };
  }
  const months = monthsBetween(metrics.cooperationStartDay, metrics.nowDay);
  const tenure = tenureOf(months);
  const decline = (facts && lostReason(metrics, facts)) ?? dormantReason(metrics) ?? decliningReason(metrics);
  if (decline) return { stage: decline.stage, tenure, months, reason: decline.reason };
  return { stage: tenure, tenure, months, reason: tenureReason(tenure, months) };
}

/**
 * The stage code alone, by the same rules as lifecycleStage but without building a reason: book scoring keeps
 * codes and renders the sentence only when a person asks.
 */
export function lifecycleCode(metrics: AccountMetrics, facts?: ScoringFacts): Lifecycle {
  if (metrics.cooperationStartDay === null) return "prospect";
  if (facts && latestLoss(metrics, facts) !== null) return "lost";
  if (isDormant(metrics)) return "dormant";
  if (decliningKind(metrics) !== null) return "declining";
  return tenureOf(monthsBetween(metrics.cooperationStartDay, metrics.nowDay));
}

function tenureOf(months: number): TenureStage {
  return months < STAGE_MONTHS.stable
    ? "initial"
    : months < STAGE_MONTHS.deep
      ? "stable"
      : months < STAGE_MONTHS.symbiotic
        ? "deep"
        : "symbiotic";
}

const NO_ORDERS: LifecycleReason = Object.freeze({
  code: "no_orders",
  en: "no order or won deal yet",
  zh: "尚无订单或赢单",
  facts: {},
});

const TENURE_ZH: Record<TenureStage, string> = {
  prospect: "潜在客户",
  initial: "初步合作",
  stable: "稳定合作",
  deep: "深度绑定",
  symbiotic: "价值共生",
};

/** Tenure reasons by months: a whole book repeats a few hundred of them, so each is built once and shared. */
const TENURE_REASONS: LifecycleReason[] = [];

function tenureReason(tenure: TenureStage, months: number): LifecycleReason {
  const shared = TENURE_REASONS[months];
  if (shared !== undefined) return shared;
  const reason = Object.freeze({
    code: "tenure",
    en: `${months} months of cooperation -> ${tenure}`,
    zh: `合作${months}个月，属${TENURE_ZH[tenure]}`,
    facts: Object.freeze({ months }),
  });
  if (months >= 0 && months < 1200) TENURE_REASONS[months] = reason;
  return reason;
}

type Decline = { stage: Lifecycle; reason: LifecycleReason };

type Loss = { day: number; what: string; competitor: string | null };

/** The latest loss (lost deal or competitor award) after the last order, with no deal won since. */
function latestLoss(m: AccountMetrics, facts: ScoringFacts): Loss | null {
  const idle = m.recencyDays ?? 0;
  if (idle < DECLINE_RULES.lostQuietDays) return null;
  let loss: Loss | null = null;
  let lastWon: number | null = null;
  for (const o of facts.opportunities) {
    const day = toDayOrNull(o.closedAt);
    if (day === null || day > m.nowDay) continue;
    if (o.status === "won" && (lastWon === null || day > lastWon)) lastWon = day;
    if (o.status === "lost" && (loss === null || day > loss.day))
      loss = { day, what: o.name, competitor: o.competitor };
  }
  for (const a of facts.competitorAwards ?? []) {
    const day = toDayOrNull(a.at);
    if (day === null || day > m.nowDay || (loss !== null && day <= loss.day)) continue;
    loss = { day, what: a.project ?? a.competitor, competitor: a.competitor };
  }
  if (loss === null) return null;
  if (m.lastOrderDay !== null && m.lastOrderDay >= loss.day) return null;
  if (lastWon !== null && lastWon >= loss.day) return null;
  return loss;
}

function lostReason(m: AccountMetrics, facts: ScoringFacts): Decline | null {
  const loss = latestLoss(m, facts);
  if (loss === null) return null;
  const idle = m.recencyDays ?? 0;
  const at = fromDayNumber(loss.day);
  const to = loss.competitor ? ` to ${loss.competitor}` : "";
  const toZh = loss.competitor ? `（${loss.competitor}）` : "";
  return {
    stage: "lost",
    reason: {
      code: "lost_no_order_since",
      en: `lost ${loss.what}${to} on ${at}; no order since (${idle} days without an order)`,
      zh: `${at}丢单：${loss.what}${toZh}；此后未再下单（已${idle}天无订单）`,
      facts: { lostAt: at, deal: loss.what, competitor: loss.competitor, daysSinceOrder: idle },
    },
  };
}

function isDormant(m: AccountMetrics): boolean {
  const quiet = m.lastTouchDays;
  const days = DECLINE_RULES.dormantDays;
  return (m.recencyDays ?? 0) >= days && (quiet === null || quiet >= days);
}

function dormantReason(m: AccountMetrics): Decline | null {
  if (!isDormant(m)) return null;
  const idle = m.recencyDays ?? 0;
  const quiet = m.lastTouchDays;
  const days = DECLINE_RULES.dormantDays;
  const touch = quiet === null ? "no touch recorded" : `no touch for ${quiet} days`;
  const touchZh = quiet === null ? "无拜访记录" : `${quiet}天未联系`;
  return {
    stage: "dormant",
    reason: {
      code: "no_order_no_touch",
      en: `no order for ${idle} days and ${touch} (dormant after ${days} days of both)`,
      zh: `${idle}天无订单且${touchZh}（两者都超过${days}天即为休眠）`,
      facts: { daysSinceOrder: idle, daysSinceTouch: quiet, thresholdDays: days },
    },
  };
}

/** Which declining rule applies: revenue down 30%+, touches lapsing while still buying, or neither. */
function decliningKind(m: AccountMetrics): "revenue_down" | "touches_lapsing" | null {
  if (m.growth !== null && m.growth <= DECLINE_RULES.decliningFall) return "revenue_down";
  // Touches lapse only where touches were kept: a book imported without interactions is not all declining.
  const quiet = m.lastTouchDays;
  return m.revenue12m > 0 && quiet !== null && quiet >= DECLINE_RULES.touchLapseDays ? "touches_lapsing" : null;
}

function decliningReason(m: AccountMetrics): Decline | null {
  const kind = decliningKind(m);
  if (kind === null) return null;
  if (kind === "revenue_down" && m.growth !== null) {
    const pct = Math.round(m.growth * 100);
    const now = Math.round(m.revenue12m);
    const before = Math.round(m.revenuePrev12m);
    return {
      stage: "declining",
      reason: {
        code: "revenue_down",
        en: `revenue ${now} in the last 12 months vs ${before} the year before (${pct}%, declining from -30%)`,
        zh: `近12个月销售额${now}，上年同期${before}（${pct}%，下滑30%及以上即为衰退）`,
        facts: { revenue12m: now, revenuePrev12m: before, changePct: pct },
      },
    };
  }
  return lapsing(m.lastTouchDays as number);
}

/** Lapsing-touch reasons by days: they repeat across a book, so each is built once and shared (frozen). */
const LAPSING: Decline[] = [];

function lapsing(quiet: number): Decline {
  const shared = LAPSING[quiet];
  if (shared !== undefined) return shared;
  const lapse = DECLINE_RULES.touchLapseDays;
  const decline: Decline = Object.freeze({
    stage: "declining",
    reason: Object.freeze({
      code: "touches_lapsing",
      en: `no touch for ${quiet} days while still buying (declining from ${lapse} days)`,
      zh: `${quiet}天未联系，客户仍在采购（超过${lapse}天即为衰退）`,
      facts: Object.freeze({ daysSinceTouch: quiet, thresholdDays: lapse }),
    }),
  });
  if (Number.isInteger(quiet) && quiet >= 0 && quiet < 20_000) LAPSING[quiet] = decline;
  return decline;
}
