import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, auditLog, opportunities, planActions, users } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { createTestDeps, seedUsers, type TestUser, testApp } from "./harness";

// One installation, set up as a real team would: people by API and by CSV, then their accounts, then a hand-over.
describe("onboarding a sales team", () => {
  let deps: Deps;
  let admin: TestUser;
  let call: ReturnType<typeof testApp>["call"];
  const keys: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const json = async (method: string, path: string, key: string, body?: unknown, type?: string) => {
    const res = await call(method, path, key, body, type);
    return { status: res.status, body: await res.json() };
  };
  const visible = async (who: string) =>
    ((await json("GET", "/api/accounts?limit=500", keys[who])).body.items as { externalId: string }[])
      .map((a) => a.externalId)
      .sort();
  const userCount = async () => (await deps.db.select().from(users)).length;

  beforeAll(async () => {
    deps = await createTestDeps();
    admin = (await seedUsers(deps)).admin;
    call = testApp(deps).call;
  });
  afterAll(() => deps.close());

  it("creates a manager and two reps by API; the reps join the manager's team", async () => {
    const people = [
      { who: "chen", email: "chen.min@acme.cn", name: "陈敏", role: "manager", team: "华东" },
      { who: "li", email: "li.wei@acme.cn", name: "李伟", role: "rep", managerEmail: "chen.min@acme.cn" },
      { who: "zhang", email: "zhang.jing@acme.cn", name: "张静", role: "rep", managerEmail: "chen.min@acme.cn" },
    ];
    for (const { who, ...p } of people) {
      const res = await json("POST", "/api/users", admin.key, p);
      expect(res.status).toBe(201);
      expect(res.body.team).toBe("华东");
      keys[who] = res.body.key;
      ids[who] = res.body.id;
    }
  });

  it("refuses a users file with bad cells, naming each row and column, and writes nothing", async () => {
    const before = await userCount();
    const csv = [
      "邮箱,姓名,角色,团队,上级邮箱,语言",
      "liu.yang@acme.cn,刘洋,销售,华北,,zh-CN",
      "boss@acme.cn,老板,boss,华北,,en",
      "not-an-email,某人,rep,华北,,zh",
      "LIU.YANG@acme.cn,刘洋,rep,华北,,zh",
      "wu@acme.cn,吴,rep,华北,,klingon",
    ].join("\n");
    const res = await json("POST", "/api/import/users", admin.key, csv, "text/csv");
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { row: number; column: string }) => [d.row, d.column])).toEqual([
      [3, "role"],
      [4, "email"],
      [5, "email"],
      [6, "locale"],
    ]);
    expect(await userCount()).toBe(before);
  });

  it("refuses manager links that lead nowhere, and a manager without a team, with nothing written", async () => {
    const before = await userCount();
    const csv = [
      "email,name,role,team,manager_email",
      "a@acme.cn,甲,rep,华北,ghost@acme.cn",
      "b@acme.cn,乙,rep,华北,li.wei@acme.cn",
      "c@acme.cn,丙,manager,,",
      "d@acme.cn,丁,rep,华北,d@acme.cn",
    ].join("\n");
    const res = await json("POST", "/api/import/users", admin.key, csv, "text/csv");
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { row: number; column: string }) => [d.row, d.column])).toEqual([
      [2, "manager_email"],
      [3, "manager_email"],
      [4, "team"],
      [5, "manager_email"],
    ]);
    expect(await userCount()).toBe(before);
  });

  it("imports the north team from a CSV with zh headers and a manager named further down; no keys are made", async () => {
    expect((await json("POST", "/api/import/users", keys.li, "email,name\nx@acme.cn,X", "text/csv")).status).toBe(403);
    const csv = [
      "邮箱,姓名,角色,团队,上级邮箱,语言",
      "liu.yang@acme.cn,刘洋,销售,,zhao.lei@acme.cn,zh-CN",
      "zhao.lei@acme.cn,赵磊,manager,华北,,en",
    ].join("\n");
    const res = await json("POST", "/api/import/users", admin.key, csv, "text/csv");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 2, updated: 0, errors: [] });
    expect(res.body.howToIssueKeys.en).toContain("POST /api/users/{id}/keys");
    expect(res.body.howToIssueKeys.zh).toContain("POST /api/users/{id}/keys");
    const [liu] = await deps.db.select().from(users).where(eq(users.email, "liu.yang@acme.cn"));
    const [zhao] = await deps.db.select().from(users).where(eq(users.email, "zhao.lei@acme.cn"));
    expect(liu).toMatchObject({ role: "rep", team: "华北", managerId: zhao.id, locale: "zh" });
    expect(zhao).toMatchObject({ role: "manager", team: "华北", locale: "en" });
    expect(res.body.withoutKey.map((w: { email: string }) => w.email).sort()).toEqual([
      "liu.yang@acme.cn",
      "zhao.lei@acme.cn",
    ]);
    for (const [who, user] of [
      ["liu", liu],
      ["zhao", zhao],
    ] as const) {
      expect((await json("GET", `/api/users/${user.id}`, admin.key)).body.keys).toEqual([]);
      const issued = await json("POST", `/api/users/${user.id}/keys`, admin.key, { label: "onboarding" });
      keys[who] = issued.body.key;
      ids[who] = user.id;
    }
  });

  it("updates rather than duplicates on a second users import, and audits the change with old and new", async () => {
    const csv = "email,team\nliu.yang@acme.cn,华北二区\n";
    const res = await json("POST", "/api/import/users", admin.key, csv, "text/csv");
    expect(res.body).toMatchObject({ imported: 0, updated: 1 });
    const rows = await deps.db.select().from(auditLog).where(eq(auditLog.entityId, ids.liu));
    expect(rows.map((r) => r.action)).toEqual(["create", "update"]);
    expect(rows[1].details).toMatchObject({ old: { team: "华北" }, new: { team: "华北二区" } });
    await json("POST", "/api/import/users", admin.key, "email,team\nliu.yang@acme.cn,华北\n", "text/csv");
  });

  it("imports accounts owned by the new people; each rep sees exactly theirs and each manager their team's", async () => {
    const csv = [
      "external_id,name,owner_email",
      "A1,华东一院,li.wei@acme.cn",
      "A2,华东二院,li.wei@acme.cn",
      "A3,宁波三院,zhang.jing@acme.cn",
      "A4,北京四院,liu.yang@acme.cn",
      "A5,天津五院,liu.yang@acme.cn",
      "A6,河北六院,zhao.lei@acme.cn",
    ].join("\n");
    const res = await json("POST", "/api/import/accounts", admin.key, csv, "text/csv");
    expect(res.body).toMatchObject({ imported: 6, updated: 0 });
    expect(await visible("li")).toEqual(["A1", "A2"]);
    expect(await visible("zhang")).toEqual(["A3"]);
    expect(await visible("liu")).toEqual(["A4", "A5"]);
    expect(await visible("chen")).toEqual(["A1", "A2", "A3"]);
    expect(await visible("zhao")).toEqual(["A4", "A5", "A6"]);
  });

  it("does not let a rep create users or raise their own role", async () => {
    expect((await json("POST", "/api/users", keys.li, { email: "n@acme.cn", name: "N", role: "rep" })).status).toBe(
      403,
    );
    expect((await json("PATCH", `/api/users/${ids.li}`, keys.li, { role: "manager" })).status).toBe(403);
    expect((await json("GET", "/api/me", keys.li)).body.role).toBe("rep");
  });

  it("hands 李伟's book to 张静 with its open actions and open deals, in one audited step", async () => {
    const [a1] = await deps.db.select().from(accounts).where(eq(accounts.externalId, "A1"));
    const opps = "external_id,account_external_id,name,stage,status\nO1,A1,二期,方案,open\nO2,A1,一期,签约,won\n";
    expect((await json("POST", "/api/import/opportunities", admin.key, opps, "text/csv")).status).toBe(200);
    await deps.db.insert(planActions).values([
      { id: "act-open", accountId: a1.id, title: "拜访院长", owner: "李伟", due: "2026-12-01" },
      { id: "act-done", accountId: a1.id, title: "QBR", owner: "李伟", due: "2026-10-01", status: "done" },
      { id: "act-tech", accountId: a1.id, title: "技术交流", owner: "技术支持", due: "2026-12-05" },
    ]);
    const body = { fromEmail: "li.wei@acme.cn", toEmail: "zhang.jing@acme.cn" };
    expect((await json("POST", "/api/accounts/reassign", keys.li, body)).status).toBe(403);
    const across = await json("POST", "/api/accounts/reassign", keys.chen, { ...body, toEmail: "liu.yang@acme.cn" });
    expect(across.status).toBe(422);
    expect(across.body.error.details).toEqual([{ field: "toEmail", message: expect.any(String) }]);
    const wrongIds = await json("POST", "/api/accounts/reassign", keys.chen, { ...body, accountIds: [a1.id, "acc-x"] });
    expect(wrongIds.status).toBe(422);
    expect(await visible("li")).toEqual(["A1", "A2"]);

    const res = await json("POST", "/api/accounts/reassign", keys.chen, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ moved: 2, actions: 1, opportunities: 1 });
    expect(await visible("li")).toEqual([]);
    expect(await visible("zhang")).toEqual(["A1", "A2", "A3"]);
    expect(await visible("chen")).toEqual(["A1", "A2", "A3"]);
    const actions = await deps.db.select().from(planActions).where(eq(planActions.accountId, a1.id));
    expect(Object.fromEntries(actions.map((a) => [a.id, a.owner]))).toEqual({
      "act-open": "张静",
      "act-done": "李伟",
      "act-tech": "技术支持",
    });
    const deals = await deps.db.select().from(opportunities).where(eq(opportunities.accountId, a1.id));
    expect(Object.fromEntries(deals.map((d) => [d.externalId, d.ownerId]))).toEqual({ O1: ids.zhang, O2: null });
    const audited = (await deps.db.select().from(auditLog)).filter((r) => r.action === "reassign");
    expect(audited).toHaveLength(2);
    expect(audited.find((r) => r.entityId === a1.id)).toMatchObject({
      userId: ids.chen,
      details: { old: { ownerId: ids.li }, new: { ownerId: ids.zhang }, actions: ["act-open"] },
    });
  });

  it("moves only the named accounts when accountIds is given", async () => {
    const [a3] = await deps.db.select().from(accounts).where(eq(accounts.externalId, "A3"));
    const body = { fromEmail: "zhang.jing@acme.cn", toEmail: "li.wei@acme.cn", accountIds: [a3.id] };
    expect((await json("POST", "/api/accounts/reassign", admin.key, body)).body.moved).toBe(1);
    expect(await visible("li")).toEqual(["A3"]);
    expect(await visible("zhang")).toEqual(["A1", "A2"]);
  });
});
