/**
 * Output shapes of the planning engine: power map, contact suggestions, opportunity health, forecast and plan.
 * Contract names (docs/CONTRACT.md) are kept; extra fields are additive. Every text-bearing item
 * carries a `code` and `facts` so that `renderPlanText` can render it in zh or en; the plain `title`,
 * `action`, `message` and `reason` strings are the default rendering (English unless asked otherwise).
 */
import type { Attitude, InteractionKind, Role, Severity, Strategy } from "../types";

export type Lang = "zh" | "en";
export type Facts = Record<string, unknown>;

export type PowerMapContact = {
  id: string;
  /** The account the person works at: a group's map holds its branches' people too. */
  accountId?: string;
  name: string;
  title: string | null;
  department: string | null;
  role: Role | null;
  influence: number | null;
  /** Stance from data we have: null (unknown) for someone we never met and have no stated tie with. */
  attitude: Attitude | null;
  /** The stance as the CRM states it, shown beside `attitude` when they differ. */
  statedAttitude?: Attitude | null;
  /** A touch (interaction or last contact) is on record. */
  met?: boolean;
  ourStrength: number | null;
  competitor?: string | null;
  competitorStrength?: number | null;
  reportsToId: string | null;
  lastContactAt: string | null;
  /** The latest interaction logged with this person (not after `now`): what was said last time. */
  lastInteraction?: { kind: InteractionKind; occurredAt: string; summary: string | null } | null;
  /** Listed for the record but excluded from every analysis. */
  leftCompany: boolean;
};

export type PowerMapEdge = { from: string; to: string; kind: "reports_to" };

export type CompetitorStronger = {
  contactId: string;
  competitor: string | null;
  competitorStrength: number;
  ourStrength: number;
};

/** An introduction route to a decision maker: `via[0]` is the introducer, the rest the people in between. */
export type IntroPath = {
  target: string;
  via: string[];
  /** Our relationship strength (0-5) with the introducer. */
  strength: number;
  /** Hops from the introducer to the target along reporting lines; null when the route is the champion outside them. */
  distance: number | null;
  reason: "unmet" | "competitor_leaning" | "unmet_competitor_leaning";
};

export type PowerMapAnalysis = {
  /** Share (0-1, 2 decimals) of the five key roles (KEY_ROLES) held by at least one current contact. */
  coverage: number;
  /** Key roles nobody current holds, in ROLES order. */
  gaps: Role[];
  /** The strongest champion (supporter, influence >= 4), if any. */
  champion?: string | null;
  champions: string[];
  /** Opponents with influence >= 4, most influential first. */
  blockers: string[];
  /** Exactly one known contact (zero is `knownContacts: 0`, "we know nobody", not single-threaded). */
  singleThreaded: boolean;
  /** Contacts still at the account (not leftCompany): the count a reply shows beside knownContacts. */
  currentContacts: number;
  /** Current contacts we have any tie with (ourStrength > 0, or unknown strength). */
  knownContacts: number;
  competitorStronger: CompetitorStronger[];
  unmetDecisionMakers: string[];
  paths: IntroPath[];
  /** Current contacts per role, all seven roles. */
  roleCounts: Record<Role, number>;
};

export type ContactSuggestion = {
  contactId: string;
  /** Action code: introduce, address_concerns, strengthen, engage, ask_referral, follow_up. */
  action: string;
  via?: string | null;
  /** Default-language rendering of `messageCode`. */
  message: string;
  /** Default-language rendering of `reasonCode`. */
  reason: string;
  messageCode: string;
  reasonCode: string;
  /** Material to bring, e.g. value_report, cost_comparison. */
  material: string;
  /** Days between touches for this person. */
  cadenceDays: number;
  /** Next touch due (YYYY-MM-DD). */
  dueBy: string;
  priority: number;
  facts: Facts;
};

export type PowerMap = {
  accountId: string;
  contacts: PowerMapContact[];
  edges: PowerMapEdge[];
  analysis: PowerMapAnalysis;
  suggestions: ContactSuggestion[];
};

