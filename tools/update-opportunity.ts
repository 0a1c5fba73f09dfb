import { eq } from "drizzle-orm";
import { z } from "zod";
import { dealChangeWords, dealChoiceMessage } from "../prompts/replies/deal";
import { fail, ok, type ToolContext, type ToolDef, type ToolResult } from "../src/agent/tool-types";
import type { Executor } from "../src/db/client";
import { audit } from "../src/db/queries/audit";
import { opportunities } from "../src/db/schema";
import { STAGES } from "../src/engine/types";
import { rescoreAccounts } from "../src/services/scores";
import { isRealDate } from "../src/validation/iso-date";
import { type DealRow, dealsOfVisibleAccount, pickDeal } from "./find-open-deal";

/** A real calendar day: 2026-02-30 passes the pattern but is no day. */
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine(isRealDate, "must be a real calendar day");

const Input = z.object({
  accountId: z.string().min(1).describe("The account whose deal changes"),
  opportunityId: z.string().optional().describe("The deal's id, when known; else name it with dealHint"),
  dealHint: z.string().max(100).optional().describe("Words of the deal's name, e.g. 'DR' or '内镜中心'"),
  amount: z
    .number()
    .positive("amount must be a positive number of yuan")
    .max(1e12, "amount is implausibly large")
    .optional()
    .describe("The new deal amount in CNY yuan (1500000 for 150万)"),
  amountChange: z
    .enum(["down", "up"])
    .optional()
    .describe("Whether the amount went down or up ('降到', 'raised to'): tells apart deals above and below it"),
  closeDate: Day.optional().describe("The new expected close date YYYY-MM-DD"),
  closePeriod: z
    .string()
    .max(40)
    .optional()
    .describe("The words a period was said in when closeDate is its last day ('月底', 'end of January')"),
  stage: z.enum(STAGES).optional().describe("The new stage; won or lost closes the deal"),
  competitor: z.string().min(1).max(100).optional().describe("The competitor, e.g. who won a lost deal"),
  nextStep: z.string().min(1).max(500).optional().describe("The next step, free text"),
  /** Filled in by prepare: what the confirmation card shows. */
  label: z
    .object({
      accountName: z.string(),
      dealName: z.string(),
      before: z.object({
        amount: z.number().nullable(),
        expectedClose: z.string().nullable(),
        stage: z.string(),
        nextStep: z.string().nullable(),
        competitor: z.string().nullable(),
      }),
    })
    .optional()
    .describe("Leave empty: filled in from the data"),
});

export type UpdateOpportunityArgs = z.infer<typeof Input>;
export type DealChange = {
  field: "amount" | "expectedClose" | "stage" | "competitor" | "nextStep";
  before: unknown;
  after: unknown;
};
export type UpdateOpportunityResult = {
  opportunityId: string;
  accountName: string;
  dealName: string;
  changes: DealChange[];
  closePeriod?: string;
};

const TEXT = {
  missing: { zh: "在你的客户里没有找到这个商机。", en: "No such deal among yours." },
  need_change: {
    zh: "要改什么？金额、预计签约日、阶段（含赢单/丢单）或下一步。",
    en: "Say what to change: the amount, the expected close date, the stage (won or lost too) or the next step.",
  },
  closed: {
    zh: "这个商机已经关闭（赢单或丢单），不能再修改。",
    en: "That deal is already closed (won or lost); it is not changed.",
  },
  none_open: { zh: "这个客户没有进行中的商机。", en: "That account has no open deal." },
  several: { zh: "这个客户有几个进行中的商机，改哪一个？", en: "That account has several open deals; which one?" },
} as const;

