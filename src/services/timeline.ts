import { asc, eq } from "drizzle-orm";
import type { Executor } from "../db/client";
import { loadOneAccountFacts } from "../db/queries/account-facts";
import { accountPlans, accountScores, planActions, tenderMatches, tenderNotices, tenders } from "../db/schema";
import type { TimelineEvent } from "../engine/timeline/page-timeline";
import { settleAll } from "../request-context";

/**
 * Every event of one account (the caller checks visibility): interactions, orders, deal creation, stage changes
 * and closes, plan versions and actions, tender notices matched to it, risk records and tier changes.
 */
export async function accountEvents(db: Executor, accountId: string): Promise<TimelineEvent[]> {
  const facts = await loadOneAccountFacts(db, accountId);
  if (!facts) return [];
  const names = new Map(facts.contacts.map((c) => [c.id, c.name]));
  const out: TimelineEvent[] = [];
  for (const i of facts.interactions)
    out.push({
      at: i.occurredAt,
      kind: "interaction",
      id: i.id,
      interactionKind: i.kind,
      contactId: i.contactId,
      contactName: i.contactId ? (names.get(i.contactId) ?? null) : null,
      summary: i.summary,
    });
  for (const o of facts.orders)
    out.push({ at: o.orderedAt, kind: "order", id: o.id, amount: o.amount, productSku: o.productSku });
  for (const o of facts.opportunities) {
    const deal = { opportunityId: o.id, name: o.name, amount: o.amount };
    out.push({ at: o.createdAt, kind: "deal_created", id: o.id, ...deal, stage: o.stageHistory[0]?.stage ?? o.stage });
    for (const [n, s] of o.stageHistory.entries())
      if (n > 0) out.push({ at: s.at, kind: "deal_stage", id: `${o.id}:${n}`, ...deal, stage: s.stage });
    if (o.closedAt && o.status !== "open")
      out.push({ at: o.closedAt, kind: "deal_closed", id: o.id, ...deal, status: o.status });
  }
  for (const r of facts.riskRecords)
    out.push({
      at: r.occurredAt,
      kind: "risk_record",
      id: r.id,
      riskKind: r.kind,
      severity: r.severity,
      summary: r.summary,
    });
  const [plans, actions, notices, scores] = await settleAll([
    db.select().from(accountPlans).where(eq(accountPlans.accountId, accountId)),
    db.select().from(planActions).where(eq(planActions.accountId, accountId)),
    db
      .select({
        id: tenderNotices.id,
        publishedAt: tenderNotices.publishedAt,
        createdAt: tenderNotices.createdAt,
        type: tenderNotices.type,
        projectName: tenders.projectName,
        matchKind: tenderMatches.kind,
      })
      .from(tenderMatches)
      .innerJoin(tenders, eq(tenders.id, tenderMatches.tenderId))
      .innerJoin(tenderNotices, eq(tenderNotices.tenderId, tenders.id))
      .where(eq(tenderMatches.accountId, accountId)),
    db
      .select({
        id: accountScores.id,
        at: accountScores.computedAt,
        tier: accountScores.tier,
        total: accountScores.total,
      })
      .from(accountScores)
      .where(eq(accountScores.accountId, accountId))
      .orderBy(asc(accountScores.id)),
  ]);
  for (const p of plans)
    out.push({ at: p.createdAt, kind: "plan_version", id: p.id, version: p.version, strategy: p.strategy });
  for (const a of actions) {
    const at = a.status === "done" ? (a.completedAt ?? a.updatedAt) : a.status === "dropped" ? a.updatedAt : a.due;
    out.push({ at, kind: `action_${a.status}`, id: a.id, actionId: a.id, title: a.title, due: a.due, owner: a.owner });
  }
  const seen = new Set<string>();
  for (const n of notices) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    out.push({
      at: n.publishedAt ?? n.createdAt,
      kind: "tender_notice",
      id: n.id,
      noticeType: n.type,
      projectName: n.projectName,
      matchKind: n.matchKind,
    });
  }
  let tier: string | null = null;
  for (const s of scores) {
    if (s.tier !== tier)
      out.push({ at: s.at, kind: "tier_change", id: String(s.id), from: tier, to: s.tier, total: s.total });
    tier = s.tier;
  }
  return out;
}
