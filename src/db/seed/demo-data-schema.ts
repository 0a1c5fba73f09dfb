import { z } from "zod";
import {
  ATTITUDES,
  INTERACTION_KINDS,
  OPPORTUNITY_STATUSES,
  RISK_RECORD_KINDS,
  ROLES,
  SEVERITIES,
} from "../../engine/types";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoTimestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
const isoDateOrTimestamp = z.union([isoDate, isoTimestamp]);

export const USER_ROLES = ["rep", "manager", "admin"] as const;
/** The closed set of industries in the demo (and the default for imports). */
export const INDUSTRIES = [
  "hospital",
  "medical_group",
  "university",
  "government",
  "pharma",
  "insurance",
  "clinic_chain",
] as const;

export const DemoUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(USER_ROLES),
  team: z.string(),
  /** Fixed, published demo keys: never use them outside the demo. */
  apiKey: z.string(),
});

export const ProductSchema = z.object({
  sku: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  description: z.string().nullable(),
  listPrice: z.number().nullable(),
});

export const CompetitorSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
});

export const DemoAccountSchema = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  name: z.string(),
  aliases: z.array(z.string()),
  parentId: z.string().nullable(),
  industry: z.enum(INDUSTRIES),
  region: z.string(),
  employees: z.number().int().nullable(),
  annualRevenue: z.number().nullable(),
  ownerId: z.string(),
  walletEstimate: z.number().nullable(),
  strategicValue: z.number().int().min(1).max(5).nullable(),
  winnability: z.number().int().min(1).max(5).nullable(),
  target: z.number().nullable().optional(),
});

export const ContactSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  reportsToId: z.string().nullable(),
  role: z.enum(ROLES).nullable(),
  influence: z.number().int().min(1).max(5).nullable(),
  attitude: z.enum(ATTITUDES).nullable(),
  ourStrength: z.number().int().min(0).max(5).nullable(),
  competitor: z.string().nullable(),
  competitorStrength: z.number().int().min(0).max(5).nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  lastContactAt: isoTimestamp.nullable(),
  leftCompany: z.boolean(),
});

export const OrderSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  productSku: z.string().nullable(),
  orderedAt: isoDate,
  amount: z.number().positive(),
  margin: z.number().min(0).max(1).nullable(),
  dueAt: isoDate.nullable(),
  paidAt: isoDate.nullable(),
});

export const OpportunitySchema = z.object({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  stage: z.string(),
  amount: z.number().nullable(),
  createdAt: isoTimestamp,
  expectedClose: isoDate.nullable(),
  closedAt: isoTimestamp.nullable(),
  status: z.enum(OPPORTUNITY_STATUSES),
  competitor: z.string().nullable(),
  productSku: z.string().nullable(),
  ownerId: z.string().nullable().optional(),
  stageHistory: z.array(z.object({ stage: z.string(), at: isoTimestamp })),
});

export const InteractionSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  contactId: z.string().nullable(),
  kind: z.enum(INTERACTION_KINDS),
  occurredAt: isoTimestamp,
  summary: z.string().nullable(),
});

export const RiskRecordSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  kind: z.enum(RISK_RECORD_KINDS),
  severity: z.enum(SEVERITIES),
  summary: z.string(),
  occurredAt: isoDate,
});

export const TenderNoticeSeedSchema = z.object({
  text: z.string().min(1),
  url: z.string(),
  publishedAt: isoDateOrTimestamp,
});

export const DemoDataSchema = z.object({
  company: z.object({ name: z.string(), names: z.array(z.string()).min(1) }),
  users: z.array(DemoUserSchema),
  products: z.array(ProductSchema),
  competitors: z.array(CompetitorSchema),
  accounts: z.array(DemoAccountSchema),
  contacts: z.array(ContactSchema),
  orders: z.array(OrderSchema),
  opportunities: z.array(OpportunitySchema),
  interactions: z.array(InteractionSchema),
  riskRecords: z.array(RiskRecordSchema),
  tenderNotices: z.array(TenderNoticeSeedSchema),
});

export type DemoUser = z.infer<typeof DemoUserSchema>;
export type DemoAccount = z.infer<typeof DemoAccountSchema>;
export type TenderNoticeSeed = z.infer<typeof TenderNoticeSeedSchema>;
export type DemoData = z.infer<typeof DemoDataSchema>;
export type Industry = (typeof INDUSTRIES)[number];
