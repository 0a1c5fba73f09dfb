import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openToolKit, type ToolKit } from "../test/tool-harness";
import { accountOf } from "../test/tool-sql";
import { createAddActionTool } from "./add-action";

// What add_action writes, and what it refuses (writing nothing).
const addAction = createAddActionTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openToolKit();
});
afterAll(() => kit.close());

const contactOf = async (accountId: string) =>
  (
    await kit.sql<{ id: string; name: string }>(
      `select id, name from contacts where account_id = $1 order by id limit 1`,
      [accountId],
    )
  )[0];

describe("add_action", () => {
  it("stores the action with its title, due date, contact and owner", async () => {
    const { rep1 } = kit.users;
    const acc = await accountOf(kit, rep1.id);
    const person = await contactOf(acc.id);
    const got = await kit.data(
      addAction,
      { accountId: acc.id, title: "演示PACS升级", due: "2026-12-03", contactId: person.id },
      rep1,
    );
    expect(got).toMatchObject({ accountName: acc.name, contactName: person.name });
    const [row] = await kit.sql<Record<string, string>>(
      `select account_id, title, due::text as due, contact_id, owner, status, source, created_by from plan_actions where id = $1`,
      [got.id],
    );
    expect(row).toEqual({
      account_id: acc.id,
      title: "演示PACS升级",
      due: "2026-12-03",
      contact_id: person.id,
      owner: rep1.name,
      status: "open",
      source: "user",
      created_by: rep1.id,
    });
  });

  it("refuses another team's account and a contact of another account, writing nothing", async () => {
    const { rep1, rep3 } = kit.users;
    const before = (await kit.sql<{ n: string }>(`select count(*) as n from plan_actions`))[0].n;
    const theirs = await accountOf(kit, rep3.id);
    expect((await kit.run(addAction, { accountId: theirs.id, title: "visit", due: "2026-12-01" }, rep1)).ok).toBe(
      false,
    );
    const mine = await accountOf(kit, rep1.id);
    const stranger = await contactOf(theirs.id);
    expect(
      await kit.run(addAction, { accountId: mine.id, title: "visit", due: "2026-12-01", contactId: stranger.id }, rep1),
    ).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await kit.sql<{ n: string }>(`select count(*) as n from plan_actions`))[0].n).toBe(before);
  });
});
