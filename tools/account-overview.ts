import { inArray } from "drizzle-orm";
import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import type { Executor } from "../src/db/client";
import { loadOneAccountFacts } from "../src/db/queries/account-facts";
import { getAccount360 } from "../src/db/queries/accounts";
import { products } from "../src/db/schema";
import { type OpenReceivables, openReceivables } from "../src/engine/scoring/open-receivables";
import type { AccountScore } from "../src/engine/scoring/score-account";
import { notesAbout } from "../src/engine/timeline/notes-about";
import type { Order } from "../src/engine/types";
import { settleAll } from "../src/request-context";
import { metricsOf } from "../src/services/book";
import { openActions } from "../src/services/plans";
import { currentScore } from "../src/services/scores";

const Input = z.object({
  accountId: z.string().min(1).describe("The account's id (from find_accounts or the conversation)"),
  focus: z.enum(["risks"]).optional().describe("What the question is about, when one part of the view"),
  about: z
    .array(z.string().min(2).max(40))
    .max(20)
    .optional()
    .describe("Words to find in the account's call and visit notes, when the question asks what was said or why"),
  orders: z
    .object({ from: z.string().date().optional(), to: z.string().date().optional() })
    .optional()
    .describe("When the question asks what they ordered or bought, or when: their orders (in this period, if given)"),
});

export type AccountOverviewResult = {
  account: {
    id: string;
    name: string;
    industry: string | null;
    region: string | null;
    parent: string | null;
    children: string[];
    /** Our rep who owns the account (负责人): "who owns it", "谁负责的". */
    owner: string | null;
  };
  score: {
    total: number;
    tier: string;
    strategy: string;
    lifecycle: string;
    churnLevel: string;
    churnScore: number;
  } | null;
  metrics: {
    revenue12m: number;
    revenuePrev12m: number;
    growth: number | null;
    shareOfWallet: number | null;
    walletEstimate: number | null;
    lastTouchDays: number | null;
  };
  contacts: {
    total: number;
    key: { id: string; name: string; title: string | null; role: string | null; attitude: string | null }[];
  };
  openOpportunities: {
    name: string;
    stage: string;
    amount: number | null;
    expectedClose: string | null;
    competitor?: string | null;
  }[];
  /** Competitors in play: on open deals and close to current contacts, most mentioned first. */
  competitors?: string[];
  /** Each risk with its figures (days, amounts, %) and the names of the people it concerns, so a reply can say which. */
  risks: { code: string; severity: string; facts?: Record<string, unknown>; people?: string[] }[];
  nextActions: { title: string; due: string }[];
  /** What the account still owes: the unpaid total, its overdue part and the next payment due; null when all is paid. */
  receivables?: OpenReceivables | null;
  focus?: "risks" | null;
  /** The latest notes that mention the words asked `about` (newest first); empty when none does. */
  notes?: { about: string[]; items: { date: string; kind: string; contactName: string | null; summary: string }[] };
  /**
   * Asked what they ordered ("最后一次下单是啥时候", "去年买过啥"): their latest order, and the orders of the period
   * asked (newest first, at most five) with their count and total.
   */
  orders?: {
    from: string | null;
    to: string | null;
    last: OrderLine | null;
    items: OrderLine[];
    count: number;
    total: number;
  };
  /** The two latest interactions with a note, newest first: "最近有啥动静", "what's new at X". */
  latest?: { date: string; kind: string; contactName: string | null; summary: string }[];
};

type OrderLine = { date: string; amount: number; product: string | null };

