import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openToolKit, type ToolKit } from "../test/tool-harness";
import { createUpdateOpportunityTool } from "./update-opportunity";

// What update_opportunity writes, and what it refuses (writing nothing). Deals are picked by SQL from the demo book.
const tool = createUpdateOpportunityTool();
let kit: ToolKit;
type Deal = { id: string; account_id: string; name: string };
type Row = Record<string, string | number | null>;

beforeAll(async () => {
  kit = await openToolKit();
});
afterAll(() => kit.close());

/** An account of `userId` with exactly `n` open deals, and those deals. */
async function dealsOf(userId: string, n: number): Promise<Deal[]> {
  return kit.sql<Deal>(
    `select o.id, o.account_id, o.name from opportunities o where o.status = 'open' and o.account_id = (
       select a.id from accounts a where a.owner_id = $1
       and (select count(*) from opportunities x where x.account_id = a.id and x.status = 'open') = $2
       order by a.id limit 1) order by o.name`,
    [userId, n],
  );
}
const rowOf = async (id: string) =>
  (
    await kit.sql<Row>(
      `select amount, expected_close::text as close, stage, status, closed_at::text as closed, competitor, next_step,
              jsonb_array_length(stage_history) as steps from opportunities where id = $1`,
      [id],
    )
  )[0];
const count = async (sql: string) => Number((await kit.sql<{ n: string }>(sql))[0].n);

describe("update_opportunity", () => {
  it("changes the amount, close date, stage and next step of the account's only open deal", async () => {
    const { rep1 } = kit.users;
    const [deal] = await dealsOf(rep1.id, 1);
    const before = await rowOf(deal.id);
    const got = await kit.data(
      tool,
      {
        accountId: deal.account_id,
        amount: 1_500_000,
        closeDate: "2026-11-30",
        stage: "negotiation",
        nextStep: "发修订报价",
      },
      rep1,
    );
    expect(got.dealName).toBe(deal.name);
    expect(await rowOf(deal.id)).toEqual({
      ...before,
      amount: 1_500_000,
      close: "2026-11-30",
      stage: "negotiation",
      next_step: "发修订报价",
      steps: Number(before.steps) + (before.stage === "negotiation" ? 0 : 1),
    });
    expect(got.changes.find((c) => c.field === "amount")).toEqual({
      field: "amount",
      before: before.amount,
      after: 1_500_000,
    });
    const audits = await count(
      `select count(*) as n from audit_log where action = 'opportunity.update' and entity_id = '${deal.id}'`,
    );
    expect(audits).toBe(1);
  });

  it("marks a deal lost to a competitor: closed today, the competitor recorded", async () => {
    const { rep2 } = kit.users;
    const [deal] = await dealsOf(rep2.id, 1);
    await kit.data(
      tool,
      { accountId: deal.account_id, opportunityId: deal.id, stage: "lost", competitor: "迈瑞" },
      rep2,
    );
    expect(await rowOf(deal.id)).toMatchObject({
      stage: "lost",
      status: "lost",
      closed: "2026-11-22",
      competitor: "迈瑞",
    });
  });

  it("refuses a closed deal, writing nothing", async () => {
    const { rep2 } = kit.users;
    const [closed] = await kit.sql<Deal>(
      `select o.id, o.account_id, o.name from opportunities o join accounts a on a.id = o.account_id
       where a.owner_id = $1 and o.status <> 'open' order by o.id limit 1`,
      [rep2.id],
    );
    const before = await rowOf(closed.id);
    const got = await kit.run(tool, { accountId: closed.account_id, opportunityId: closed.id, amount: 10_000 }, rep2);
    expect(got).toMatchObject({ ok: false, error: { code: "closed" } });
    expect(await rowOf(closed.id)).toEqual(before);
  });

  it("refuses another team's deal with the same answer as a missing one, writing nothing", async () => {
    const { rep1, rep3 } = kit.users;
    const [theirs] = await dealsOf(rep3.id, 1);
    const before = await rowOf(theirs.id);
    const byAccount = await kit.run(tool, { accountId: theirs.account_id, amount: 99_000 }, rep1);
    const byId = await kit.run(tool, { accountId: theirs.account_id, opportunityId: theirs.id, amount: 99_000 }, rep1);
    const [mine] = await dealsOf(rep1.id, 1);
    const missing = await kit.run(
      tool,
      { accountId: mine.account_id, opportunityId: "opp_nope", amount: 99_000 },
      rep1,
    );
    const noAccount = await kit.run(tool, { accountId: "acc_nope", amount: 99_000 }, rep1);
    expect(missing).toMatchObject({ ok: false, error: { code: "not_found" } });
    for (const r of [byAccount, byId, noAccount]) expect(r).toEqual(missing);
    expect(await rowOf(theirs.id)).toEqual(before);
  });

  it("asks which deal when the account has several open ones, and takes the one its name hints at", async () => {
    const { rep1 } = kit.users;
    const deals = await dealsOf(rep1.id, 2);
    const asked = await kit.run(tool, { accountId: deals[0].account_id, amount: 80_000 }, rep1);
    expect(asked.ok).toBe(false);
    const error = (asked as { error: { code: string; choices?: { options: { label: string }[] } } }).error;
    expect(error.code).toBe("ambiguous_deal");
    expect(error.choices?.options.map((o) => o.label)).toEqual(deals.map((d) => d.name));
    const hint = deals[1].name.slice(-4);
    const got = await kit.data(tool, { accountId: deals[1].account_id, dealHint: hint, amount: 80_000 }, rep1);
    expect(got.dealName).toBe(deals[1].name);
    expect((await rowOf(deals[1].id)).amount).toBe(80_000);
  });

  it("rejects a negative amount, an impossible date and a request that changes nothing, with clear messages", async () => {
    const { rep1 } = kit.users;
    const neg = tool.input.safeParse({ accountId: "a", amount: -5 });
    expect(neg.success ? "" : neg.error.issues[0].message).toBe("amount must be a positive number of yuan");
    const feb30 = tool.input.safeParse({ accountId: "a", closeDate: "2026-02-30" });
    expect(feb30.success ? "" : feb30.error.issues[0].message).toBe("must be a real calendar day");
    const [deal] = await dealsOf(rep1.id, 2);
    expect(await kit.run(tool, { accountId: deal.account_id }, rep1, "en")).toEqual({
      ok: false,
      error: { code: "need_change", message: expect.stringContaining("Say what to change") },
    });
  });
});
