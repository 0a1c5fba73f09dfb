/**
 * The engine's input and output vocabulary: plain, JSON-serialisable data.
 * The database layer maps rows to these shapes; the engine never sees a row or a connection.
 * Dates are ISO strings (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss.sssZ`); money is in currency units (yuan).
 * Names follow docs/GLOSSARY.md.
 */

export const ROLES = [
  "decision_maker",
  "approver",
  "technical_evaluator",
  "user",
  "procurement",
  "coach",
  "influencer",
] as const;
export type Role = (typeof ROLES)[number];

export const ATTITUDES = ["supporter", "neutral", "opponent"] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const STRATEGIES = ["acquire", "grow", "retain", "winback", "watch"] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const TIERS = ["S", "A", "B", "C"] as const;
export type Tier = (typeof TIERS)[number];

/** 初步合作 < 3 months, 稳定合作 3-12 months, 深度绑定 1-3 years, 价值共生 > 3 years; `prospect` has no order yet. */
export const TENURE_STAGES = ["prospect", "initial", "stable", "deep", "symbiotic"] as const;
export type TenureStage = (typeof TENURE_STAGES)[number];
/** 衰退 declining, 休眠 dormant, 流失 lost: the relationship is fading, whatever its tenure. */
export const DECLINE_STAGES = ["declining", "dormant", "lost"] as const;
export const LIFECYCLES = [...TENURE_STAGES, ...DECLINE_STAGES] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export const OPPORTUNITY_STATUSES = ["open", "won", "lost"] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Canonical pipeline stages, in order; imports map other CRMs' stage names onto these. */
export const STAGES = ["lead", "qualified", "solution", "proposal", "negotiation", "won", "lost"] as const;
export type Stage = (typeof STAGES)[number];

export const INTERACTION_KINDS = ["visit", "call", "email", "meeting", "event"] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const RISK_RECORD_KINDS = ["judicial", "financial", "sentiment", "other"] as const;
export type RiskRecordKind = (typeof RISK_RECORD_KINDS)[number];

export const SEVERITIES = ["low", "medium", "high"] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Account = {
  id: string;
  externalId: string | null;
  name: string;
  aliases: string[];
  parentId: string | null;
  industry: string | null;
  region: string | null;
  employees: number | null;
  annualRevenue: number | null;
  ownerId: string | null;
  /** What the account spends in our category per year (客户采购总额), yuan. */
  walletEstimate: number | null;
  /** 示范作用, 1-5. */
  strategicValue: number | null;
  /** 能赢能做, 1-5. */
  winnability: number | null;
  /** Per-year revenue target set by the account manager, if any (yuan). */
  target?: number | null;
};

export type Contact = {
  id: string;
  accountId: string;
  name: string;
  title: string | null;
  department: string | null;
  reportsToId: string | null;
  role: Role | null;
  /** 1-5 */
  influence: number | null;
  attitude: Attitude | null;
  /** 0-5 */
  ourStrength: number | null;
  competitor: string | null;
  /** 0-5 */
  competitorStrength: number | null;
  email: string | null;
  phone: string | null;
  lastContactAt: string | null;
  leftCompany: boolean;
};

export type Order = {
  id: string;
  accountId: string;
  productSku: string | null;
  orderedAt: string;
  amount: number;
  /** Gross margin as a fraction of amount (0.32 = 32%). */
  margin: number | null;
  dueAt: string | null;
  paidAt: string | null;
};

export type StageChange = { stage: string; at: string };

export type Opportunity = {
  id: string;
  accountId: string;
  name: string;
  stage: string;
  amount: number | null;
  createdAt: string;
  expectedClose: string | null;
  closedAt: string | null;
  status: OpportunityStatus;
  competitor: string | null;
  productSku: string | null;
  ownerId?: string | null;
  stageHistory: StageChange[];
};

export type Interaction = {
  id: string;
  accountId: string;
  contactId: string | null;
  kind: InteractionKind;
  occurredAt: string;
  summary: string | null;
};

export type Product = {
  sku: string;
  name: string;
  category: string | null;
  description: string | null;
  listPrice: number | null;
};

export type Competitor = {
  id: string;
  name: string;
  aliases: string[];
  strengths: string[];
  weaknesses: string[];
};

/** An external risk record (judicial, financial, public sentiment) about an account. */
export type RiskRecord = {
  id: string;
  accountId: string;
  kind: RiskRecordKind;
  severity: Severity;
  summary: string;
  occurredAt: string;
};

/** A competitor named as winner of one of the account's tenders (an award notice matched to the account). */
export type CompetitorAward = { at: string; competitor: string; project: string | null };

/** Everything the engine may know about one account. */
export type AccountFacts = {
  account: Account;
  contacts: Contact[];
  orders: Order[];
  opportunities: Opportunity[];
  interactions: Interaction[];
  riskRecords: RiskRecord[];
  /** Award notices that went to a competitor (absent: none known). */
  competitorAwards?: CompetitorAward[];
};

export type RiskSignal = { code: string; severity: Severity; reason: string; facts?: Record<string, unknown> };

export type ScoreDimension = {
  dimension: string;
  weight: number;
  raw: number | string | null;
  points: number;
  reason: string;
};

/** The contract's `Score` (docs/CONTRACT.md). */
export type Score = {
  accountId: string;
  total: number;
  tier: Tier;
  scorecard: string;
  breakdown: ScoreDimension[];
  segment: { nineBox: string; quadrant: string; strategy: Strategy };
  rfm: { r: number; f: number; m: number };
  lifecycle: Lifecycle;
  risks: RiskSignal[];
};

export type Money = { amount: number; currency: string };
