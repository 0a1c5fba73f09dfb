import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { createTestDeps, seedUsers, type TestUser, testApp } from "./harness";

// A group spanning two teams: 集团 (north) is the parent of 东院 (east) and 北分院 (north).
describe("parent and children in the 360 view", () => {
  let deps: Deps;
  let u: Record<string, TestUser>;
  let call: ReturnType<typeof testApp>["call"];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    deps = await createTestDeps();
    u = await seedUsers(deps);
    call = testApp(deps).call;
    const csv = [
      "external_id,name,owner_email,parent_external_id,wallet_estimate,target,annual_revenue",
      `G,集团,${u.repNorth.email},,9000000,5000000,123456789`,
      `E-1,东院,${u.repEast.email},G,100,100,100`,
      `N-2,北分院,${u.repNorth.email},G,200,200,200`,
    ].join("\n");
    expect((await call("POST", "/api/import/accounts", u.admin.key, csv, "text/csv")).status).toBe(200);
    const all = (await (await call("GET", "/api/accounts", u.admin.key)).json()).items as {
      id: string;
      name: string;
    }[];
    for (const a of all) ids[a.name] = a.id;
  });
  afterAll(() => deps.close());

  it("shows a rep the parent owned by another team as its name and nothing else", async () => {
    const view = await (await call("GET", `/api/accounts/${ids.东院}`, u.repEast.key)).json();
    expect(view.parent).toEqual({ name: "集团", visible: false });
    const text = JSON.stringify(view);
    for (const leak of [ids.集团, "9000000", "5000000", "123456789", u.repNorth.id, ids.北分院])
      expect(text).not.toContain(leak);
  });

  it("shows the other team's rep the stranger among the children as a name only, and their own child in full", async () => {
    const view = await (await call("GET", `/api/accounts/${ids.集团}`, u.repNorth.key)).json();
    expect(view.children).toEqual([
      { name: "东院", visible: false },
      expect.objectContaining({ id: ids.北分院, name: "北分院", walletEstimate: 200, visible: true }),
    ]);
    expect(JSON.stringify(view)).not.toContain(ids.东院);
  });

  it("shows an admin every member of the group in full", async () => {
    const view = await (await call("GET", `/api/accounts/${ids.东院}`, u.admin.key)).json();
    expect(view.parent).toMatchObject({ id: ids.集团, walletEstimate: 9000000, visible: true });
  });
});
