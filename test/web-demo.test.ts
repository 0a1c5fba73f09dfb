import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { createDemoDeps, testApp } from "./harness";

describe("the demo page on the seeded demo data", () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await createDemoDeps();
  });
  afterAll(() => deps.close());

  it("embeds the widget with a short-lived token that works for the demo rep's accounts only", async () => {
    const { app } = testApp(deps);
    const html = await (await app.request("/")).text();
    const token = /data-token="(fwt_[^"]+)"/.exec(html)?.[1];
    expect(token).toBeTruthy();
    const mine = await (
      await app.request("/api/accounts?limit=100", { headers: { authorization: `Bearer ${token}` } })
    ).json();
    const all = await (
      await app.request("/api/accounts?limit=100", { headers: { authorization: "Bearer demo-admin-key" } })
    ).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(all.total);
  });

  it("refuses an expired token", async () => {
    const { app } = testApp(deps);
    const token = /data-token="(fwt_[^"]+)"/.exec(await (await app.request("/")).text())?.[1];
    const later = { ...deps, clock: { now: () => new Date(deps.clock.now().getTime() + 9 * 3600_000) } };
    const res = await testApp(later).app.request("/api/accounts", { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
  });
});
