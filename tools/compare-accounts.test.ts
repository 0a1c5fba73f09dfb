import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_NOW } from "../test/harness";
import { openReadOnlyToolKit, type ToolKit } from "../test/tool-harness";
import { latestScoreBody, revenueOf } from "../test/tool-sql";
import { createCompareAccountsTool } from "./compare-accounts";

const tool = createCompareAccountsTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openReadOnlyToolKit();
});
afterAll(() => kit.close());

describe("compare_accounts", () => {
  it("puts each account's own score and revenue side by side, in the order asked", async () => {
    const { rep1 } = kit.users;
    const mine = await kit.sql<{ id: string; name: string }>(
      `select id, name from accounts where owner_id = $1 order by score_total desc limit 3`,
      [rep1.id],
    );
    const asked = [mine[2], mine[0], mine[1]];
    const got = await kit.data(tool, { accountIds: asked.map((a) => a.id) }, rep1);
    expect(got.rows.map((r) => r.name)).toEqual(asked.map((a) => a.name));
    for (const [i, a] of asked.entries()) {
      const body = await latestScoreBody(kit, a.id);
      const rev = await revenueOf(kit, a.id, TEST_NOW.slice(0, 10));
      expect(got.rows[i]).toMatchObject({ id: a.id, total: body.total, tier: body.tier });
      expect(got.rows[i].revenue12m).toBeCloseTo(rev.revenue12m, 1);
      const growth = rev.revenuePrev12m > 0 ? (rev.revenue12m - rev.revenuePrev12m) / rev.revenuePrev12m : null;
      if (growth === null) expect(got.rows[i].growth).toBeNull();
      else expect(got.rows[i].growth).toBeCloseTo(growth, 4);
    }
  });

  it("refuses when any of the accounts is not the user's", async () => {
    const { rep1, rep3 } = kit.users;
    const [mine] = await kit.sql<{ id: string }>(`select id from accounts where owner_id = $1 limit 1`, [rep1.id]);
    const [theirs] = await kit.sql<{ id: string }>(`select id from accounts where owner_id = $1 limit 1`, [rep3.id]);
    expect(await kit.run(tool, { accountIds: [mine.id, theirs.id] }, rep1)).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect((await kit.run(tool, { accountIds: [mine.id, theirs.id] }, kit.users.admin)).ok).toBe(true);
  });
});
