import type { ToolKit } from "./tool-harness";

/** Trailing-year and prior-year revenue of one account in SQL: the 365 days ending today, then the 365 before. */
export async function revenueOf(kit: ToolKit, accountId: string, today: string) {
  const [r] = await kit.sql<{ cur: string; prev: string }>(
    `select coalesce(sum(amount) filter (where $2::date - ordered_at between 0 and 364), 0) as cur,
            coalesce(sum(amount) filter (where $2::date - ordered_at between 365 and 729), 0) as prev
     from orders where account_id = $1`,
    [accountId, today],
  );
  return { revenue12m: Number(r.cur), revenuePrev12m: Number(r.prev) };
}

/** The latest stored score body of an account. */
export async function latestScoreBody(kit: ToolKit, accountId: string) {
  const [r] = await kit.sql<{ body: Record<string, unknown> & { total: number; tier: string } }>(
    `select body from account_scores where account_id = $1 order by id desc limit 1`,
    [accountId],
  );
  return r.body;
}

/** One account of each demo user, the largest by trailing revenue: stable under changes to the seed's details. */
export async function accountOf(kit: ToolKit, userId: string, where = "true") {
  const [r] = await kit.sql<{ id: string; name: string }>(
    `select a.id, a.name from accounts a where a.owner_id = $1 and (${where})
     order by (select count(*) from contacts c where c.account_id = a.id) desc, a.id limit 1`,
    [userId],
  );
  return r;
}
