import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openToolKit, type ToolKit } from "../test/tool-harness";
import { accountOf, latestScoreBody } from "../test/tool-sql";
import { createGeneratePlanTool } from "./generate-plan";
import { createSavePlanTool } from "./save-plan";
import { createShowPlanTool } from "./show-plan";

const generate = createGeneratePlanTool();
const show = createShowPlanTool();
const save = createSavePlanTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openToolKit();
});
afterAll(() => kit.close());

const count = async (table: string, accountId: string, extra = "true") =>
  Number(
    (
      await kit.sql<{ n: string }>(`select count(*) as n from ${table} where account_id = $1 and ${extra}`, [accountId])
    )[0].n,
  );

describe("generate_plan", () => {
  it("drafts a plan for the account's segment without storing anything", async () => {
    const { rep1 } = kit.users;
    const acc = await accountOf(kit, rep1.id);
    const got = await kit.data(generate, { accountId: acc.id, horizonMonths: 6 }, rep1);
    const body = await latestScoreBody(kit, acc.id);
    expect(got).toMatchObject({ accountName: acc.name, stored: false });
    expect(got.plan.accountId).toBe(acc.id);
    expect(got.plan.strategy).toBe((body.segment as { strategy: string }).strategy);
    expect(got.plan.actions.length).toBeGreaterThan(0);
    // Dated within the horizon, about people of this account.
    const contacts = new Set(
      (await kit.sql<{ id: string }>(`select id from contacts where account_id = $1`, [acc.id])).map((c) => c.id),
    );
    for (const a of got.plan.actions) {
      expect(a.due >= "2026-11-22" && a.due <= "2027-05-31").toBe(true);
      if (a.contactId) expect(contacts.has(a.contactId)).toBe(true);
    }
    expect(await count("account_plans", acc.id)).toBe(0);
  });

  it("lets no one plan, show or save another team's account, and writes nothing then", async () => {
    const { rep1, rep3 } = kit.users;
    const acc = await accountOf(kit, rep3.id);
    for (const tool of [generate, show, save] as const)
      expect(await kit.run(tool as typeof show, { accountId: acc.id }, rep1)).toMatchObject({
        ok: false,
        error: { code: "not_found" },
      });
    expect(await count("account_plans", acc.id)).toBe(0);
  });
});
