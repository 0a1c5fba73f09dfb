import { and, asc, desc, eq, gte, inArray } from "drizzle-orm";
import type { Executor } from "../db/client";
import type { User } from "../db/queries/users";
import { visibleAccounts } from "../db/queries/visibility";
import { accounts, tenderMatches, tenderNotices, tenders } from "../db/schema";
import { type WindowStatus, windowStatus } from "../engine/tender/match-window";
import { quoteNotice, quotesWanted } from "../engine/tender/quote-notice";
import { awardTotal, type ParsedNotice, type TenderMatch } from "../engine/tender/schema";

export type MatchView = TenderMatch & {
  /** The predicted window on the day asked about: only `ahead` is upcoming (null when no day was given). */
  windowStatus: WindowStatus | null;
  tenderId: string;
  accountName: string;
  projectName: string | null;
  type: string;
  deadline: string | null;
  buyer: string | null;
  /** Who won, on an award notice (中标/成交): "谁中标了". */
  winner: string | null;
  /** For how much (中标金额), the lots summed: "多少钱中的". */
  awardAmount: number | null;
  /** What a bidder must have, as the notice states it (资格要求): "有啥硬性门槛". */
  requirements: string[];
};

/** Matches on the accounts this user may see, newest first; optionally for one account, since a date. */
export async function listMatches(
  db: Executor,
  user: User,
  opts: { accountId?: string; since?: string; limit?: number; today?: string },
): Promise<MatchView[]> {
  const conditions = [visibleAccounts(user)];
  if (opts.accountId) conditions.push(eq(tenderMatches.accountId, opts.accountId));
  if (opts.since) conditions.push(gte(tenderMatches.updatedAt, opts.since));
  const rows = await db
    .select({
      body: tenderMatches.body,
      tenderId: tenderMatches.tenderId,
      accountName: accounts.name,
      latest: tenders.latest,
      type: tenders.type,
    })
    .from(tenderMatches)
    .innerJoin(accounts, eq(accounts.id, tenderMatches.accountId))
    .innerJoin(tenders, eq(tenders.id, tenderMatches.tenderId))
    .where(and(...conditions))
    .orderBy(desc(tenderMatches.updatedAt), asc(tenderMatches.id))
    .limit(opts.limit ?? 100);
  // Newest first, so a stored duplicate (an older database's second kind) yields to the latest match of the pair.
  const seen = new Set<string>();
  const unique = rows.filter((r) => {
    const key = `${r.tenderId}|${(r.body as TenderMatch).accountId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.map((r) => {
    const n = r.latest as ParsedNotice;
    const body = r.body as TenderMatch;
    return {
      ...body,
      windowStatus: opts.today ? windowStatus(body.predicted.window, opts.today) : null,
      tenderId: r.tenderId,
      accountName: r.accountName,
      projectName: n.projectName,
      type: r.type,
      deadline: n.deadline,
      buyer: n.buyer,
      winner: Array.isArray(n.winner) ? n.winner.join("、") : (n.winner ?? null),
      awardAmount: awardTotal(n),
      requirements: n.requirements ?? [],
    };
  });
}

/**
 * What each tender's notices say about the words asked (保证金, domestic): up to two sentences per tender, newest
 * notice first (a correction before the tender it corrects). Quoted as data, never read as instructions.
 */
export async function noticeQuotes(
  db: Executor,
  tenders: { tenderId: string; projectName: string | null }[],
  words: string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (tenders.length === 0 || words.length === 0) return out;
  const nameOf = new Map(tenders.map((t) => [t.tenderId, t.projectName]));
  const rows = await db
    .select({ tenderId: tenderNotices.tenderId, text: tenderNotices.text })
    .from(tenderNotices)
    .where(inArray(tenderNotices.tenderId, [...nameOf.keys()]))
    .orderBy(desc(tenderNotices.publishedAt), desc(tenderNotices.createdAt), asc(tenderNotices.id));
  const max = quotesWanted(words);
  for (const r of rows) {
    const have = out.get(r.tenderId) ?? [];
    if (have.length >= max) continue;
    out.set(r.tenderId, [...have, ...quoteNotice(r.text, words, max - have.length, nameOf.get(r.tenderId))]);
  }
  return out;
}
