import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReadOnlyToolKit, type ToolKit } from "../test/tool-harness";
import { accountOf, latestScoreBody } from "../test/tool-sql";
import { createExplainScoreTool } from "./explain-score";

const tool = createExplainScoreTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openReadOnlyToolKit();
});
afterAll(() => kit.close());

describe("explain_score", () => {
  it("explains the account's stored score: its total is the weighted sum of the dimensions' points", async () => {
    const { rep2 } = kit.users;
    const acc = await accountOf(kit, rep2.id);
    const got = await kit.data(tool, { accountId: acc.id }, rep2);
    const body = await latestScoreBody(kit, acc.id);
    expect(got.accountName).toBe(acc.name);
    expect(got.score.accountId).toBe(acc.id);
    expect(got.score.total).toBe(body.total);
    expect(got.score.tier).toBe(body.tier);
    const weights = got.score.breakdown.reduce((s, d) => s + d.weight, 0);
    expect(weights).toBeCloseTo(1, 6);
    const sum = got.score.breakdown.reduce((s, d) => s + d.weight * d.points, 0);
    expect(got.score.total).toBeCloseTo(sum, 1);
  });

  it("refuses another rep's account", async () => {
    const { rep2, rep4 } = kit.users;
    const acc = await accountOf(kit, rep4.id);
    expect(await kit.run(tool, { accountId: acc.id }, rep2)).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
