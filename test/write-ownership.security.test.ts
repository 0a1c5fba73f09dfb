import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { createTools } from "../tools";
import { createTestDeps, seedUsers, type TestUser, testApp } from "./harness";

// Every write path × each role (rep, manager, admin) × own team / other team. Team east owns E-*, team north N-*.
// Expected outcomes are the contract's rule written out by hand: a rep or an east manager may change east records
// only; an admin may change all; "not yours" reads exactly like "missing".

const ENTITIES = {
  contacts: {
    cols: "external_id,account_external_id,name,phone",
    row: (id: string, acc: string) => `${id},${acc},新名字,13900000000`,
  },
  orders: {
    cols: "external_id,account_external_id,ordered_at,amount",
    row: (id: string, acc: string) => `${id},${acc},2026-01-05,123`,
  },
  opportunities: {
    cols: "external_id,account_external_id,stage,amount",
    row: (id: string, acc: string) => `${id},${acc},qualified,456`,
  },
  interactions: {
    cols: "external_id,account_external_id,kind,occurred_at,summary",
    row: (id: string, acc: string) => `${id},${acc},call,2026-01-05,接管`,
  },
} as const;
type Entity = keyof typeof ENTITIES;
const TABLE = { contacts: "contacts", orders: "orders", opportunities: "opportunities", interactions: "interactions" };

