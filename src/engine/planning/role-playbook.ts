// What to bring to whom: the per-role message and material of the contact strategy, and how often to touch.
import type { Contact, Role } from "../types";

export type RolePlay = { messageCode: string; material: string };

/** The five roles every buying decision needs us to cover; `coverage` is measured against these. */
export const KEY_ROLES: readonly Role[] = ["decision_maker", "approver", "technical_evaluator", "user", "procurement"];

/** Champions and blockers need influence of at least this much (GLOSSARY). */
export const CHAMPION_MIN_INFLUENCE = 4;

/** An introducer must be at least this close to us to ask a favour of them. */
export const MIN_INTRODUCER_STRENGTH = 2;

const PLAYS: Record<Role | "unknown", RolePlay> = {
  // Executives buy outcomes: what we delivered and where their industry is heading.
  decision_maker: { messageCode: "exec_value_report", material: "value_report" },
  approver: { messageCode: "exec_value_report", material: "value_report" },
  // Procurement is measured on cost: give them the comparison they would otherwise build against us.
  procurement: { messageCode: "cost_comparison", material: "tco_comparison" },
  // Users decide whether the product sticks: training and a better day-to-day experience.
  user: { messageCode: "training_experience", material: "training_session" },
  // Technical evaluators need the solution and proof it works.
  technical_evaluator: { messageCode: "solution_proof", material: "solution_demo" },
  coach: { messageCode: "insider_update", material: "account_plan_briefing" },
  influencer: { messageCode: "industry_trends", material: "industry_trends_report" },
  unknown: { messageCode: "intro_meeting", material: "company_profile" },
};

export function playFor(role: Role | null): RolePlay {
  return PLAYS[role ?? "unknown"];
}

/** Days between touches: the more influence, the tighter the cadence. */
export function cadenceFor(contact: Pick<Contact, "influence">): number {
  const influence = contact.influence ?? 0;
  if (influence >= 4) return 14;
  if (influence === 3) return 30;
  return 60;
}

export function strengthOf(contact: Pick<Contact, "ourStrength">): number {
  return contact.ourStrength ?? 0;
}

export function competitorLeads(contact: { ourStrength: number | null; competitorStrength?: number | null }): boolean {
  return (contact.competitorStrength ?? 0) > strengthOf(contact);
}
