import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { createTestDeps, seedUsers, type TestUser, testApp } from "./harness";

const notice = (buyer: string, no: string) =>
  `${buyer}监护仪采购项目招标公告\n项目编号：${no}\n项目名称：${buyer}监护仪采购项目\n采购人：${buyer}\n预算金额：80万元\n`;

describe("shared writes: the product catalog and tender notices", () => {
  let deps: Deps;
  let u: Record<string, TestUser>;
  let call: ReturnType<typeof testApp>["call"];
  const tenderIdsSeenBy = async (key: string) =>
    ((await (await call("GET", "/api/tenders/matches", key)).json()).items as { tenderId: string }[]).map(
      (m) => m.tenderId,
    );

  beforeAll(async () => {
    deps = await createTestDeps();
    u = await seedUsers(deps);
    call = testApp(deps).call;
    const csv = `external_id,name,owner_email\nE-1,华东医疗集团有限公司,${u.repEast.email}\nN-1,北方第一医院,${u.repNorth.email}\n`;
    expect((await call("POST", "/api/import/accounts", u.admin.key, csv, "text/csv")).status).toBe(200);
  });
  afterAll(() => deps.close());

  for (const role of ["repEast", "manager"] as const)
    it(`refuses a ${role}'s product import with 403 and leaves the catalog as it was`, async () => {
      const res = await call("POST", "/api/import/products", u[role].key, "sku,name\nP-1,改名\n", "text/csv");
      expect(res.status).toBe(403);
      const { rows } = await deps.dbHandle.pglite!.query("select * from products where sku = 'P-1'");
      expect(rows).toEqual([]);
    });

  it("lets an admin import products", async () => {
    const res = await call("POST", "/api/import/products", u.admin.key, "sku,name\nP-1,监护仪\n", "text/csv");
    expect(await res.json()).toEqual({ imported: 1, updated: 0, errors: [] });
  });

  it("matches a rep's notice only to accounts that rep may see: it never lands in another team's feed", async () => {
    const posted = await (
      await call("POST", "/api/tenders", u.repNorth.key, { text: notice("华东医疗集团有限公司", "SEC-1") })
    ).json();
    expect(posted.matches).toEqual([]);
    expect(await tenderIdsSeenBy(u.repEast.key)).not.toContain(posted.id);
    const { rows } = await deps.dbHandle.pglite!.query("select 1 from tender_matches where tender_id = $1", [
      posted.id,
    ]);
    expect(rows).toEqual([]);
  });

  it("matches the same kind of notice from the owner, and from an admin, to the owner's account", async () => {
    const own = await (
      await call("POST", "/api/tenders", u.repEast.key, { text: notice("华东医疗集团有限公司", "SEC-2") })
    ).json();
    const admin = await (
      await call("POST", "/api/tenders", u.admin.key, { text: notice("华东医疗集团有限公司", "SEC-3") })
    ).json();
    const seen = await tenderIdsSeenBy(u.repEast.key);
    expect(seen).toContain(own.id);
    expect(seen).toContain(admin.id);
  });
});
