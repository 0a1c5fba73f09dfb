import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openToolKit, type ToolKit } from "../test/tool-harness";
import { accountOf } from "../test/tool-sql";
import { createPowerMapTool } from "./power-map";

const tool = createPowerMapTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openToolKit();
});
afterAll(() => kit.close());

describe("power_map", () => {
  it("maps the account's own contacts and their reporting lines", async () => {
    const { rep1 } = kit.users;
    const acc = await accountOf(kit, rep1.id);
    const people = await kit.sql<{ id: string; name: string }>(
      `select id, name from contacts where account_id = $1 and not left_company order by id`,
      [acc.id],
    );
    expect(people.length).toBeGreaterThan(2);
    const got = await kit.data(tool, { accountId: acc.id }, rep1);
    expect(got.accountName).toBe(acc.name);
    const mapped = new Set(got.map.contacts.map((c) => c.id));
    for (const p of people) expect(mapped.has(p.id)).toBe(true);
    // Everyone on the map is a contact of this account (or, for group links, of an account in the same tree).
    const lines = await kit.sql<{ from: string; to: string }>(
      `select id as "from", reports_to_id as "to" from contacts
       where account_id = $1 and reports_to_id is not null and not left_company order by id`,
      [acc.id],
    );
    const edges = new Set(got.map.edges.filter((e) => e.kind === "reports_to").map((e) => `${e.from}>${e.to}`));
    for (const l of lines) if (mapped.has(l.to)) expect(edges.has(`${l.from}>${l.to}`)).toBe(true);
    // Suggestions name people on the map.
    for (const s of got.map.suggestions) expect(mapped.has(s.contactId)).toBe(true);
  });

  it("leads with the person whose boss was asked for, when the boss works at another account", async () => {
    const { rep1 } = kit.users;
    // A contact reporting to someone at another account the rep sees, in SQL.
    const [link] = await kit.sql<{ person: string; name: string; boss: string; boss_account: string }>(
      `select c.id as person, c.name, b.id as boss, b.account_id as boss_account
       from contacts c join contacts b on b.id = c.reports_to_id join accounts a on a.id = c.account_id
       join accounts ba on ba.id = b.account_id
       where b.account_id <> c.account_id and a.owner_id = $1 and ba.owner_id = $1 order by c.id limit 1`,
      [rep1.id],
    );
    expect(link).toBeDefined();
    const got = await kit.data(tool, { accountId: link.boss_account, contactId: link.boss, bossOf: link.person }, rep1);
    expect(got.focusContactId).toBe(link.boss);
    expect(got.bossOf?.name).toBe(link.name);
    // Someone who is not the boss's report is no one's "boss asked for".
    const other = await kit.data(tool, { accountId: link.boss_account, contactId: link.boss, bossOf: link.boss }, rep1);
    expect(other.bossOf).toBeNull();
  });

  it("names each contact's attitude as stored", async () => {
    const { rep1 } = kit.users;
    const acc = await accountOf(kit, rep1.id);
    const rows = await kit.sql<{ id: string; attitude: string | null }>(
      `select id, attitude from contacts where account_id = $1 and not left_company`,
      [acc.id],
    );
    const got = await kit.data(tool, { accountId: acc.id }, rep1);
    const byId = new Map(got.map.contacts.map((c) => [c.id, c]));
    for (const r of rows) if (r.attitude) expect(byId.get(r.id)?.attitude).toBe(r.attitude);
  });

  it("names the boss of the person asked about at another account only when the user may see that account", async () => {
    const { rep1, rep3 } = kit.users;
    const acc = await accountOf(kit, rep1.id);
    const other = await accountOf(kit, rep1.id, `a.id <> '${acc.id}'`);
    const hidden = await accountOf(kit, rep3.id);
    const pick = (accountId: string) =>
      kit.sql<{ id: string; name: string; title: string | null; reports_to_id: string | null }>(
        `select id, name, title, reports_to_id from contacts where account_id = $1 and not left_company order by id limit 1`,
        [accountId],
      );
    const [person] = await pick(acc.id);
    const [boss] = await pick(other.id);
    const [stranger] = await pick(hidden.id);
    const point = (to: string | null) =>
      kit.sql(`update contacts set reports_to_id = $2 where id = $1`, [person.id, to]);
    try {
      await point(boss.id);
      const seen = await kit.data(tool, { accountId: acc.id, contactId: person.id }, rep1);
      expect(seen.focusReportsTo).toEqual({ name: boss.name, title: boss.title, accountName: other.name });
      await point(stranger.id);
      const unseen = await kit.data(tool, { accountId: acc.id, contactId: person.id }, rep1);
      expect(unseen.focusReportsTo).toBeNull();
      expect(JSON.stringify(unseen)).not.toContain(stranger.name);
    } finally {
      await point(person.reports_to_id);
    }
  });

  it("gives how to reach the person asked about as stored, and nothing when no one is asked about", async () => {
    const { rep1 } = kit.users;
    const acc = await accountOf(kit, rep1.id);
    const [p] = await kit.sql<{ id: string; phone: string | null; email: string | null }>(
      `select id, phone, email from contacts where account_id = $1 and not left_company
       and (phone is not null or email is not null) order by id limit 1`,
      [acc.id],
    );
    expect(p).toBeDefined();
    const got = await kit.data(tool, { accountId: acc.id, contactId: p.id }, rep1);
    expect(got.focusReach).toEqual({ phone: p.phone, email: p.email });
    expect((await kit.data(tool, { accountId: acc.id }, rep1)).focusReach).toBeNull();
  });

  it("refuses an account of the other team", async () => {
    const { manager, rep3 } = kit.users;
    const acc = await accountOf(kit, rep3.id);
    expect(await kit.run(tool, { accountId: acc.id }, manager)).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });
});
