import { readFileSync } from "node:fs";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, auditLog, contacts, opportunities } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { createTestDeps, seedUsers, type TestUser, testApp } from "./harness";

const MAVEN = new URL("./fixtures/crm-maven/", import.meta.url);

function accountsCsv(n: number, bad?: { row: number; cell: string }) {
  const lines = ["external_id,name,industry,region,employees,wallet_estimate,strategic_value,winnability"];
  for (let i = 1; i <= n; i++) {
    const strategic = bad && bad.row === i + 1 ? bad.cell : String((i % 5) + 1);
    lines.push(`A-${i},客户${i},hospital,浙江省杭州市,${100 + i},"${(i * 1000).toLocaleString("en")}",${strategic},3`);
  }
  return `${lines.join("\n")}\n`;
}

describe("CSV import", () => {
  let deps: Deps;
  let u: Record<string, TestUser>;
  let call: ReturnType<typeof testApp>["call"];
  const accountCount = async () => Number((await deps.db.select({ n: count() }).from(accounts))[0].n);

  beforeAll(async () => {
    deps = await createTestDeps();
    u = await seedUsers(deps);
    call = testApp(deps).call;
  });
  afterAll(() => deps.close());

  it("rejects a 1,000-row file with one bad row, names that row and column, and writes nothing", async () => {
    const res = await call(
      "POST",
      "/api/import/accounts",
      u.admin.key,
      accountsCsv(1000, { row: 501, cell: "9" }),
      "text/csv",
    );
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details).toEqual([
      { row: 501, column: "strategic_value", message: expect.stringContaining("1 to 5") },
    ]);
    expect(await accountCount()).toBe(0);
    expect(Number((await deps.db.select({ n: count() }).from(auditLog))[0].n)).toBe(0);
  });

  it("imports the corrected file, then updates rather than duplicates on a second import", async () => {
    const csv = accountsCsv(1000);
    const first = await call("POST", "/api/import/accounts", u.admin.key, csv, "text/csv");
    expect(await first.json()).toEqual({ imported: 1000, updated: 0, errors: [] });
    const again = await call("POST", "/api/import/accounts", u.admin.key, csv, "text/csv");
    expect(await again.json()).toEqual({ imported: 0, updated: 1000, errors: [] });
    expect(await accountCount()).toBe(1000);
    const [row] = await deps.db.select().from(accounts).where(eq(accounts.externalId, "A-7"));
    expect(row).toMatchObject({ name: "客户7", walletEstimate: 7000, strategicValue: 3, ownerId: null });
  });

  it("accepts Chinese headers, 2025年8月28日 dates and a manager whose reports_to row comes later", async () => {
    const csv = [
      "联系人编号,客户编号,姓名,职务,上级编号,角色,影响力,态度,我方关系强度,最近联系,已离职",
      "C-2,A-1,李主任,设备科科长,C-1,技术评估者,3,中立,2,2025年8月28日,否",
      "C-1,A-1,王院长,院长,,决策者,5,支持,4,2025/8/1,否",
    ].join("\n");
    const res = await call("POST", "/api/import/contacts", u.admin.key, csv, "text/csv");
    expect(await res.json()).toMatchObject({ imported: 2, updated: 0 });
    const rows = await deps.db.select().from(contacts).orderBy(contacts.externalId);
    expect(rows.map((r) => [r.externalId, r.role, r.attitude, r.lastContactAt])).toEqual([
      ["C-1", "decision_maker", "supporter", "2025-08-01"],
      ["C-2", "technical_evaluator", "neutral", "2025-08-28"],
    ]);
    expect(rows[1].reportsToId).toBe(rows[0].id);
  });

  it("rejects a reporting line to a contact that does not exist", async () => {
    const csv = "external_id,account_external_id,name,reports_to_external_id\nC-9,A-1,张工,C-404\n";
    const res = await call("POST", "/api/import/contacts", u.admin.key, csv, "text/csv");
    expect(res.status).toBe(422);
    expect((await res.json()).error.details).toEqual([
      { row: 2, column: "reports_to_external_id", message: expect.stringContaining("C-404") },
    ]);
    expect((await deps.db.select().from(contacts).where(eq(contacts.externalId, "C-9"))).length).toBe(0);
  });

  it("reads a GB18030-encoded file as Excel in China saves it", async () => {
    const csv = '产品编号,产品名称,类别,价格\nP-US,彩色多普勒超声诊断仪,超声,"1,280,000"\n';
    const gbk = encodeGb18030(csv);
    const res = await testApp(deps).app.request("/api/import/products", {
      method: "POST",
      headers: { authorization: `Bearer ${u.admin.key}`, "content-type": "text/csv" },
      body: gbk as unknown as BodyInit,
    });
    expect(await res.json()).toMatchObject({ imported: 1 });
  });

  it("answers 401 without a key and 415 for a JSON body", async () => {
    expect((await call("POST", "/api/import/accounts", null, "x", "text/csv")).status).toBe(401);
    expect((await call("POST", "/api/import/accounts", u.admin.key, { a: 1 })).status).toBe(415);
  });

  it("does not let a rep import contacts into another rep's account", async () => {
    await call(
      "POST",
      "/api/import/accounts",
      u.admin.key,
      `external_id,name,owner_email\nN-1,北方客户,${u.repNorth.email}\n`,
      "text/csv",
    );
    const res = await call(
      "POST",
      "/api/import/contacts",
      u.repEast.key,
      "external_id,account_external_id,name\nC-N,N-1,赵科长\n",
      "text/csv",
    );
    expect(res.status).toBe(422);
    expect((await res.json()).error.details[0]).toMatchObject({ row: 2, column: "account_external_id" });
  });

  it("imports the Maven CRM export through a header map, and refuses its open deals that name no account", async () => {
    const map =
      "account:external_id,account:name,sector:industry,revenue:annual_revenue,office_location:region,subsidiary_of:parent_external_id";
    const acc = await call(
      "POST",
      `/api/import/accounts?map=${encodeURIComponent(map)}`,
      u.admin.key,
      readFileSync(new URL("accounts.csv", MAVEN), "utf8"),
      "text/csv",
    );
    expect(await acc.json()).toMatchObject({ imported: 85, updated: 0 });
    const [child] = await deps.db.select().from(accounts).where(eq(accounts.externalId, "Bioholding"));
    expect(child.industry).toBe("medical");

    const pipelineMap =
      "opportunity_id:external_id,account:account_external_id,product:product_sku,deal_stage:stage,engage_date:created_at,close_date:closed_at,close_value:amount";
    const pipeline = readFileSync(new URL("sales_pipeline.csv", MAVEN), "utf8");
    const res = await call(
      "POST",
      `/api/import/opportunities?map=${encodeURIComponent(pipelineMap)}`,
      u.admin.key,
      pipeline,
      "text/csv",
    );
    expect(res.status).toBe(422);
    const details = (await res.json()).error.details as { column: string }[];
    expect(details.length).toBeGreaterThan(100);
    expect(new Set(details.map((d) => d.column))).toEqual(new Set(["account_external_id"]));
    expect(Number((await deps.db.select({ n: count() }).from(opportunities))[0].n)).toBe(0);

    const withAccount = pipeline
      .split("\n")
      .filter((line, i) => i === 0 || (line && line.split(",")[3] !== ""))
      .join("\n");
    const ok = await call(
      "POST",
      `/api/import/opportunities?map=${encodeURIComponent(pipelineMap)}`,
      u.admin.key,
      withAccount,
      "text/csv",
    );
    expect(await ok.json()).toMatchObject({ imported: 7375, updated: 0 });
    const [won] = await deps.db.select().from(opportunities).where(eq(opportunities.externalId, "1C1I7A6R"));
    expect(won).toMatchObject({ stage: "won", status: "won", amount: 1054, closedAt: "2017-03-01" });
  });
});

/** GB18030 bytes for the test: Node can decode GB18030 but not encode it, so build the bytes from a decode table. */
function encodeGb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder("gb18030");
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
