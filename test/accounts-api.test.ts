import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { createTestDeps, seedUsers, type TestUser, testApp } from "./harness";

describe("accounts API and visibility", () => {
  let deps: Deps;
  let u: Record<string, TestUser>;
  let call: ReturnType<typeof testApp>["call"];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    deps = await createTestDeps();
    u = await seedUsers(deps);
    call = testApp(deps).call;
    const csv = [
      "external_id,name,aliases,parent_external_id,owner_email",
      `E-1,华东医疗集团,East China Medical Group;华东医疗,,${u.repEast.email}`,
      `E-2,华东医疗集团第二分公司,,E-1,${u.repEast.email}`,
      `E-3,杭州市第一人民医院,Hangzhou First,,${u.repEast2.email}`,
      `N-1,北京协和医院,PUMCH,,${u.repNorth.email}`,
    ].join("\n");
    const res = await call("POST", "/api/import/accounts", u.admin.key, csv, "text/csv");
    expect(res.status).toBe(200);
    const all = await (await call("GET", "/api/accounts?limit=10", u.admin.key)).json();
    for (const a of all.items) ids[a.externalId] = a.id;
  });
  afterAll(() => deps.close());

  it("answers 401 without a key and with a wrong one", async () => {
    expect((await call("GET", "/api/accounts", null)).status).toBe(401);
    const res = await call("GET", "/api/accounts", "not-a-key");
    expect(res.status).toBe(401);
    expect((await res.json()).error).toMatchObject({ code: "unauthorized", requestId: expect.any(String) });
  });

  it("shows a rep only the accounts they own", async () => {
    const res = await (await call("GET", "/api/accounts", u.repEast.key)).json();
    expect(res.items.map((a: { externalId: string }) => a.externalId).sort()).toEqual(["E-1", "E-2"]);
    expect(res.total).toBe(2);
  });

  it("answers 404 when a rep opens another rep's account, as if it did not exist", async () => {
    const res = await call("GET", `/api/accounts/${ids["N-1"]}`, u.repEast.key);
    expect(res.status).toBe(404);
    const missing = await call("GET", "/api/accounts/acc_does_not_exist", u.repEast.key);
    expect(await missing.json()).toMatchObject({
      error: { code: "not_found", message: (await res.json()).error.message },
    });
  });

  it("shows a manager the whole team and an admin everything", async () => {
    const team = await (await call("GET", "/api/accounts", u.manager.key)).json();
    expect(team.items.map((a: { externalId: string }) => a.externalId).sort()).toEqual(["E-1", "E-2", "E-3"]);
    const all = await (await call("GET", "/api/accounts", u.admin.key)).json();
    expect(all.total).toBe(4);
  });

  it("matches names and aliases in either language, case-insensitively", async () => {
    const byAlias = await (await call("GET", "/api/accounts?q=pumch", u.admin.key)).json();
    expect(byAlias.items.map((a: { name: string }) => a.name)).toEqual(["北京协和医院"]);
    const byZh = await (await call("GET", `/api/accounts?q=${encodeURIComponent("华东")}`, u.admin.key)).json();
    expect(byZh.total).toBe(2);
    const literal = await (await call("GET", "/api/accounts?q=%25", u.admin.key)).json();
    expect(literal.total).toBe(0);
  });

  it("opens the 360° view with parent and children", async () => {
    const view = await (await call("GET", `/api/accounts/${ids["E-2"]}`, u.repEast.key)).json();
    expect(view.account.name).toBe("华东医疗集团第二分公司");
    expect(view.parent.externalId).toBe("E-1");
    const group = await (await call("GET", `/api/accounts/${ids["E-1"]}`, u.repEast.key)).json();
    expect(group.children.map((c: { externalId: string }) => c.externalId)).toEqual(["E-2"]);
  });

  it("rejects a bad tier filter with a 422 that names the field", async () => {
    const res = await call("GET", "/api/accounts?tier=X", u.admin.key);
    expect(res.status).toBe(422);
    expect((await res.json()).error.details[0].field).toBe("tier");
  });
});
