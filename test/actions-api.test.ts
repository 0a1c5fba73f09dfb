import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { createForecastTool } from "../tools/forecast";
import { createDemoDeps, DEMO_KEYS, TEST_NOW, testApp } from "./harness";
import { sqlRows } from "./sql-rows";

type Action = {
  id: string;
  accountId: string;
  due: string;
  status: string;
  owner: string;
  originalDue: string | null;
  completedAt: string | null;
};
const TODAY = TEST_NOW.slice(0, 10);

describe("plan actions over the API, on the demo data", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  let ecmg: string;
  let otherRepAccount: string;
  const rows = <T>(q: SQL) => sqlRows<T>(deps.db, q);
  const list = async (query: string, key = DEMO_KEYS.rep1): Promise<Action[]> => {
    const res = await call("GET", `/api/actions?${query}`, key);
    expect(res.status).toBe(200);
    return (await res.json()).items;
  };

  beforeAll(async () => {
    deps = await createDemoDeps();
    ({ call } = testApp(deps));
    [{ id: ecmg }] = await rows<{ id: string }>(sql`select id from accounts where name = '华东医疗集团有限公司'`);
    [{ id: otherRepAccount }] = await rows<{ id: string }>(
      sql`select a.id from accounts a join users u on u.id = a.owner_id where u.name = '刘洋' order by a.id limit 1`,
    );
    const res = await call("POST", `/api/accounts/${ecmg}/plan`, DEMO_KEYS.rep1, {});
    expect(res.status).toBe(200);
  });
  afterAll(() => deps.close());

  it("dates a new plan's first action within three working days and no action on a weekend", async () => {
    const dues = await rows<{ due: string; dow: number }>(
      sql`select due::text as due, extract(dow from due)::int as dow from plan_actions where account_id = ${ecmg} order by due`,
    );
    expect(dues.length).toBeGreaterThan(0);
    // TEST_NOW is Sunday 2026-11-22: Monday counts as day 0, so the third working day is Thursday 2026-11-26.
    expect(dues[0].due <= "2026-11-26").toBe(true);
    for (const d of dues) expect([0, 6]).not.toContain(d.dow);
  });

  it("lists the rep's open actions soonest first, filtered by account and due date", async () => {
    const all = await list("");
    const [{ n }] = await rows<{ n: number }>(sql`
      select count(*)::int as n from plan_actions p join accounts a on a.id = p.account_id join users u on u.id = a.owner_id
      where u.name = '李伟' and p.status = 'open'`);
    expect(all).toHaveLength(n);
    expect(all.map((a) => a.due)).toEqual([...all.map((a) => a.due)].sort());
    const soon = await list(`accountId=${ecmg}&dueBefore=2026-12-31`);
    const [{ m }] = await rows<{ m: number }>(
      sql`select count(*)::int as m from plan_actions where account_id = ${ecmg} and status = 'open' and due <= '2026-12-31'`,
    );
    expect(soon).toHaveLength(m);
    expect(await list("", DEMO_KEYS.rep2)).toEqual([]);
    expect((await call("GET", `/api/actions?accountId=${ecmg}`, DEMO_KEYS.rep2)).status).toBe(404);
    expect((await call("GET", "/api/actions?status=finished", DEMO_KEYS.rep1)).status).toBe(422);
    expect((await call("GET", "/api/actions?dueBefore=2026-02-30", DEMO_KEYS.rep1)).status).toBe(422);
  });

  it("completes, reschedules and reassigns an action, each audited", async () => {
    const [first, second] = await list(`accountId=${ecmg}`);
    const done = await call("PATCH", `/api/actions/${first.id}`, DEMO_KEYS.rep1, { status: "done" });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ status: "done", completedAt: TODAY });
    const moved = await (
      await call("PATCH", `/api/actions/${second.id}`, DEMO_KEYS.rep1, { due: "2026-12-15" })
    ).json();
    expect(moved).toMatchObject({ due: "2026-12-15", originalDue: second.due, status: "open" });
    const given = await call("PATCH", `/api/actions/${second.id}`, DEMO_KEYS.rep1, { owner: "张静" });
    expect(await given.json()).toMatchObject({ owner: "张静" });
    const audits = await rows<{ entity_id: string; details: { changed: string[] } }>(
      sql`select entity_id, details from audit_log where action = 'action.update' order by id`,
    );
    expect(audits.map((a) => [a.entity_id, a.details.changed])).toEqual([
      [first.id, ["status"]],
      [second.id, ["due"]],
      [second.id, ["owner"]],
    ]);
  });

  it("answers 404 to another rep and to another team's manager, and lets the team's manager act", async () => {
    const [a] = await list(`accountId=${ecmg}`);
    for (const key of [DEMO_KEYS.rep2, DEMO_KEYS.rep3]) {
      const res = await call("PATCH", `/api/actions/${a.id}`, key, { status: "dropped" });
      expect(res.status).toBe(404);
    }
    expect((await call("PATCH", "/api/actions/no-such-action", DEMO_KEYS.rep1, { status: "done" })).status).toBe(404);
    const [row] = await rows<{ status: string }>(sql`select status from plan_actions where id = ${a.id}`);
    expect(row.status).toBe("open");
    expect((await call("PATCH", `/api/actions/${a.id}`, DEMO_KEYS.manager, { due: "2026-12-16" })).status).toBe(200);
    expect(otherRepAccount).toBeTruthy();
  });

  it("refuses a bad change with 422 and changes nothing", async () => {
    const [a] = await list(`accountId=${ecmg}`);
    for (const body of [
      {},
      { status: "finished" },
      { due: "2026-02-30" },
      { due: "next week" },
      { colour: "red" },
      { owner: "刘洋" },
    ]) {
      const res = await call("PATCH", `/api/actions/${a.id}`, DEMO_KEYS.rep1, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await res.json()).error.message.length).toBeGreaterThan(5);
    }
    const [after] = await list(`accountId=${ecmg}`);
    expect(after).toEqual(a);
  });

  it("does not store a new version for an unchanged plan, and shows plan against actual in the next one", async () => {
    const versions = async () =>
      (await rows<{ n: number }>(sql`select count(*)::int as n from account_plans where account_id = ${ecmg}`))[0].n;
    const before = await versions();
    const again = await (await call("POST", `/api/accounts/${ecmg}/plan`, DEMO_KEYS.rep1, {})).json();
    expect(await versions()).toBe(before);
    expect(again.version).toBe(before);
    const live = await (await call("GET", `/api/accounts/${ecmg}/plan`, DEMO_KEYS.rep1)).json();
    const [counts] = await rows<{ done: number; dropped: number; open: number }>(sql`
      select count(*) filter (where status = 'done')::int as done, count(*) filter (where status = 'dropped')::int as dropped,
             count(*) filter (where status = 'open')::int as open
      from plan_actions where plan_id = ${`plan_${ecmg}_v${before}`}`);
    expect(live.progress.actions).toMatchObject(counts);
    const next = await (await call("POST", `/api/accounts/${ecmg}/plan`, DEMO_KEYS.rep1, { horizonMonths: 6 })).json();
    expect(next.version).toBe(before + 1);
    expect(next.previousProgress.actions).toMatchObject({ done: counts.done, dropped: counts.dropped });
  });

  it("shows the same gap to target in the plan's progress as in the forecast", async () => {
    await deps.db.execute(sql`update accounts set target = 30000000 where id = ${ecmg}`);
    const plan = await (await call("GET", `/api/accounts/${ecmg}/plan`, DEMO_KEYS.rep1)).json();
    const [user] = await rows<{ id: string; name: string; email: string; role: "rep"; team: string; locale: "zh" }>(
      sql`select id, name, email, role, team, locale from users where name = '李伟'`,
    );
    const f = await createForecastTool().run(
      { accountId: ecmg },
      { deps, user, now: deps.clock.now(), language: "zh" },
    );
    expect(f.ok && f.data.forecast.gapToTarget).toBe(plan.progress.revenue.gap);
    expect(plan.progress.revenue.goal).toBe(30_000_000);
  });
});