/** The 360° view of one account in a few lines: score, revenue, key people, open deals, risks, next actions. */
export function createAccountOverviewTool(): ToolDef<typeof Input, AccountOverviewResult> {
  return {
    name: "account_overview",
    description:
      "The 360° view of one account: score and tier, revenue and share of wallet, key contacts, open opportunities, risks, next actions.",
    input: Input,
    run: async ({ accountId, focus, about, orders }, { deps, user, now }) => {
      const view = await getAccount360(deps.db, user, accountId);
      if (!view) return fail("not_found", "No such account among yours.");
      const [facts, score, actions] = await settleAll([
        loadOneAccountFacts(deps.db, accountId),
        currentScore(deps.db, accountId, now),
        openActions(deps.db, accountId),
      ]);
      const m = metricsOf(facts!, now);
      const s = score as AccountScore | null;
      // One interaction as a reply quotes it: when, how, with whom, what was noted.
      const said = (i: NonNullable<typeof facts>["interactions"][number]) => ({
        date: i.occurredAt,
        kind: i.kind,
        contactName: view.contacts.find((c) => c.id === i.contactId)?.name ?? null,
        summary: i.summary ?? "",
      });
      const key = view.contacts
        .filter((c) => !c.leftCompany)
        .sort((a, b) => (b.influence ?? 0) - (a.influence ?? 0) || a.id.localeCompare(b.id))
        .slice(0, 4);
      return ok({
        account: {
          id: view.account.id,
          name: view.account.name,
          industry: view.account.industry,
          region: view.account.region,
          parent: view.parent?.name ?? null,
          children: view.children.map((c) => c.name),
          owner: view.owner?.name ?? null,
        },
        score: s
          ? {
              total: s.total,
              tier: s.tier,
              strategy: s.segment.strategy,
              lifecycle: s.lifecycle,
              churnLevel: s.churn.level,
              churnScore: s.churn.score,
            }
          : null,
        metrics: {
          revenue12m: m.revenue12m,
          revenuePrev12m: m.revenuePrev12m,
          growth: m.growth,
          shareOfWallet: m.shareOfWallet,
          walletEstimate: m.walletEstimate,
          lastTouchDays: m.lastTouchDays,
        },
        contacts: {
          total: view.contacts.filter((c) => !c.leftCompany).length,
          key: key.map((c) => ({ id: c.id, name: c.name, title: c.title, role: c.role, attitude: c.attitude })),
        },
        openOpportunities: view.opportunities
          .filter((o) => o.status === "open")
          .map((o) => ({
            name: o.name,
            stage: o.stage,
            amount: o.amount,
            expectedClose: o.expectedClose,
            competitor: o.competitor,
          })),
        competitors: competitorsIn(view),
        risks: (s?.risks ?? []).map((r) => ({
          code: r.code,
          severity: r.severity,
          facts: r.facts ?? {},
          people: ((r.facts?.contactIds as string[] | undefined) ?? [])
            .map((id) => view.contacts.find((c) => c.id === id)?.name)
            .filter((n): n is string => !!n),
        })),
        nextActions: actions.slice(0, 3).map((a) => ({ title: a.title, due: a.due })),
        receivables: openReceivables(facts!.orders, now.toISOString()),
        focus: focus ?? null,
        latest: [...facts!.interactions]
          .filter((i) => i.summary?.trim())
          .sort((x, y) => y.occurredAt.localeCompare(x.occurredAt) || x.id.localeCompare(y.id))
          .slice(0, 2)
          .map(said),
        ...(orders ? { orders: await ordersOf(deps.db, facts!.orders, orders, now) } : {}),
        ...(about?.length
          ? {
              notes: {
                about,
                items: notesAbout(facts!.interactions, about).map(said),
              },
            }
          : {}),
      });
    },
  };
}

/** The account's orders asked about: the latest, and those of the period (all when none), newest first. */
async function ordersOf(
  db: Executor,
  all: Order[],
  period: { from?: string; to?: string },
  now: Date,
): Promise<NonNullable<AccountOverviewResult["orders"]>> {
  const today = now.toISOString().slice(0, 10);
  const past = all.filter((o) => o.orderedAt.slice(0, 10) <= today);
  const within = past
    .filter(
      (o) =>
        (!period.from || o.orderedAt.slice(0, 10) >= period.from) &&
        (!period.to || o.orderedAt.slice(0, 10) <= period.to),
    )
    .sort((a, b) => b.orderedAt.localeCompare(a.orderedAt) || a.id.localeCompare(b.id));
  const skus = [...new Set(past.map((o) => o.productSku).filter((x): x is string => !!x))];
  const names = skus.length
    ? new Map(
        (
          await db.select({ sku: products.sku, name: products.name }).from(products).where(inArray(products.sku, skus))
        ).map((p) => [p.sku, p.name]),
      )
    : new Map<string, string>();
  const line = (o: Order): OrderLine => ({
    date: o.orderedAt.slice(0, 10),
    amount: o.amount,
    product: (o.productSku && names.get(o.productSku)) ?? o.productSku,
  });
  const latest = [...past].sort((a, b) => b.orderedAt.localeCompare(a.orderedAt) || a.id.localeCompare(b.id))[0];
  return {
    from: period.from ?? null,
    to: period.to ?? null,
    last: latest ? line(latest) : null,
    items: within.slice(0, 5).map(line),
    count: within.length,
    total: within.reduce((sum, o) => sum + o.amount, 0),
  };
}

/** The competitors named on the account's open deals and by its current contacts, most mentioned first. */
function competitorsIn(view: {
  opportunities: { status: string; competitor: string | null }[];
  contacts: { leftCompany: boolean; competitor?: string | null }[];
}): string[] {
  const count = new Map<string, number>();
  const names = [
    ...view.opportunities.filter((o) => o.status === "open").map((o) => o.competitor),
    ...view.contacts.filter((c) => !c.leftCompany).map((c) => c.competitor),
  ];
  for (const n of names) if (n?.trim()) count.set(n.trim(), (count.get(n.trim()) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
}
