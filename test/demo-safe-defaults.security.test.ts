import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertApiKey } from "../src/db/queries/users";
import { accessTokens, settings, users } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { createTestDeps, testApp } from "./harness";

// The demo rep exactly as the seed stores it: public key "demo-rep-1-key", recorded as the demo page's user.
async function seedDemoRep(deps: Deps) {
  await deps.db.insert(users).values({
    id: "demo-rep",
    name: "李伟",
    email: "li.wei@demo.example.com",
    role: "rep",
    team: "华东",
  });
  await insertApiKey(deps.db, { id: "key_demo-rep", userId: "demo-rep", key: "demo-rep-1-key", label: "demo" });
  await deps.db.insert(settings).values({ key: "demo", value: { userId: "demo-rep" } });
}
const tokenRows = async (deps: Deps) => Number((await deps.db.select({ n: count() }).from(accessTokens))[0].n);

describe("a real installation (FURROW_API_KEY set) with demo data seeded", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  beforeAll(async () => {
    deps = await createTestDeps({ env: { FURROW_API_KEY: "a-real-admin-key-0123456789" } });
    await seedDemoRep(deps);
    call = testApp(deps).call;
  });
  afterAll(() => deps.close());

  it("refuses the public demo keys with 401", async () => {
    const res = await call("GET", "/api/accounts", "demo-rep-1-key");
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toContain("FURROW_API_KEY");
  });

  it("serves the demo page without minting a token", async () => {
    const res = await call("GET", "/", null);
    expect(res.status).toBe(200);
    expect(await res.text()).not.toMatch(/fwt_/);
    expect(await tokenRows(deps)).toBe(0);
  });
});

describe("the plain demo (no FURROW_API_KEY)", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  beforeAll(async () => {
    deps = await createTestDeps();
    await seedDemoRep(deps);
    call = testApp(deps).call;
  });
  afterAll(() => deps.close());

  it("accepts the demo keys as before", async () => {
    expect((await call("GET", "/api/accounts", "demo-rep-1-key")).status).toBe(200);
  });

  it("mints at most 30 demo tokens a minute: later visits get 429 with Retry-After and store nothing", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 40; i++) {
      const res = await call("GET", "/", null);
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get("retry-after");
      await res.text();
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(await tokenRows(deps)).toBe(30);
  });
});
