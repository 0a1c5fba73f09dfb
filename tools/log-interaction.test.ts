import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openToolKit, type ToolKit } from "../test/tool-harness";
import { accountOf } from "../test/tool-sql";
import { createLogInteractionTool } from "./log-interaction";

// What log_interaction writes, and what it refuses (writing nothing).
const logInteraction = createLogInteractionTool();
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

describe("log_interaction", () => {
  it("stores the interaction, dates the contact's last touch and re-scores the account", async () => {
    const { rep2 } = kit.users;
    const acc = await accountOf(kit, rep2.id);
    const person = await contactOf(acc.id);
    const scoresBefore = await kit.sql(`select id from account_scores where account_id = $1`, [acc.id]);
    const got = await kit.data(
      logInteraction,
      { accountId: acc.id, kind: "visit", date: "2026-11-20", summary: "谈了续约", contactId: person.id },
      rep2,
    );
    expect(got).toMatchObject({ accountName: acc.name, kind: "visit", date: "2026-11-20", contactName: person.name });
    const [row] = await kit.sql<Record<string, string>>(
      `select account_id, contact_id, user_id, kind, occurred_at::date::text as day, summary from interactions where id = $1`,
      [got.id],
    );
    expect(row).toEqual({
      account_id: acc.id,
      contact_id: person.id,
      user_id: rep2.id,
      kind: "visit",
      day: "2026-11-20",
      summary: "谈了续约",
    });
    const [c] = await kit.sql<{ d: string }>(`select last_contact_at::text as d from contacts where id = $1`, [
      person.id,
    ]);
    expect(c.d).toBe("2026-11-20");
    const [audit] = await kit.sql<{ n: string }>(
      `select count(*) as n from audit_log where action = 'interaction.log' and entity_id = $1 and user_id = $2`,
      [got.id, rep2.id],
    );
    expect(Number(audit.n)).toBe(1);
    // A fresh touch changes the account's recency: a new score row is stored.
    const scoresAfter = await kit.sql(`select id from account_scores where account_id = $1`, [acc.id]);
    expect(scoresAfter.length).toBeGreaterThanOrEqual(scoresBefore.length);
  });

  it("dates an interaction without a date today", async () => {
    const { rep2 } = kit.users;
    const acc = await accountOf(kit, rep2.id);
    const got = await kit.data(logInteraction, { accountId: acc.id, kind: "call" }, rep2);
    expect(got.date).toBe("2026-11-22");
  });

  it("refuses another rep's account, writing nothing", async () => {
    const { rep2, rep1 } = kit.users;
    const before = (await kit.sql<{ n: string }>(`select count(*) as n from interactions`))[0].n;
    const theirs = await accountOf(kit, rep1.id);
    expect(await kit.run(logInteraction, { accountId: theirs.id, kind: "call" }, rep2)).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect((await kit.sql<{ n: string }>(`select count(*) as n from interactions`))[0].n).toBe(before);
  });
});
