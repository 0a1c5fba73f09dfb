import { z } from "zod";

export const NOTICE_TYPES = ["tender", "award", "intention", "correction", "other"] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

export const MATCH_KINDS = ["open_tender", "upcoming", "competitor_win", "renewal"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export const MoneySchema = z.object({ amount: z.number(), currency: z.string() });

/** Local time `YYYY-MM-DDTHH:mm`, no zone. */
const LocalTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export const LotSchema = z.object({
  lot: z.string().nullable(),
  name: z.string().nullable(),
  budget: MoneySchema.nullable(),
  winner: z.string().nullable(),
  awardAmount: MoneySchema.nullable(),
});

/** The contract's `ParsedNotice` plus optional extras (publishDate, procurementMethod, …). */
export const ParsedNoticeSchema = z.object({
  type: z.enum(NOTICE_TYPES),
  language: z.enum(["zh", "en"]),
  projectName: z.string().nullable(),
  projectNumber: z.string().nullable(),
  buyer: z.string().nullable(),
  agency: z.string().nullable(),
  budget: MoneySchema.nullable(),
  maxPrice: MoneySchema.nullable(),
  awardAmount: z.union([MoneySchema, z.array(MoneySchema)]).nullable(),
  deadline: LocalTime.nullable(),
  openingTime: LocalTime.nullable(),
  region: z.string().nullable(),
  winner: z.union([z.string(), z.array(z.string())]).nullable(),
  items: z.array(z.string()),
  contactPhone: z.string().nullable(),
  lots: z.array(LotSchema),
  publishDate: z.string().nullable().optional(),
  procurementMethod: z.string().nullable().optional(),
  contractPeriod: z.string().nullable().optional(),
  contractEnd: z.string().nullable().optional(),
  expectedPurchaseMonth: z.string().nullable().optional(),
  awardStage: z.enum(["final", "candidate"]).nullable().optional(),
  cpv: z.array(z.string()).optional(),
  contactEmail: z.string().nullable().optional(),
  noticeNumber: z.string().nullable().optional(),
  /** What a bidder must have (资格要求, qualifications), the project's own conditions without the boilerplate. */
  requirements: z.array(z.string()).optional(),
  /** Fields the parser read but doubts (they disagree with another field); see notice-doubts.ts. */
  unsure: z.array(z.string()).optional(),
  /** Fields an optional model pass filled with text printed verbatim in the notice (services/notice-model-pass.ts). */
  modelFilled: z.array(z.string()).optional(),
});
export type ParsedNotice = z.infer<typeof ParsedNoticeSchema>;

/** What an award notice says was won (中标金额), the lots' amounts summed; null when it says none. */
export function awardTotal(n: Pick<ParsedNotice, "awardAmount">): number | null {
  if (Array.isArray(n.awardAmount)) return n.awardAmount.reduce((s, a) => s + a.amount, 0);
  return n.awardAmount?.amount ?? null;
}
export type Lot = z.infer<typeof LotSchema>;

export const ReasonSchema = z.object({ code: z.string(), reason: z.string().optional() }).catchall(z.unknown());
export type Reason = z.infer<typeof ReasonSchema>;

/** The contract's `TenderMatch`. */
export const TenderMatchSchema = z.object({
  noticeId: z.string(),
  accountId: z.string(),
  confidence: z.number().min(0).max(1),
  reasons: z.array(ReasonSchema),
  relevantProducts: z.array(z.object({ sku: z.string(), score: z.number() })),
  predicted: z.object({
    value: z.number().nullable(),
    winProbability: z.number().min(0).max(1),
    window: z.object({ from: z.string(), to: z.string() }),
  }),
  kind: z.enum(MATCH_KINDS),
});
export type TenderMatch = z.infer<typeof TenderMatchSchema>;

/** A notice with every field empty, the starting point of each parser. */
export function emptyNotice(language: "zh" | "en"): ParsedNotice {
  return {
    type: "other",
    language,
    projectName: null,
    projectNumber: null,
    buyer: null,
    agency: null,
    budget: null,
    maxPrice: null,
    awardAmount: null,
    deadline: null,
    openingTime: null,
    region: null,
    winner: null,
    items: [],
    contactPhone: null,
    lots: [],
    publishDate: null,
    procurementMethod: null,
    contractPeriod: null,
    expectedPurchaseMonth: null,
    awardStage: null,
    contactEmail: null,
    noticeNumber: null,
  };
}
