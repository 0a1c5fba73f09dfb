import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { createTestDeps, seedUsers, type TestUser, testApp } from "./harness";

// The README's import claim for orders and interactions: every value lands in its column, links resolve by
// external id, a second import updates, and the account is scored with what arrived.
describe("importing orders and interactions", () => {
  let deps: Deps;
  let u: Record<string, TestUser>;
  let call: ReturnType<typeof testApp>["call"];
  const sql = async <R>(q: string, params: unknown[] = []) => (await deps.dbHandle.pglite!.query<R>(q, params)).rows;
  const post = async (entity: string, csv: string, key = u.admin.key) => {
    const res = await call("POST", `/api/import/${entity}`, key, csv, "text/csv");
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    u = await seedUsers(deps);
    call = testApp(deps).call;
    expect(
      (
        await post(
          "accounts",
          `external_id,name,region,owner_email,wallet_estimate\nK-1,杭州湖滨医院,浙江省杭州市,${u.repEast.email},5000000\n`,
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await post(
          "contacts",
          "external_id,account_external_id,name,title,role,influence,attitude\nP-1,K-1,王院长,院长,decision_maker,5,supporter\n",
        )
      ).status,
    ).toBe(200);
  });
  afterAll(() => deps.close());

  it("puts every order value in its column, whatever the date and number forms", async () => {
    const csv = [
      "external_id,account_external_id,product_sku,ordered_at,amount,margin,due_at,paid_at",
      'O-1,K-1,US-200,2026-03-05,"1,234,567.50",0.32,2026/4/4,2026年4月20日',
      "O-2,K-1,CT-64,2025/8/28,800000,0.25,,",
    ].join("\n");
    const { status, body } = await post("orders", `${csv}\n`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ imported: 2, updated: 0, errors: [] });
    const rows = await sql<Record<string, unknown>>(
      `select o.external_id, a.external_id as account, o.product_sku, o.ordered_at::text as ordered_at, o.amount,
              o.margin, o.due_at::text as due_at, o.paid_at::text as paid_at
       from orders o join accounts a on a.id = o.account_id order by o.external_id`,
    );
    expect(rows).toEqual([
      {
        external_id: "O-1",
        account: "K-1",
        product_sku: "US-200",
        ordered_at: "2026-03-05",
        amount: 1234567.5,
        margin: 0.32,
        due_at: "2026-04-04",
        paid_at: "2026-04-20",
      },
      {
        external_id: "O-2",
        account: "K-1",
        product_sku: "CT-64",
        ordered_at: "2025-08-28",
        amount: 800000,
        margin: 0.25,
        due_at: null,
        paid_at: null,
      },
    ]);
  });

  it("updates an order on a second import instead of adding one, and scores the account with it", async () => {
    const { body } = await post(
      "orders",
      "external_id,account_external_id,ordered_at,amount\nO-2,K-1,2025-08-28,900000\n",
    );
    expect(body).toMatchObject({ imported: 0, updated: 1 });
    expect(await sql(`select amount from orders where external_id = 'O-2'`)).toEqual([{ amount: 900000 }]);
    expect(await sql(`select count(*)::int as n from orders`)).toEqual([{ n: 2 }]);
    // Trailing-year revenue at TEST_NOW (2026-11-22): O-1 only (O-2 is older than 365 days).
    const [score] = await sql<{ tier: string | null; total: number | null }>(
      `select tier, score_total as total from accounts where external_id = 'K-1'`,
    );
    expect(score.tier).not.toBeNull();
    const res = await call("GET", `/api/accounts?q=${encodeURIComponent("杭州湖滨")}`, u.repEast.key);
    expect((await res.json()).items[0].name).toBe("杭州湖滨医院");
  });

  it("puts every interaction value in its column, linked to its account and contact", async () => {
    const csv = [
      "external_id,account_external_id,contact_external_id,kind,occurred_at,summary",
      'I-1,K-1,P-1,visit,2026-11-18,"拜访王院长, 谈超声升级"',
      "I-2,K-1,,call,2026年11月20日,电话回访",
    ].join("\n");
    const { status, body } = await post("interactions", `${csv}\n`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ imported: 2, errors: [] });
    const rows = await sql<Record<string, unknown>>(
      `select i.external_id, a.external_id as account, c.external_id as contact, i.kind,
              i.occurred_at::date::text as day, i.summary
       from interactions i join accounts a on a.id = i.account_id left join contacts c on c.id = i.contact_id
       order by i.external_id`,
    );
    expect(rows).toEqual([
      {
        external_id: "I-1",
        account: "K-1",
        contact: "P-1",
        kind: "visit",
        day: "2026-11-18",
        summary: "拜访王院长, 谈超声升级",
      },
      { external_id: "I-2", account: "K-1", contact: null, kind: "call", day: "2026-11-20", summary: "电话回访" },
    ]);
  });

  it("refuses an order for an account that does not exist, naming the row, and writes nothing", async () => {
    const { status, body } = await post(
      "orders",
      "external_id,account_external_id,ordered_at,amount\nO-9,K-404,2026-01-01,100\n",
    );
    expect(status).toBe(422);
    expect(body.error.details[0]).toMatchObject({ row: 2, column: "account_external_id" });
    expect(await sql(`select count(*)::int as n from orders where external_id = 'O-9'`)).toEqual([{ n: 0 }]);
  });
});
