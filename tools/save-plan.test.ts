import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openToolKit, type ToolKit } from "../test/tool-harness";
import { accountOf } from "../test/tool-sql";
import { createGeneratePlanTool } from "./generate-plan";
import { createSavePlanTool } from "./save-plan";
import { createShowPlanTool } from "./show-plan";

// save_plan and show_plan share one account's plan history, so they share this file; generate_plan has its own.
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

describe("save_plan and show_plan", () => {
  it("shows a draft while nothing is stored, stores numbered versions, then shows the latest", async () => {
    const { rep1 } = kit.users;
    const acc = await accountOf(kit, rep1.id);
    expect((await kit.data(show, { accountId: acc.id }, rep1)).stored).toBe(false);

    const first = await kit.data(save, { accountId: acc.id }, rep1);
    expect(first).toMatchObject({ accountName: acc.name, version: 1 });
    expect(await count("account_plans", acc.id)).toBe(1);
    expect(await count("plan_actions", acc.id, "status = 'open' and source = 'plan'")).toBe(first.actions);

    // saving the same plan again stores nothing new
    const same = await kit.data(save, { accountId: acc.id }, rep1);
    expect(same.version).toBe(1);
    expect(await count("account_plans", acc.id)).toBe(1);
    // the data moved (a higher target), so the next plan differs and becomes version 2
    await kit.sql("update accounts set target = coalesce(target, 0) + 1000000 where id = $1", [acc.id]);
    const second = await kit.data(save, { accountId: acc.id }, rep1);
    expect(second.version).toBe(2);
    // The new version's actions replace the open ones of the first.
    expect(await count("plan_actions", acc.id, "status = 'open' and source = 'plan'")).toBe(second.actions);
    expect(await count("plan_actions", acc.id, "status = 'dropped'")).toBe(first.actions);

    const shown = await kit.data(show, { accountId: acc.id }, rep1);
    expect(shown.stored).toBe(true);
    expect(shown.plan.version).toBe(2);
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
