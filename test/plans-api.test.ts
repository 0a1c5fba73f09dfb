import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { createDemoDeps, DEMO_KEYS, testApp } from "./harness";

type AccountItem = { id: string; name: string; ownerId: string; strategy: string };

describe("power maps and plans over HTTP, on the demo data", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  let accounts: AccountItem[];

  beforeAll(async () => {
    deps = await createDemoDeps();
    call = testApp(deps).call;
    accounts = (await (await call("GET", "/api/accounts?limit=100", DEMO_KEYS.admin)).json()).items;
  });
  afterAll(() => deps.close());

  it("gives every demo account a plan whose strategy matches its segment, with dated actions naming real contacts", async () => {
    for (const a of accounts) {
      const res = await call("POST", `/api/accounts/${a.id}/plan`, DEMO_KEYS.admin, {});
      expect(res.status, a.name).toBe(200);
      const plan = await res.json();
      const score = await (await call("GET", `/api/accounts/${a.id}/score`, DEMO_KEYS.admin)).json();
      expect(plan.strategy, a.name).toBe(score.segment.strategy);
      expect(plan.version).toBe(1);
      const map = await (await call("GET", `/api/accounts/${a.id}/power-map`, DEMO_KEYS.admin)).json();
      const contactIds = new Set(map.contacts.map((c: { id: string }) => c.id));
      for (const o of plan.objectives) {
        const actions = plan.actions.filter((x: { objectiveId: string }) => x.objectiveId === o.id);
        expect(actions.length, `${a.name}: ${o.code}`).toBeGreaterThanOrEqual(1);
        for (const x of actions) expect(x.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      for (const x of plan.actions)
        if (x.contactId) expect(contactIds.has(x.contactId), `${a.name}: ${x.contactId}`).toBe(true);
      if (map.contacts.length)
        expect(
          plan.actions.some((x: { contactId?: string }) => x.contactId),
          a.name,
        ).toBe(true);
    }
  });

  it("stores versions: the latest is served, and a new one says what changed", async () => {
    const a = accounts[0];
    const second = await (
      await call("POST", `/api/accounts/${a.id}/plan?lang=en`, DEMO_KEYS.admin, { horizonMonths: 6 })
    ).json();
    expect(second.version).toBe(2);
    expect(second.changes).not.toBeNull();
    const latest = await (await call("GET", `/api/accounts/${a.id}/plan`, DEMO_KEYS.admin)).json();
    expect(latest).toEqual(second);
  });

  it("answers the same power map for the same data, and 404 to a rep who does not own the account", async () => {
    const a = accounts.find((x) => x.ownerId !== "")!;
    const one = await (await call("GET", `/api/accounts/${a.id}/power-map`, DEMO_KEYS.admin)).text();
    const two = await (await call("GET", `/api/accounts/${a.id}/power-map`, DEMO_KEYS.admin)).text();
    expect(one).toBe(two);
    const reps = [DEMO_KEYS.rep1, DEMO_KEYS.rep2, DEMO_KEYS.rep3, DEMO_KEYS.rep4];
    const statuses = await Promise.all(
      reps.map(async (k) => (await call("GET", `/api/accounts/${a.id}/power-map`, k)).status),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(3);
  });

  it("flags the single-threaded demo account", async () => {
    const maps = await Promise.all(
      accounts.map(async (a) => (await call("GET", `/api/accounts/${a.id}/power-map`, DEMO_KEYS.admin)).json()),
    );
    const single = maps.filter((m) => m.analysis.singleThreaded);
    expect(single.length).toBeGreaterThanOrEqual(1);
    for (const m of single)
      expect(m.contacts.filter((c: { leftCompany: boolean }) => !c.leftCompany).length).toBeLessThanOrEqual(1);
  });
});
