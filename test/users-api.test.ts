import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/db/queries/users";
import { accounts, apiKeys, auditLog, users } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { findUserByIdentity, linkIdentity } from "../src/services/users/identities";
import { createTestDeps, seedUsers, TEST_NOW, type TestUser, testApp } from "./harness";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

describe("users, keys and identities over HTTP", () => {
  let deps: Deps;
  let u: Record<"admin" | "manager" | "repEast" | "repEast2" | "repNorth", TestUser>;
  let call: ReturnType<typeof testApp>["call"];
  const answers: string[] = [];
  const send = async (method: string, path: string, key: string | null, body?: unknown) => {
    const res = await call(method, path, key, body);
    const text = await res.text();
    answers.push(text);
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    u = await seedUsers(deps);
    call = testApp(deps).call;
  });
  afterAll(() => deps.close());

  let created: { id: string; key: string };

  it("lets an admin create a rep whose key works at once and is stored only as its sha256", async () => {
    const res = await send("POST", "/api/users", u.admin.key, {
      email: "Wang.Fang@Example.cn",
      name: "王芳",
      role: "rep",
      managerEmail: "mgr@test.local",
      locale: "zh-CN",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: "wang.fang@example.cn", name: "王芳", role: "rep", team: "east" });
    created = { id: res.body.id, key: res.body.key };
    const me = await send("GET", "/api/me", created.key);
    expect(me.body).toEqual({
      id: created.id,
      email: "wang.fang@example.cn",
      name: "王芳",
      role: "rep",
      team: "east",
      locale: "zh",
    });
    const stored = await deps.db.select().from(apiKeys).where(eq(apiKeys.userId, created.id));
    expect(stored.map((k) => k.keyHash)).toEqual([sha256(created.key)]);
  });

  it("refuses a second user with the same e-mail, whatever its case, with 409", async () => {
    const res = await send("POST", "/api/users", u.admin.key, {
      email: "WANG.FANG@example.cn",
      name: "x",
      role: "rep",
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
  });

  it("names every bad field with 422 and creates no one", async () => {
    const before = (await deps.db.select().from(users)).length;
    const res = await send("POST", "/api/users", u.admin.key, { email: "nope", name: "", role: "boss", locale: "fr" });
    expect(res.status).toBe(422);
    const fields = (res.body.error.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(["email", "locale", "name", "role"]);
    const asManager = await send("POST", "/api/users", u.admin.key, {
      email: "boss@test.local",
      name: "Boss",
      role: "rep",
      managerEmail: "rep.n@test.local",
    });
    expect(asManager.status).toBe(422);
    expect(asManager.body.error.details).toEqual([
      { field: "managerEmail", message: expect.stringContaining("is a rep") },
    ]);
    expect((await deps.db.select().from(users)).length).toBe(before);
  });

  it("lets a rep change their name but not create users, list them or raise their own role", async () => {
    expect((await send("POST", "/api/users", u.repEast.key, { email: "a@b.cn", name: "A", role: "rep" })).status).toBe(
      403,
    );
    expect((await send("GET", "/api/users", u.repEast.key)).status).toBe(403);
    expect((await send("PATCH", `/api/users/${u.repEast.id}`, u.repEast.key, { role: "admin" })).status).toBe(403);
    expect((await send("PATCH", `/api/users/${u.repEast.id}`, u.repEast.key, { team: "north" })).status).toBe(403);
    expect((await send("PATCH", `/api/users/${u.repEast2.id}`, u.repEast.key, { name: "x" })).status).toBe(404);
    const renamed = await send("PATCH", `/api/users/${u.repEast.id}`, u.repEast.key, { name: "李伟", locale: "en" });
    expect(renamed.status).toBe(200);
    const [row] = await deps.db.select().from(users).where(eq(users.id, u.repEast.id));
    expect(row).toMatchObject({ name: "李伟", locale: "en", role: "rep", team: "east" });
  });

  it("lets a manager see their team (and no one else) but not create admins or change roles", async () => {
    const admin = await send("POST", "/api/users", u.manager.key, { email: "x@y.cn", name: "X", role: "admin" });
    expect(admin.status).toBe(403);
    const list = await send("GET", "/api/users", u.manager.key);
    const emails = (list.body.items as { email: string }[]).map((i) => i.email).sort();
    expect(emails).toEqual(["mgr@test.local", "rep.e2@test.local", "rep.e@test.local", "wang.fang@example.cn"]);
    expect((await send("GET", `/api/users/${u.repNorth.id}`, u.manager.key)).status).toBe(404);
    expect((await send("GET", `/api/users/${u.repEast.id}`, u.manager.key)).status).toBe(200);
    expect((await send("PATCH", `/api/users/${u.repEast.id}`, u.manager.key, { role: "manager" })).status).toBe(403);
    const all = await send("GET", "/api/users", u.admin.key);
    expect(all.body.items).toHaveLength(6);
  });

  it("issues another labelled key, shows its last use, and a revoked key answers 401 at once", async () => {
    const issued = await send("POST", `/api/users/${created.id}/keys`, u.admin.key, { label: "laptop" });
    expect(issued.status).toBe(201);
    expect(issued.body.label).toBe("laptop");
    expect((await send("GET", "/api/me", issued.body.key)).status).toBe(200);
    const shown = await send("GET", `/api/users/${created.id}`, u.admin.key);
    const laptop = (shown.body.keys as { id: string; label: string; lastUsedAt: string | null }[]).find(
      (k) => k.label === "laptop",
    );
    expect(laptop).toMatchObject({ id: issued.body.keyId });
    expect(new Date(laptop?.lastUsedAt ?? 0).toISOString()).toBe(TEST_NOW);
    expect((await send("DELETE", `/api/users/${created.id}/keys/${issued.body.keyId}`, u.admin.key)).status).toBe(204);
    expect((await send("GET", "/api/me", issued.body.key)).status).toBe(401);
    expect((await send("GET", "/api/me", created.key)).status).toBe(200);
    // Someone else's key, or a key of another user under this user's path, looks missing.
    const other = await deps.db.select().from(apiKeys).where(eq(apiKeys.userId, u.repNorth.id));
    expect((await send("DELETE", `/api/users/${created.id}/keys/${other[0].id}`, u.admin.key)).status).toBe(404);
    expect((await send("POST", `/api/users/${u.repNorth.id}/keys`, created.key, {})).status).toBe(404);
    expect((await send("POST", `/api/users/${created.id}/keys`, u.manager.key, {})).status).toBe(403);
  });

  it("records a key's last use at most once a minute", async () => {
    const [key] = await deps.db.select().from(apiKeys).where(eq(apiKeys.userId, u.repNorth.id));
    const at = (ms: number) => new Date(Date.parse(TEST_NOW) - ms).toISOString();
    await deps.db
      .update(apiKeys)
      .set({ lastUsedAt: at(30_000) })
      .where(eq(apiKeys.id, key.id));
    await send("GET", "/api/me", u.repNorth.key);
    let [row] = await deps.db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(new Date(row.lastUsedAt ?? 0).toISOString()).toBe(at(30_000));
    await deps.db
      .update(apiKeys)
      .set({ lastUsedAt: at(61_000) })
      .where(eq(apiKeys.id, key.id));
    await send("GET", "/api/me", u.repNorth.key);
    [row] = await deps.db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(new Date(row.lastUsedAt ?? 0).toISOString()).toBe(TEST_NOW);
  });

  it("deactivates a user: key and token answer 401 at once, their accounts stay visible to manager and admin", async () => {
    await deps.db.insert(accounts).values({ id: "acc-e2", name: "东方医院", ownerId: u.repEast2.id });
    const { token } = await issueToken(deps.db, u.repEast2.id, new Date(TEST_NOW), 3600);
    expect((await send("GET", "/api/accounts/acc-e2", token)).status).toBe(200);
    const off = await send("PATCH", `/api/users/${u.repEast2.id}`, u.admin.key, { active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await send("GET", "/api/me", u.repEast2.key)).status).toBe(401);
    expect((await send("GET", "/api/accounts/acc-e2", token)).status).toBe(401);
    expect((await send("GET", "/api/accounts/acc-e2", u.manager.key)).status).toBe(200);
    expect((await send("GET", "/api/accounts/acc-e2", u.admin.key)).status).toBe(200);
    const team = await send("GET", "/api/users", u.manager.key);
    expect(team.body.items).toContainEqual(expect.objectContaining({ id: u.repEast2.id, active: false }));
    expect((await send("POST", `/api/users/${u.repEast2.id}/keys`, u.admin.key, {})).status).toBe(409);
    await send("PATCH", `/api/users/${u.repEast2.id}`, u.admin.key, { active: true });
    expect((await send("GET", "/api/me", u.repEast2.key)).status).toBe(200);
  });

  it("moves a user under another manager by e-mail, and answers 404 to a manager reaching into another team", async () => {
    const moved = await send("PATCH", `/api/users/${u.repNorth.id}`, u.admin.key, { managerEmail: "MGR@test.local" });
    expect(moved.body).toMatchObject({ managerEmail: "mgr@test.local", team: "north" });
    const bad = await send("PATCH", `/api/users/${u.repNorth.id}`, u.admin.key, { managerEmail: "ghost@test.local" });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details).toEqual([
      { field: "managerEmail", message: expect.stringContaining("ghost@test.local") },
    ]);
    const reach = await send("PATCH", `/api/users/${u.repNorth.id}`, u.manager.key, { active: false });
    const missing = await send("PATCH", "/api/users/usr-nobody", u.manager.key, { active: false });
    expect([reach.status, missing.status]).toEqual([404, 404]);
    expect(reach.body.error.message).toBe(missing.body.error.message);
  });

  it("does not let an admin demote or deactivate themselves", async () => {
    expect((await send("PATCH", `/api/users/${u.admin.id}`, u.admin.key, { active: false })).status).toBe(409);
    expect((await send("PATCH", `/api/users/${u.admin.id}`, u.admin.key, { role: "rep" })).status).toBe(409);
  });

  it("links a channel identity by e-mail, lists it to an admin only, and forgets it when removed", async () => {
    const slack = "slack:T0ACME01:U0WANG01";
    expect(await linkIdentity(deps.db, slack, "WANG.FANG@example.cn")).toMatchObject({ status: "linked" });
    expect(await linkIdentity(deps.db, slack, "rep.n@test.local")).toEqual({ status: "linked_elsewhere" });
    expect(await linkIdentity(deps.db, "slack:nope", "rep.n@test.local")).toEqual({ status: "invalid_identity" });
    expect(await linkIdentity(deps.db, "teams:0f8fad5b-d9cb-469f-a165-70867728950e", "who@nowhere.cn")).toEqual({
      status: "no_user",
    });
    expect((await findUserByIdentity(deps.db, slack))?.id).toBe(created.id);
    expect((await send("GET", `/api/users/${created.id}/identities`, created.key)).status).toBe(403);
    const listed = await send("GET", `/api/users/${created.id}/identities`, u.admin.key);
    expect(listed.body.items).toEqual([expect.objectContaining({ identity: slack, provider: "slack" })]);
    const del = await send("DELETE", `/api/users/${created.id}/identities/${listed.body.items[0].id}`, u.admin.key);
    expect(del.status).toBe(204);
    expect(await findUserByIdentity(deps.db, slack)).toBeNull();
  });

  it("documents every new route in the OpenAPI document", async () => {
    const doc = await (await call("GET", "/openapi.json", null)).json();
    const paths = Object.fromEntries(
      Object.entries(doc.paths).map(([p, ops]) => [p, Object.keys(ops as object).sort()]),
    );
    expect(paths).toMatchObject({
      "/api/me": ["get"],
      "/api/users": ["get", "post"],
      "/api/users/{id}": ["get", "patch"],
      "/api/users/{id}/keys": ["get", "post"],
      "/api/users/{id}/keys/{keyId}": ["delete"],
      "/api/users/{id}/identities": ["get"],
      "/api/users/{id}/identities/{identityId}": ["delete"],
      "/api/import/users": ["post"],
      "/api/accounts/reassign": ["post"],
    });
  });

  it("audits every write with who, old and new, and shows no key anywhere but the answer that created it", async () => {
    const rows = await deps.db.select().from(auditLog);
    const of = (entity: string, action: string) => rows.filter((r) => r.entity === entity && r.action === action);
    expect(of("user", "create")).toHaveLength(1);
    expect(of("user", "create")[0]).toMatchObject({ userId: u.admin.id, entityId: created.id });
    const demoted = of("user", "update").find((r) => r.entityId === u.repEast2.id);
    expect(demoted?.details).toMatchObject({ old: { active: true }, new: { active: false } });
    const renamed = of("user", "update").find((r) => r.entityId === u.repEast.id);
    expect(renamed).toMatchObject({
      userId: u.repEast.id,
      details: { old: { name: u.repEast.id }, new: { name: "李伟" } },
    });
    expect(of("api_key", "issue")).toHaveLength(2);
    expect(of("api_key", "revoke")).toHaveLength(1);
    expect(of("identity", "link")).toHaveLength(1);
    expect(of("identity", "unlink")).toHaveLength(1);
    const keys = answers.flatMap((a) => [...a.matchAll(/"key":"([^"]+)"/g)].map((m) => m[1]));
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(answers.filter((a) => a.includes(key))).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(key);
      expect(JSON.stringify(rows)).not.toContain(sha256(key));
    }
  });
});
