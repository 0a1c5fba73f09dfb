import { z } from "zod";
import { ok, type ToolDef } from "../src/agent/tool-types";
import { riskPeople } from "../src/db/queries/risk-people";
import { RISK_CODES } from "../src/engine/scoring/detect-risks";
import { round2 } from "../src/engine/scoring/round";
import { visibleAccountRows } from "../src/services/book";
import { latestScores } from "../src/services/scores";

const Input = z.object({
  limit: z.number().int().min(1).max(50).default(10).describe("How many accounts at most"),
  minLevel: z.enum(["medium", "high"]).default("medium").describe("Lowest churn-risk level to include"),
  risk: z
    .enum(RISK_CODES)
    .optional()
    .describe("Only accounts with this signal, at any churn level (late_payment: receivables past due)"),
  ownerId: z.string().optional().describe("Only the accounts this rep owns (a user id), among those the user sees"),
});

export type AtRiskItem = {
  id: string;
  name: string;
  tier: string;
  churnScore: number;
  churnLevel: string;
  /** Each signal with its figures (days, amounts) and the people it concerns, so a list can say why. */
  risks: { code: string; severity: string; facts?: Record<string, unknown>; people?: string[] }[];
};
export type AtRiskResult = {
  total: number;
  items: AtRiskItem[];
  /** The one signal asked about ("哪些客户回款逾期了"): the list holds the accounts with it, at any churn level. */
  risk?: (typeof RISK_CODES)[number];
  /** With late payment asked about: the overdue amount over every account listed ("逾期账款汇总"). */
  overdueTotal?: number;
};

/** The user's accounts by churn risk, highest first, with the signals behind it. */
export function createAtRiskAccountsTool(): ToolDef<typeof Input, AtRiskResult> {
  return {
    name: "at_risk_accounts",
    description:
      "Which of the user's accounts are slipping: churn-risk score and level with the risk signals (falling orders, late payment, contact left, no touch, competitor stronger, lost deal, external records).",
    input: Input,
    run: async (args, { deps, user }) => {
      // One rep's part of the book ("郑凯那边"): still only among the accounts this user may see.
      const rows = (await visibleAccountRows(deps.db, user)).filter((r) => !args.ownerId || r.ownerId === args.ownerId);
      const scores = await latestScores(
        deps.db,
        rows.map((r) => r.id),
      );
      // One signal asked about counts at any churn level: an unpaid invoice matters at a healthy account too.
      const levels = args.risk ? ["low", "medium", "high"] : args.minLevel === "high" ? ["high"] : ["medium", "high"];
      const has = (s: { risks: { code: string }[] }) => !args.risk || s.risks.some((k) => k.code === args.risk);
      const peopleOf = await riskPeople(
        deps.db,
        [...scores.values()].flatMap((s) => (levels.includes(s.churn.level) && has(s) ? s.risks : [])),
      );
      const items = rows
        .map((r) => ({ r, s: scores.get(r.id) }))
        .filter((x) => x.s && levels.includes(x.s.churn.level) && has(x.s))
        .map(({ r, s }) => ({
          id: r.id,
          name: r.name,
          tier: s!.tier,
          churnScore: s!.churn.score,
          churnLevel: s!.churn.level,
          risks: s!.risks.map((k) => ({
            code: k.code,
            severity: k.severity,
            facts: k.facts ?? {},
            people: peopleOf(k),
          })),
        }))
        .sort((a, b) => b.churnScore - a.churnScore || a.id.localeCompare(b.id));
      const overdue = (i: AtRiskItem) =>
        Number(i.risks.find((k) => k.code === "late_payment")?.facts?.overdueUnpaidAmount ?? 0);
      // Late payment asked about: the largest sum past due first ("逾期的按金额排"), then by churn risk.
      if (args.risk === "late_payment") items.sort((a, b) => overdue(b) - overdue(a));
      return ok({
        total: items.length,
        items: items.slice(0, args.limit),
        ...(args.risk ? { risk: args.risk } : {}),
        ...(args.risk === "late_payment"
          ? { overdueTotal: round2(items.reduce((sum, i) => sum + overdue(i), 0)) }
          : {}),
      });
    },
    cards: (r) => [
      {
        kind: "accounts",
        data: {
          items: r.items.map((a) => ({
            id: a.id,
            name: a.name,
            tier: a.tier as never,
            total: a.churnScore,
            note: a.risks.map((k) => k.code).join(", "),
          })),
        },
      },
    ],
  };
}
