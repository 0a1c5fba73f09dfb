import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_NOW } from "../test/harness";
import { openReadOnlyToolKit, type ToolKit, VISIBLE } from "../test/tool-harness";
import { createReceivablesTool } from "./receivables";

const tool = createReceivablesTool();
let kit: ToolKit;
const today = TEST_NOW.slice(0, 10);

beforeAll(async () => {
  kit = await openReadOnlyToolKit();
});
afterAll(() => kit.close());

type Owed = { account_id: string; unpaid: number; overdue: number; not_due: number; next_due: string | null };

/** What each visible account owes, in SQL written apart from the service. */
async function owedBy(userId: string): Promise<Owed[]> {
  return kit.sql<Owed>(
    `select o.account_id, sum(o.amount)::float as unpaid,
            coalesce(sum(o.amount) filter (where o.due_at < $2::date), 0)::float as overdue,
            coalesce(sum(o.amount) filter (where o.due_at is null or o.due_at >= $2::date), 0)::float as not_due,
            to_char(min(o.due_at) filter (where o.due_at >= $2::date), 'YYYY-MM-DD') as next_due
     from orders o where o.paid_at is null and o.account_id in ${VISIBLE}
     group by o.account_id`,
    [userId, today],
  );
}

describe("receivables", () => {
  it("lists what each of a rep's accounts owes, largest first, with totals, and none of another team's", async () => {
    const { rep1, admin } = kit.users;
    const want = await owedBy(rep1.id);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan((await owedBy(admin.id)).length);
    const got = await kit.data(tool, { due: "all", limit: 50 }, rep1);
    expect(got.total).toBe(want.length);
    const sorted = [...want].sort((a, b) => b.unpaid - a.unpaid || a.account_id.localeCompare(b.account_id));
    expect(got.items.map((i) => i.accountId)).toEqual(sorted.map((w) => w.account_id));
    for (const i of got.items) {
      const w = want.find((x) => x.account_id === i.accountId)!;
      expect([i.unpaid, i.overdue, i.notDue, i.nextDueAt]).toEqual([w.unpaid, w.overdue, w.not_due, w.next_due]);
    }
    const sum = (k: "unpaid" | "overdue" | "not_due") => want.reduce((s, w) => s + w[k], 0);
    expect(got.totals.unpaid).toBeCloseTo(sum("unpaid"), 2);
    expect(got.totals.overdue).toBeCloseTo(sum("overdue"), 2);
    expect(got.totals.notDue).toBeCloseTo(sum("not_due"), 2);
  });

  it("keeps only the accounts with money past due, or not yet due, in the order each question wants", async () => {
    const { admin } = kit.users;
    const want = await owedBy(admin.id);
    const overdue = await kit.data(tool, { due: "overdue", limit: 50 }, admin);
    const late = want
      .filter((w) => w.overdue > 0)
      .sort((a, b) => b.overdue - a.overdue || a.account_id.localeCompare(b.account_id));
    expect(late.length).toBeGreaterThan(0);
    expect(overdue.items.map((i) => i.accountId)).toEqual(late.map((w) => w.account_id));
    const notDue = await kit.data(tool, { due: "not_due", limit: 50 }, admin);
    const ahead = want.filter((w) => w.not_due > 0);
    expect(notDue.items.map((i) => i.accountId).sort()).toEqual(ahead.map((w) => w.account_id).sort());
    const days = notDue.items.map((i) => i.nextDueAt ?? "9999");
    expect(days).toEqual([...days].sort());
  });

  it('puts the money longest past due first when asked ("超期最久的是哪家"), and counts the accounts past the limit', async () => {
    const { admin } = kit.users;
    const oldest = await kit.sql<{ account_id: string }>(
      `select o.account_id from orders o
       where o.paid_at is null and o.due_at < $2::date and o.account_id in ${VISIBLE}
       group by o.account_id order by min(o.due_at), sum(o.amount) desc, o.account_id`,
      [admin.id, today],
    );
    expect(oldest.length).toBeGreaterThan(1);
    const got = await kit.data(tool, { due: "overdue", sortBy: "oldest", limit: 1 }, admin);
    expect(got.items.map((i) => i.accountId)).toEqual([oldest[0].account_id]);
    expect(got.total).toBe(oldest.length);
    expect(got.more).toBe(oldest.length - 1);
    const all = await kit.data(tool, { due: "overdue", sortBy: "oldest", limit: 50 }, admin);
    expect(all.items.map((i) => i.accountId)).toEqual(oldest.map((o) => o.account_id));
  });

  it("answers for one account, and refuses an account the user may not see like a missing one", async () => {
    const { rep1, admin } = kit.users;
    const mine = (await owedBy(rep1.id))[0];
    const got = await kit.data(tool, { accountId: mine.account_id, due: "all", limit: 20 }, rep1);
    expect(got.items.map((i) => i.accountId)).toEqual([mine.account_id]);
    const [hidden] = await kit.sql<{ id: string }>(
      `select a.id from accounts a where a.id in ${VISIBLE} and a.id not in (select id from accounts where owner_id = $2) limit 1`,
      [admin.id, rep1.id],
    );
    const refused = await kit.run(tool, { accountId: hidden.id, due: "all", limit: 20 }, rep1);
    expect(refused.ok).toBe(false);
  });
});

describe("receivables of one rep's accounts", () => {
  it("keeps a manager's list to the rep asked about, and never widens what a user may see", async () => {
    const { manager, rep1, rep3 } = kit.users;
    const want = await owedBy(manager.id);
    const mine = await kit.sql<{ id: string }>("select id from accounts where owner_id = $1", [rep1.id]);
    const ids = new Set(mine.map((m) => m.id));
    const got = await kit.data(tool, { due: "all", limit: 50, ownerId: rep1.id }, manager);
    expect(got.items.map((i) => i.accountId).sort()).toEqual(
      want
        .filter((w) => ids.has(w.account_id))
        .map((w) => w.account_id)
        .sort(),
    );
    expect(got.items.length).toBeGreaterThan(0);
    // Another team's rep asked by name: nothing, as their accounts are not this user's to see.
    expect((await kit.data(tool, { due: "all", limit: 50, ownerId: rep3.id }, rep1)).items).toEqual([]);
  });
});
