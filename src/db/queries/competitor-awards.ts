import { and, asc, eq, inArray } from "drizzle-orm";
import type { ParsedNotice } from "../../engine/tender/schema";
import type { CompetitorAward } from "../../engine/types";
import type { Executor } from "../client";
import { tenderMatches, tenderNotices, tenders } from "../schema";

/**
 * Award notices won by a competitor at each account (tender matches of kind `competitor_win`), as the engine reads
 * them: the day the award was published, the winner(s) and the project. Oldest first, so the order is stable.
 */
export async function loadCompetitorAwards(db: Executor, ids: string[]): Promise<Map<string, CompetitorAward[]>> {
  const out = new Map<string, CompetitorAward[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({
      accountId: tenderMatches.accountId,
      publishedAt: tenderNotices.publishedAt,
      parsed: tenderNotices.parsed,
      projectName: tenders.projectName,
      matchId: tenderMatches.id,
    })
    .from(tenderMatches)
    .innerJoin(tenderNotices, eq(tenderNotices.id, tenderMatches.noticeId))
    .innerJoin(tenders, eq(tenders.id, tenderMatches.tenderId))
    .where(and(inArray(tenderMatches.accountId, ids), eq(tenderMatches.kind, "competitor_win")))
    .orderBy(asc(tenderNotices.publishedAt), asc(tenderMatches.id));
  for (const r of rows) {
    const notice = r.parsed as Partial<ParsedNotice>;
    const at = r.publishedAt ?? notice.publishDate ?? null;
    const winner = Array.isArray(notice.winner) ? notice.winner.join("、") : notice.winner;
    // An award without a day or a winner says nothing the engine can date or name.
    if (!at || !winner) continue;
    const list = out.get(r.accountId) ?? [];
    list.push({
      at: String(at).slice(0, 10),
      competitor: winner,
      project: r.projectName ?? notice.projectName ?? null,
    });
    out.set(r.accountId, list);
  }
  return out;
}