export type HealthKey =
  | "need"
  | "budget"
  | "decision_chain"
  | "competition"
  | "solution_fit"
  | "timeline"
  | "relationship"
  | "commercial_terms"
  | "progress";

export type HealthDimension = { key: HealthKey; score: number; code: string; facts: Facts };

export type OpportunityHealth = {
  opportunityId: string;
  /** Unweighted mean of the nine dimension scores, rounded. */
  score: number;
  stage: string;
  status: string;
  dimensions: HealthDimension[];
  /** Keys of the dimensions scoring below 50, weakest first. */
  weakest: HealthKey[];
};

export type ForecastPeriod = {
  period: "this_quarter" | "next_quarter";
  from: string;
  to: string;
  /** Stage-weighted amount of open opportunities expected to close in the period. */
  weighted: number;
  /** Won in the period plus open deals at a stage weight >= 0.8. */
  committed: number;
  /** Won in the period plus every open deal expected in it, unweighted. */
  bestCase: number;
  /** The open deals expected to close in the period, unweighted: the period's pipeline. */
  open: number;
  won: number;
  opportunityIds: string[];
};

export type Forecast = {
  periods: ForecastPeriod[];
  /** Calendar year of `now`: won so far plus stage-weighted open deals expected to close by year end. */
  year: { from: string; to: string; wonToDate: number; weightedOpen: number; expected: number };
  target: number | null;
  quota: number | null;
  gapToTarget: number | null;
  gapToQuota: number | null;
  /** Mean days from createdAt to closedAt over won deals; null without any. */
  conversionCycleDays: number | null;
  wonDeals: number;
  /** Open deals without an expected close date: in no period. */
  undatedOpportunityIds: string[];
};

export type OwnerRole = "sales" | "solution" | "delivery";

export type PlanGoal = {
  code: string;
  title: string;
  metric: "share_of_wallet" | "revenue";
  baseline: number;
  target: number;
  due: string;
  facts: Facts;
};

export type PlanObjective = {
  id: string;
  code: string;
  title: string;
  metric: string;
  baseline: number;
  target: number;
  due: string;
  facts: Facts;
};

export type PlanTactic = { code: string; title: string; facts: Facts };
export type PlanStrategy = { code: Strategy; title: string; tactics: PlanTactic[] };

export type PlanAction = {
  id: string;
  objectiveId: string;
  code: string;
  title: string;
  /** The account owner's name for sales; "solution" or "delivery" for the other iron-triangle roles. */
  owner: string;
  ownerRole: OwnerRole;
  due: string;
  contactId?: string | null;
  via?: string | null;
  material?: string | null;
  facts: Facts;
};

export type PlanResource = { code: string; kind: "team" | "material"; title: string; name?: string | null };
export type PlanKpi = {
  code: string;
  title: string;
  metric: string;
  target: number;
  cadence: "weekly" | "monthly" | "quarterly";
  objectiveId?: string | null;
};
export type PlanRisk = {
  code: string;
  severity: Severity;
  reason: string;
  /** The reason as the scoring engine gave it (English), kept so the plan can be re-rendered. */
  sourceReason: string | null;
  mitigationCode: string;
  mitigation: string;
  facts: Facts;
};

export type ValueProposition = {
  competitor: string;
  competitorId: string | null;
  weight: number;
  strengths: string[];
  weaknesses: string[];
  code: string;
  title: string;
  facts: Facts;
};

export type PlanChanges = {
  strategyChanged: { from: Strategy; to: Strategy } | null;
  goalChanged: { from: { metric: string; target: number }; to: { metric: string; target: number } } | null;
  objectivesAdded: string[];
  objectivesRemoved: string[];
  objectivesRetargeted: string[];
  actionsAdded: string[];
  actionsRemoved: string[];
};

export type Plan = {
  accountId: string;
  version: number;
  strategy: Strategy;
  goal: PlanGoal;
  objectives: PlanObjective[];
  strategies: PlanStrategy[];
  actions: PlanAction[];
  resources: PlanResource[];
  kpis: PlanKpi[];
  risks: PlanRisk[];
  valueProposition: ValueProposition[];
  changes: PlanChanges | null;
  language: Lang;
  horizonMonths: number;
  generatedAt: string;
};