/** Changes one open deal of an account the user may change (after the user confirms), in one transaction. */
export function createUpdateOpportunityTool(): ToolDef<typeof Input, UpdateOpportunityResult> {
  return {
    name: "update_opportunity",
    description:
      "Update one open deal (opportunity) of an account: amount, expected close date, stage (won/lost, with the competitor for lost) or next step. Name the deal by id or words of its name when the account has several.",
    input: Input,
    write: true,
    prepare: async (args, ctx) => {
      const found = await resolve(args, ctx, ctx.deps.db);
      if (!found.ok) return found;
      const { deal, accountName } = found.data;
      return ok({ ...args, opportunityId: deal.id, label: { accountName, dealName: deal.name, before: before(deal) } });
    },
    summarize: (a, lang) => dealChangeWords(a, lang),
    run: async (args, ctx) =>
      ctx.deps.db.transaction(async (tx) => {
        const found = await resolve(args, ctx, tx);
        if (!found.ok) return found;
        const { deal, accountName } = found.data;
        const changes = diff(deal, args);
        const closing = args.stage === "won" || args.stage === "lost";
        const today = ctx.now.toISOString().slice(0, 10);
        await tx
          .update(opportunities)
          .set({
            amount: args.amount ?? deal.amount,
            expectedClose: args.closeDate ?? deal.expectedClose,
            stage: args.stage ?? deal.stage,
            status: closing ? (args.stage as "won" | "lost") : deal.status,
            closedAt: closing ? today : deal.closedAt,
            competitor: args.competitor ?? deal.competitor,
            nextStep: args.nextStep ?? deal.nextStep,
            stageHistory:
              args.stage && args.stage !== deal.stage
                ? [...deal.stageHistory, { stage: args.stage, at: today }]
                : deal.stageHistory,
          })
          .where(eq(opportunities.id, deal.id));
        await audit(tx, {
          userId: ctx.user.id,
          action: "opportunity.update",
          entity: "opportunity",
          entityId: deal.id,
          details: { changes },
        });
        if (closing || args.amount !== undefined) await rescoreAccounts(tx, [deal.accountId], ctx.now);
        return ok({ opportunityId: deal.id, accountName, dealName: deal.name, changes, closePeriod: args.closePeriod });
      }),
  };
}

type Found = { deal: DealRow; accountName: string };

async function resolve(args: UpdateOpportunityArgs, ctx: ToolContext, db: Executor): Promise<ToolResult<Found>> {
  const lang = ctx.language;
  const changes = [args.amount, args.closeDate, args.stage, args.competitor, args.nextStep];
  if (changes.every((c) => c === undefined)) return fail("need_change", TEXT.need_change[lang]);
  const book = await dealsOfVisibleAccount(db, ctx.user, args.accountId);
  if (!book) return fail("not_found", TEXT.missing[lang]);
  const pick = pickDeal(book.deals, args);
  if (pick.kind === "one") return ok({ deal: pick.deal, accountName: book.accountName });
  if (pick.kind === "missing") return fail("not_found", TEXT.missing[lang]);
  if (pick.kind === "closed") return fail("closed", TEXT.closed[lang]);
  if (pick.kind === "none_open") return fail("no_open_deal", TEXT.none_open[lang]);
  const options = pick.deals.slice(0, 4).map((d) => ({
    label: d.name,
    message: dealChoiceMessage(args, book.accountName, d.name, lang),
  }));
  return fail("ambiguous_deal", TEXT.several[lang], { question: TEXT.several[lang], options });
}

function before(d: DealRow): NonNullable<UpdateOpportunityArgs["label"]>["before"] {
  return {
    amount: d.amount,
    expectedClose: d.expectedClose,
    stage: d.stage,
    nextStep: d.nextStep,
    competitor: d.competitor,
  };
}

function diff(d: DealRow, a: UpdateOpportunityArgs): DealChange[] {
  const out: DealChange[] = [];
  if (a.amount !== undefined) out.push({ field: "amount", before: d.amount, after: a.amount });
  if (a.closeDate !== undefined) out.push({ field: "expectedClose", before: d.expectedClose, after: a.closeDate });
  if (a.stage !== undefined) out.push({ field: "stage", before: d.stage, after: a.stage });
  if (a.competitor !== undefined) out.push({ field: "competitor", before: d.competitor, after: a.competitor });
  if (a.nextStep !== undefined) out.push({ field: "nextStep", before: d.nextStep, after: a.nextStep });
  return out;
}
