import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_NOW } from "../test/harness";
import { openReadOnlyToolKit, type ToolKit, VISIBLE } from "../test/tool-harness";
import { latestScoreBody, revenueOf } from "../test/tool-sql";
import { createGroupOverviewTool } from "./group-overview";

const tool = createGroupOverviewTool();
let kit: ToolKit;
const today = TEST_NOW.slice(0, 10);

beforeAll(async () => {
  kit = await openReadOnlyToolKit();
});
afterAll(() => kit.close());

/** The group tree under a root that a user may see, in SQL written apart from the service. */
const TREE = `with recursive t(id) as (select $2::text union all select a.id from accounts a join t on a.parent_id = t.id)
  select a.id, a.name, u.name as owner from accounts a join t on t.id = a.id left join users u on u.id = a.owner_id
  where a.id in ${VISIBLE} order by a.id`;

async function biggestGroup() {
  const [g] = await kit.sql<{ id: string; name: string }>(
    `select p.id, p.name from accounts p where exists (select 1 from accounts c where c.parent_id = p.id)
     order by (select count(*) from accounts c where c.parent_id = p.id) desc, p.id limit 1`,
  );
  return g;
}

describe("group_overview", () => {
  it("sums what the visible members owe, unpaid and overdue, and shows each member's", async () => {
    const { admin } = kit.users;
    const group = await biggestGroup();
    const owed = await kit.sql<{ account_id: string; unpaid: number; overdue: number }>(
      `with recursive t(id) as (select $2::text union all select a.id from accounts a join t on a.parent_id = t.id)
       select o.account_id, sum(o.amount)::float as unpaid,
              coalesce(sum(o.amount) filter (where o.due_at < $3::date), 0)::float as overdue
       from orders o join t on t.id = o.account_id
       where o.paid_at is null and o.account_id in ${VISIBLE} group by o.account_id`,
      [admin.id, group.id, today],
    );
    expect(owed.length).toBeGreaterThan(0);
    const got = await kit.data(tool, { accountId: group.id }, admin);
    for (const m of got.members) {
      const row = owed.find((o) => o.account_id === m.accountId);
      expect(m.receivables).toEqual(row ? { unpaid: row.unpaid, overdue: row.overdue } : null);
    }
    const sum = (k: "unpaid" | "overdue") => owed.reduce((s, o) => s + o[k], 0);
    expect(got.receivables).toEqual(owed.length ? { unpaid: sum("unpaid"), overdue: sum("overdue") } : null);
  });

  it("lists the open deals of the group and its visible members, biggest first, five at most, with their count", async () => {
    const { admin, rep1 } = kit.users;
    const group = await biggestGroup();
    for (const user of [admin, rep1]) {
      const want = await kit.sql<{ name: string; account_id: string }>(
        `with recursive t(id) as (select $2::text union all select a.id from accounts a join t on a.parent_id = t.id)
         select o.name, o.account_id from opportunities o join t on t.id = o.account_id
         where o.status = 'open' and o.account_id in ${VISIBLE} order by o.amount desc nulls last, o.name`,
        [user.id, group.id],
      );
      if (user === admin) expect(want.length).toBeGreaterThan(0);
      // The rep sees the group only with its root and one member at least; else the tool answers it is no group of theirs.
      const tree = await kit.sql<{ id: string }>(TREE, [user.id, group.id]);
      const seen = tree.some((t) => t.id === group.id) && tree.length > 1;
      const run = await kit.run(tool, { accountId: group.id }, user);
      expect(run.ok).toBe(seen);
      if (!run.ok) continue;
      const got = run.data;
      expect(got.openDealCount).toBe(want.length);
      expect(got.openDeals.map((d) => [d.name, d.accountId])).toEqual(
        want.slice(0, 5).map((w) => [w.name, w.account_id]),
      );
    }
  });

  it("rolls every member of the group up with its score, risks, last order, owner and whitespace", async () => {
    const { admin } = kit.users;
    const group = await biggestGroup();
    const tree = await kit.sql<{ id: string; name: string; owner: string | null }>(TREE, [admin.id, group.id]);
    const got = await kit.data(tool, { accountId: group.id }, admin);
    expect(got.group).toEqual({ id: group.id, name: group.name });
    expect(got.members.map((m) => m.accountId).sort()).toEqual(tree.map((t) => t.id));
    let revenue = 0;
    for (const t of tree) {
      const m = got.members.find((x) => x.accountId === t.id)!;
      const rev = await revenueOf(kit, t.id, today);
      revenue += rev.revenue12m;
      expect(m.revenue12m).toBeCloseTo(rev.revenue12m, 1);
      expect(m.owner).toBe(t.owner);
      const body = (await latestScoreBody(kit, t.id)) as { total: number; tier: string; risks: { code: string }[] };
      expect([m.total, m.tier]).toEqual([body.total, body.tier]);
      expect(m.risks.map((r) => r.code)).toEqual(body.risks.map((r) => r.code));
      const [last] = await kit.sql<{ at: string | null }>(
        `select to_char(max(ordered_at), 'YYYY-MM-DD') as at from orders where account_id = $1 and ordered_at <= $2::date`,
        [t.id, today],
      );
      expect(m.lastOrderAt).toBe(last.at);
      // Whitespace: SKUs another member of the group ordered that this one never did.
      const gaps = await kit.sql<{ sku: string }>(
        `select distinct o.product_sku as sku from orders o where o.account_id = any($1::text[]) and o.account_id <> $2
         and o.product_sku is not null and o.product_sku not in
           (select product_sku from orders where account_id = $2 and product_sku is not null) order by 1`,
        [tree.map((x) => x.id), t.id],
      );
      expect(m.whitespace.map((w) => w.sku).sort()).toEqual(gaps.map((g) => g.sku));
    }
    expect(got.revenue12m).toBeCloseTo(revenue, 1);
    expect(got.members.some((m) => m.whitespace.length > 0)).toBe(true);
  });

  it("leaves out the members a rep may not see, and refuses an account without branches", async () => {
    const group = await biggestGroup();
    const [owner] = await kit.sql<{ owner_id: string }>(`select owner_id from accounts where id = $1`, [group.id]);
    const rep = Object.values(kit.users).find((u) => u.id === owner.owner_id)!;
    const tree = await kit.sql<{ id: string }>(TREE, [rep.id, group.id]);
    const all = await kit.sql<{ id: string }>(TREE, [kit.users.admin.id, group.id]);
    expect(tree.length).toBeLessThan(all.length); // the demo group has branches owned by another rep
    const got = await kit.data(tool, { accountId: group.id }, rep);
    expect(got.members.map((m) => m.accountId).sort()).toEqual(tree.map((t) => t.id));
    const [leaf] = await kit.sql<{ id: string }>(
      `select a.id from accounts a where a.owner_id = $1 and a.parent_id is null
       and not exists (select 1 from accounts c where c.parent_id = a.id) order by a.id limit 1`,
      [rep.id],
    );
    const refused = await kit.run(tool, { accountId: leaf.id }, rep);
    expect(refused.ok).toBe(false);
  });
});
