import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, contacts, orders } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { createTestDeps, seedUsers, type TestUser, testApp } from "./harness";

// Column forms of the CSV import (issue 10): margin as a fraction or a percentage, 毛利 as an amount, parent and child in
// one file, reporting lines across a group tree, ignored columns, unknown references, currencies.
describe("CSV import column forms", () => {
  let deps: Deps;
  let u: Record<string, TestUser>;
  let call: ReturnType<typeof testApp>["call"];
  const post = async (entity: string, csv: string, query = "") =>
    call("POST", `/api/import/${entity}${query}`, u.admin.key, csv, "text/csv");
  const parentOf = async (externalId: string) => {
    const [row] = await deps.db.select().from(accounts).where(eq(accounts.externalId, externalId));
    const [parent] = row.parentId ? await deps.db.select().from(accounts).where(eq(accounts.id, row.parentId)) : [];
    return parent?.externalId ?? null;
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    u = await seedUsers(deps);
    call = testApp(deps).call;
  });
  afterAll(() => deps.close());

  it("links a parent and its child from one file on the first import and on every re-import", async () => {
    const csv =
      "external_id,name,parent_external_id\nG-1,华东医疗集团,\nG-1-A,华东医疗集团第一医院,G-1\nG-1-B,华东医疗集团第二医院,G-1\n";
    expect((await post("accounts", csv)).status).toBe(200);
    expect([await parentOf("G-1-A"), await parentOf("G-1-B"), await parentOf("G-1")]).toEqual(["G-1", "G-1", null]);
    // Child first, then parent; twice.
    const reversed = "external_id,name,parent_external_id\nG-1-A,华东医疗集团第一医院,G-1\nG-1,华东医疗集团,\n";
    for (const file of [csv, reversed, csv]) {
      const res = await post("accounts", file);
      expect(res.status).toBe(200);
      expect([await parentOf("G-1-A"), await parentOf("G-1-B")]).toEqual(["G-1", "G-1"]);
    }
  });

  it('accepts a margin as 0.32 or "32%" and 毛利 as an amount, and refuses a bare 32', async () => {
    const csv =
      "external_id,account_external_id,ordered_at,amount,margin,毛利\n" +
      "O-1,G-1-A,2026-01-10,100000,0.32,\n" +
      'O-2,G-1-A,2026-01-11,100000,"32%",\n' +
      "O-3,G-1-A,2026-01-12,200000,,50000\n";
    const res = await post("orders", csv);
    expect(res.status).toBe(200);
    const rows = await deps.db.select({ id: orders.externalId, margin: orders.margin }).from(orders);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.margin]))).toEqual({ "O-1": 0.32, "O-2": 0.32, "O-3": 0.25 });
    const bad = await post(
      "orders",
      "external_id,account_external_id,ordered_at,amount,margin\nO-4,G-1-A,2026-01-12,1000,32\n",
    );
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.details).toEqual([
      { row: 2, column: "margin", message: expect.stringContaining("percentage") },
    ]);
  });

  it("lists ignored columns and warns on unknown SKUs and competitors without failing", async () => {
    const csv =
      "external_id,account_external_id,name,stage,product_sku,competitor,销售大区,备注\n" +
      "P-1,G-1-A,CT 扩容,proposal,NO-SUCH-SKU,无名医疗,华东,x\n" +
      "P-2,G-1-A,MR 升级,proposal,NO-SUCH-SKU,,华东,y\n";
    const res = await post("opportunities", csv);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.imported).toBe(2);
    expect(body.ignoredColumns).toEqual(["销售大区", "备注"]);
    expect(
      body.warnings.map((w: { column: string; value: string; rows: number[] }) => [w.column, w.value, w.rows]),
    ).toEqual([
      ["product_sku", "NO-SUCH-SKU", [2, 3]],
      ["competitor", "无名医疗", [2]],
    ]);
  });

  it("converts amounts at the rates an admin set, and says so in the answer", async () => {
    const noRate = await post(
      "orders",
      "external_id,account_external_id,ordered_at,amount,currency\nO-9,G-1-A,2026-02-01,1000,USD\n",
    );
    expect(noRate.status).toBe(422);
    expect((await noRate.json()).error.details[0]).toMatchObject({ row: 2, column: "currency" });
    const repPut = await call("PUT", "/api/import/currency-rates", u.repEast.key, { rates: { USD: 7 } });
    expect(repPut.status).toBe(403);
    const put = await call("PUT", "/api/import/currency-rates", u.admin.key, { rates: { USD: 7.1, EUR: 7.8 } });
    expect(put.status).toBe(200);
    const csv =
      "external_id,account_external_id,ordered_at,amount,margin_amount,币种\n" +
      "O-10,G-1-A,2026-02-01,1000,250,美元\n" +
      "O-11,G-1-A,2026-02-02,2000,,EUR\n" +
      "O-12,G-1-A,2026-02-03,3000,,\n";
    const res = await post("orders", csv);
    expect(res.status).toBe(200);
    expect((await res.json()).currency).toEqual({
      base: "CNY",
      converted: { USD: { rate: 7.1, rows: 1 }, EUR: { rate: 7.8, rows: 1 } },
    });
    const rows = await deps.db
      .select({ id: orders.externalId, amount: orders.amount, margin: orders.margin })
      .from(orders);
    const byId = Object.fromEntries(rows.map((r) => [r.id, [r.amount, r.margin]]));
    expect([byId["O-10"], byId["O-11"][0], byId["O-12"][0]]).toEqual([[7100, 0.25], 15600, 3000]);
    // The import option names the currency of rows without one.
    const opt = await post(
      "orders",
      "external_id,account_external_id,ordered_at,amount\nO-13,G-1-A,2026-02-04,100\n",
      "?currency=usd",
    );
    expect((await opt.json()).currency.converted).toEqual({ USD: { rate: 7.1, rows: 1 } });
  });

  it("accepts a branch manager reporting to the group's vice-president, and refuses one outside the group", async () => {
    await post("accounts", "external_id,name\nX-1,无关医院\n");
    const csv =
      "external_id,account_external_id,name,role,reports_to_external_id\n" +
      "C-VP,G-1,王副总裁,approver,\n" +
      "C-GM,G-1-A,李院长,decision_maker,C-VP\n";
    expect((await post("contacts", csv)).status).toBe(200);
    const [gm] = await deps.db.select().from(contacts).where(eq(contacts.externalId, "C-GM"));
    const [vp] = await deps.db.select().from(contacts).where(eq(contacts.externalId, "C-VP"));
    expect(gm.reportsToId).toBe(vp.id);
    const outside = await post(
      "contacts",
      "external_id,account_external_id,name,reports_to_external_id\nC-X,X-1,外人,C-VP\n",
    );
    expect(outside.status).toBe(422);
    expect((await outside.json()).error.details[0]).toMatchObject({ column: "reports_to_external_id" });
  });
});