describe("write ownership", () => {
  let deps: Deps;
  let u: Record<string, TestUser>;
  let call: ReturnType<typeof testApp>["call"];
  const sqlq = <T>(text: string, params: unknown[] = []) =>
    (deps.dbHandle.pglite as NonNullable<Deps["dbHandle"]["pglite"]>).query<T>(text, params);
  const csv = (entity: Entity, rows: string[]) => `${ENTITIES[entity].cols}\n${rows.join("\n")}\n`;
  const importAs = (key: string, entity: string, body: string) =>
    call("POST", `/api/import/${entity}`, key, body, "text/csv");
  const accountOf = async (table: string, ext: string) => {
    const r = await sqlq<{ ext: string }>(
      `select a.external_id as ext from ${table} t join accounts a on a.id = t.account_id where t.external_id = $1`,
      [ext],
    );
    return r.rows[0]?.ext;
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    u = await seedUsers(deps);
    call = testApp(deps).call;
    const ok = async (entity: string, body: string) =>
      expect((await importAs(u.admin.key, entity, body)).status).toBe(200);
    await ok(
      "accounts",
      `external_id,name,owner_email\nE-1,东院,${u.repEast.email}\nE-2,东二院,${u.repEast.email}\nN-1,北院,${u.repNorth.email}\n`,
    );
    for (const e of Object.keys(ENTITIES) as Entity[])
      await ok(e, csv(e, [ENTITIES[e].row(`${e}-E`, "E-1"), ENTITIES[e].row(`${e}-N`, "N-1")]));
  });
  afterAll(() => deps.close());

  const roles = ["repEast", "manager", "admin"] as const;
  const mayChangeNorth = (role: string) => role === "admin";

  for (const entity of Object.keys(ENTITIES) as Entity[]) {
    for (const role of roles) {
      it(`${entity}: a ${role} may update a record of their own team`, async () => {
        const res = await importAs(u[role].key, entity, csv(entity, [ENTITIES[entity].row(`${entity}-E`, "E-1")]));
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ imported: 0, updated: 1, errors: [] });
      });

      it(`${entity}: a ${role} ${mayChangeNorth(role) ? "may" : "may not"} take over another team's record by its external id`, async () => {
        const res = await importAs(u[role].key, entity, csv(entity, [ENTITIES[entity].row(`${entity}-N`, "E-1")]));
        if (mayChangeNorth(role)) {
          expect(res.status).toBe(200);
          // put it back for the next role
          await importAs(u.admin.key, entity, csv(entity, [ENTITIES[entity].row(`${entity}-N`, "N-1")]));
          return;
        }
        expect(res.status).toBe(422);
        const body = await res.json();
        expect(JSON.stringify(body)).not.toContain("updated");
        expect(body.error.details).toEqual([{ row: 2, column: "external_id", message: expect.any(String) }]);
        expect(await accountOf(TABLE[entity], `${entity}-N`)).toBe("N-1");
      });

      it(`${entity}: a ${role} gets the same answer for another team's account as for a missing one`, async () => {
        const other = await importAs(u[role].key, entity, csv(entity, [ENTITIES[entity].row(`${entity}-new`, "N-1")]));
        const missing = await importAs(
          u[role].key,
          entity,
          csv(entity, [ENTITIES[entity].row(`${entity}-new`, "X-404")]),
        );
        expect(missing.status).toBe(422);
        if (mayChangeNorth(role)) {
          expect(other.status).toBe(200);
          await sqlq(`delete from ${TABLE[entity]} where external_id = $1`, [`${entity}-new`]);
          return;
        }
        expect(other.status).toBe(422);
        const a = (await other.json()).error;
        const b = (await missing.json()).error;
        expect(a.details[0].column).toBe(b.details[0].column);
        expect(a.details[0].message.replace("N-1", "?")).toBe(b.details[0].message.replace("X-404", "?"));
        expect(a.message.replace("N-1", "?")).toBe(b.message.replace("X-404", "?"));
      });
    }
  }

  for (const role of ["repEast", "manager"] as const)
    it(`accounts: a ${role} gets the same error for a known other-team e-mail as for an unknown one`, async () => {
      const known = await importAs(
        u[role].key,
        "accounts",
        `external_id,name,owner_email\nE-9,新院,${u.repNorth.email}\n`,
      );
      const unknown = await importAs(
        u[role].key,
        "accounts",
        "external_id,name,owner_email\nE-9,新院,nobody@nowhere.test\n",
      );
      expect([known.status, unknown.status]).toEqual([422, 422]);
      const a = (await known.json()).error.details[0];
      const b = (await unknown.json()).error.details[0];
      expect(a.message.replace(u.repNorth.email, "?")).toBe(b.message.replace("nobody@nowhere.test", "?"));
      expect(a.message).not.toMatch(/no Furrow user/);
    });

  for (const role of roles) {
    it(`accounts: a ${role} ${mayChangeNorth(role) ? "may" : "may not"} overwrite another team's account`, async () => {
      const res = await importAs(u[role].key, "accounts", "external_id,name\nN-1,被改名\n");
      if (mayChangeNorth(role)) {
        expect(res.status).toBe(200);
        await importAs(u.admin.key, "accounts", "external_id,name\nN-1,北院\n");
        return;
      }
      expect(res.status).toBe(422);
      const r = await sqlq<{ name: string }>("select name from accounts where external_id = 'N-1'");
      expect(r.rows[0].name).toBe("北院");
    });

    it(`accounts: a ${role} links a parent only among accounts they may see, and "not yours" reads as missing`, async () => {
      const other = await importAs(u[role].key, "accounts", "external_id,name,parent_external_id\nE-2,东二院,N-1\n");
      const missing = await importAs(
        u[role].key,
        "accounts",
        "external_id,name,parent_external_id\nE-2,东二院,X-404\n",
      );
      expect(missing.status).toBe(422);
      if (mayChangeNorth(role)) {
        expect(other.status).toBe(200);
        await importAs(u.admin.key, "accounts", "external_id,name,parent_external_id\nE-2,东二院,\n");
        return;
      }
      expect(other.status).toBe(422);
      const a = (await other.json()).error.details[0];
      const b = (await missing.json()).error.details[0];
      expect([a.column, a.message.replace("N-1", "?")]).toEqual([b.column, b.message.replace("X-404", "?")]);
      const r = await sqlq<{ parent_id: string | null }>("select parent_id from accounts where external_id = 'E-2'");
      expect(r.rows[0].parent_id).toBeNull();
    });

    it(`plans API: a ${role} may plan their team's account and gets 404 for the other team's`, async () => {
      const ids = await sqlq<{ id: string; ext: string }>(
        "select id, external_id as ext from accounts where external_id in ('E-1','N-1')",
      );
      const id = (ext: string) => ids.rows.find((r) => r.ext === ext)?.id;
      expect((await call("POST", `/api/accounts/${id("E-1")}/plan`, u[role].key, {})).status).toBe(200);
      const north = await call("POST", `/api/accounts/${id("N-1")}/plan`, u[role].key, {});
      const missing = await call("POST", "/api/accounts/acc_missing/plan", u[role].key, {});
      expect(north.status).toBe(mayChangeNorth(role) ? 200 : 404);
      if (!mayChangeNorth(role)) expect((await north.json()).error.message).toBe((await missing.json()).error.message);
    });

    it(`tools: a ${role}'s add_action, log_interaction and update_opportunity refuse the other team's account like a missing one`, async () => {
      const tools = createTools();
      const ids = await sqlq<{ id: string }>("select id from accounts where external_id = 'N-1'");
      const ctx = {
        deps,
        user: { ...u[role], name: role, locale: "zh" as const },
        now: new Date(),
        language: "zh" as const,
      };
      for (const name of ["add_action", "log_interaction", "update_opportunity"]) {
        const args = {
          accountId: ids.rows[0].id,
          title: "拜访",
          due: "2026-12-01",
          kind: "call",
          summary: "",
          nextStep: "拜访",
        };
        const missingArgs = { ...args, accountId: "acc_missing" };
        const r = await tools[name].run(tools[name].input.parse(args), ctx as never);
        const m = await tools[name].run(tools[name].input.parse(missingArgs), ctx as never);
        if (mayChangeNorth(role)) expect(r.ok).toBe(true);
        else expect(r).toEqual(m);
      }
    });
  }
});
