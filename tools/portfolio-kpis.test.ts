import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_NOW } from "../test/harness";
import { openReadOnlyToolKit, type ToolKit, VISIBLE } from "../test/tool-harness";
import { createPortfolioKpisTool } from "./portfolio-kpis";

const tool = createPortfolioKpisTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openReadOnlyToolKit();
});
afterAll(() => kit.close());

/** Book size, key accounts (tier S or A) and trailing-year revenue in SQL. */
async function expected(userId: string) {
  const [r] = await kit.sql<Record<string, string>>(
    `with book as (select id, tier from accounts where id in ${VISIBLE}),
     rev as (select o.account_id, sum(o.amount) as amount from orders o
             where $2::date - o.ordered_at between 0 and 364 group by o.account_id)
     select (select count(*) from book) as accounts,
            (select count(*) from book where tier in ('S', 'A')) as key_accounts,
            (select coalesce(sum(amount), 0) from rev where account_id in (select id from book)) as revenue,
            (select coalesce(sum(amount), 0) from rev where account_id in (select id from book where tier in ('S', 'A'))) as key_revenue`,
    [userId, TEST_NOW.slice(0, 10)],
  );
  return {
    accounts: Number(r.accounts),
    keyAccounts: Number(r.key_accounts),
    revenue12m: Number(r.revenue),
    keyShare: Number(r.key_revenue) / Number(r.revenue),
  };
}

describe("portfolio_kpis", () => {
  for (const who of ["rep1", "manager", "admin"] as const) {
    it(`counts ${who}'s book, its key accounts and their share of the trailing year's revenue`, async () => {
      const user = kit.users[who];
      const want = await expected(user.id);
      const got = await kit.data(tool, {}, user);
      expect(got.accounts).toBe(want.accounts);
      expect(got.keyAccounts).toBe(want.keyAccounts);
      expect(got.revenue12m).toBeCloseTo(want.revenue12m, 1);
      expect(got.keyAccountRevenueShare).toBeCloseTo(want.keyShare, 3);
    });
  }
});
