import type { RiskSignal, Severity } from "../types";
import { byString } from "./date-math";
import { renderIfComplete, renderPlanText } from "./texts";
import type { Facts, Lang, PlanRisk, PowerMap } from "./types";

/**
 * Mitigation by risk code. The scoring engine's codes are matched by keyword so that a renamed code
 * ("orders_falling", "order_decline") still finds its answer; first match wins, anything else is monitored.
 */
const MITIGATIONS: [RegExp, string][] = [
  [/no_known_contacts/, "mit_find_entry"],
  [/single_thread/, "mit_multi_thread"],
  [/blocker/, "mit_address_blocker"],
  [/dm_|decision/, "mit_introduce_dm"],
  [/payment|overdue|late/, "mit_payment_terms"],
  [/left|churn_contact|departure/, "mit_rebuild_relationships"],
  [/competitor/, "mit_counter_competitor"],
  [/lost|loss/, "mit_loss_review"],
  [/order|revenue|declin|fall|drop/, "mit_value_review"],
  [/touch|inactiv|recency|silent/, "mit_schedule_visit"],
  [/external|judicial|financial|sentiment|record|credit/, "mit_credit_check"],
];

const OWN_CODES = new Set(["no_known_contacts", "single_threaded", "blocker_present", "dm_favours_competitor"]);

/**
 * Our own risk codes render in either language. The scoring engine's come with an English reason: English
 * keeps it; Chinese uses the `risk_<code>` string when every fact it needs is there, else the original.
 */
export function riskReason(code: string, given: string | null, facts: Facts, lang: Lang): string {
  if (OWN_CODES.has(code)) return renderPlanText(code, facts, lang);
  const rendered = renderIfComplete(`risk_${code}`, facts, lang);
  if (lang === "en") return given || rendered || code;
  return rendered ?? (given || code);
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function mitigationFor(code: string): string {
  return MITIGATIONS.find(([re]) => re.test(code.toLowerCase()))?.[1] ?? "mit_monitor";
}

/**
 * Plan risks: the score's risk signals plus what the power map shows (single-threaded, influential blockers,
 * a decision maker closer to a competitor), each with a mitigation. Highest severity first, then code.
 */
export function mitigateRisks(signals: RiskSignal[], pm: PowerMap, lang: Lang): PlanRisk[] {
  const derived = powerMapRisks(pm);
  const seen = new Set(signals.map((s) => s.code));
  const all = [...signals, ...derived.filter((d) => !seen.has(d.code))];
  return all
    .map((s) => {
      const facts = s.facts ?? {};
      const mitigationCode = mitigationFor(s.code);
      const reason = riskReason(s.code, s.reason, facts, lang);
      const mitigation = renderPlanText(mitigationCode, facts, lang);
      return {
        code: s.code,
        severity: s.severity,
        reason,
        sourceReason: s.reason || null,
        mitigationCode,
        mitigation,
        facts,
      };
    })
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        byString(a.code, b.code) ||
        byString(a.reason, b.reason),
    );
}

/** Risks only the power map can see: single-threading, influential blockers, a decision maker leaning away. */
function powerMapRisks(pm: PowerMap): RiskSignal[] {
  const { analysis } = pm;
  const derived: RiskSignal[] = [];
  if (analysis.knownContacts === 0) {
    derived.push({ code: "no_known_contacts", severity: "high", reason: "", facts: {} });
  } else if (analysis.singleThreaded) {
    derived.push({
      code: "single_threaded",
      severity: "high",
      reason: "",
      facts: { knownContacts: analysis.knownContacts },
    });
  }
  if (analysis.blockers.length) {
    derived.push({
      code: "blocker_present",
      severity: "medium",
      reason: "",
      facts: { count: analysis.blockers.length, contactIds: analysis.blockers },
    });
  }
  const leaning = analysis.paths.filter((p) => p.reason !== "unmet").map((p) => p.target);
  if (leaning.length)
    derived.push({ code: "dm_favours_competitor", severity: "high", reason: "", facts: { contactIds: leaning } });
  return derived;
}
