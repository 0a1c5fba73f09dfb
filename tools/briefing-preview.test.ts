import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openToolKit, type ToolKit, VISIBLE } from "../test/tool-harness";
import { createBriefingPreviewTool } from "./briefing-preview";

const tool = createBriefingPreviewTool();
let kit: ToolKit;

beforeAll(async () => {
  kit = await openToolKit();
});
afterAll(() => kit.close());

describe("briefing_preview", () => {
  it("fills every section with the rep's own items: slipping accounts, a tier change, tenders, actions due", async () => {
    const { rep1 } = kit.users;
    // A week ago one account had another tier (an older score row), and an action falls due in three days.
    const [acc] = await kit.sql<{ id: string; name: string; tier: string }>(
      `select id, name, tier from accounts where owner_id = $1 order by id limit 1`,
      [rep1.id],
    );
    const oldTier = acc.tier === "C" ? "B" : "C";
    await kit.sql(
      `insert into account_scores (id, account_id, computed_at, scorecard_id, total, tier, strategy, body)
       select -1, account_id, '2026-11-10T00:00:00Z', scorecard_id, total, $2, strategy, jsonb_set(body, '{tier}', to_jsonb($2::text))
       from account_scores where account_id = $1 order by id desc limit 1`,
      [acc.id, oldTier],
    );
    await kit.sql(
      `insert into plan_actions (id, account_id, title, owner, due, status, source)
       values ('act-brief', $1, '回访设备科', $2, '2026-11-25', 'open', 'user')`,
      [acc.id, rep1.name],
    );

    const got = await kit.data(tool, {}, rep1);

    const slipping = await kit.sql<{ name: string }>(
      `select a.name from accounts a
       join lateral (select body from account_scores where account_id = a.id order by id desc limit 1) s on true
       where a.id in ${VISIBLE} and s.body->'churn'->>'level' <> 'low'
       order by (s.body->'churn'->>'score')::float desc, a.id`,
      [rep1.id],
    );
    expect(slipping.length).toBeGreaterThan(0);
    // the five highest churn scores, plus every account raised by a high-severity signal (its churn floor)
    const floored = await kit.sql<{ name: string }>(
      `select a.name from accounts a
       join lateral (select body from account_scores where account_id = a.id order by id desc limit 1) s on true
       where a.id in ${VISIBLE} and s.body->'churn'->'floor' is not null and s.body->'churn'->'floor' <> 'null'::jsonb`,
      [rep1.id],
    );
    const expected = slipping.filter((s, i) => i < 5 || floored.some((f) => f.name === s.name));
    expect(got.atRisk.map((a) => a.name)).toEqual(expected.map((s) => s.name));

    expect(got.tierChanges).toEqual([
      expect.objectContaining({ id: acc.id, name: acc.name, from: oldTier, to: acc.tier }),
    ]);

    const tenders = await kit.sql<{ n: string }>(
      // one line per project and account; a predicted window that is over is history, not coming up
      `select count(distinct (m.tender_id, m.account_id)) as n from tender_matches m join tenders t on t.id = m.tender_id
       where m.account_id in ${VISIBLE} and ((m.kind in ('upcoming', 'renewal', 'competitor_win')
         and substr(m.body->'predicted'->'window'->>'to', 1, 10) >= '2026-11-22') or (m.kind = 'open_tender'
         and substr(t.latest->>'deadline', 1, 10) between '2026-11-22' and '2026-12-06'))`,
      [rep1.id],
    );
    expect(Number(tenders[0].n)).toBeGreaterThan(0);
    expect(got.tenders).toHaveLength(Math.min(8, Number(tenders[0].n)));

    expect(got.actionsDue).toContainEqual({
      accountName: acc.name,
      title: "回访设备科",
      due: "2026-11-25",
      overdue: false,
    });
  });

  it("shows a rep nothing of another team's accounts", async () => {
    const { rep3 } = kit.users;
    const theirs = new Set(
      (await kit.sql<{ name: string }>(`select name from accounts where id not in ${VISIBLE}`, [rep3.id])).map(
        (r) => r.name,
      ),
    );
    const got = await kit.data(tool, {}, rep3);
    for (const name of [...got.atRisk.map((a) => a.name), ...got.tenders.map((t) => t.accountName)])
      expect(theirs.has(name)).toBe(false);
  });
});
