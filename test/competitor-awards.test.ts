import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOneAccountFacts } from "../src/db/queries/account-facts";
import { tenderMatches, tenderNotices } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { fromDayNumber, toDayNumber } from "../src/engine/scoring/day-numbers";
import { defaultScorecard } from "../src/engine/scoring/default-scorecard";
import { scoreAccount } from "../src/engine/scoring/score-account";
import { createDemoDeps } from "./harness";

// Issue 10: an award notice won by a competitor at an account reaches the engine (AccountFacts.competitorAwards),
// so lifecycle and strategy see the loss, not only the tender list.
describe("competitor awards loaded into the account's facts", () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await createDemoDeps();
  });
  afterAll(() => deps.close());

  it("loads each competitor_win match of the demo book with its day, winner and project", async () => {
    const wins = await deps.db
      .select({ accountId: tenderMatches.accountId, parsed: tenderNotices.parsed, at: tenderNotices.publishedAt })
      .from(tenderMatches)
      .innerJoin(tenderNotices, eq(tenderNotices.id, tenderMatches.noticeId))
      .where(eq(tenderMatches.kind, "competitor_win"));
    expect(wins.length).toBeGreaterThan(0);
    for (const w of wins) {
      const facts = await loadOneAccountFacts(deps.db, w.accountId);
      const winner = (w.parsed as { winner: string | string[] }).winner;
      const name = Array.isArray(winner) ? winner.join("、") : winner;
      expect(facts?.competitorAwards).toContainEqual(expect.objectContaining({ at: w.at, competitor: name }));
    }
  });

  it("makes an account with no order since the award lost, naming the competitor", async () => {
    const [win] = await deps.db
      .select({ accountId: tenderMatches.accountId })
      .from(tenderMatches)
      .where(eq(tenderMatches.kind, "competitor_win"))
      .limit(1);
    const facts = (await loadOneAccountFacts(deps.db, win.accountId))!;
    const award = facts.competitorAwards![0];
    // The same account as if it had bought nothing since the award and closed no deal after it, 120 days on.
    const now = fromDayNumber(toDayNumber(award.at) + 120);
    const before = {
      ...facts,
      orders: facts.orders.filter((o) => o.orderedAt < award.at),
      opportunities: facts.opportunities.filter((o) => (o.closedAt ?? "") < award.at && o.status !== "lost"),
    };
    const s = scoreAccount(before, { scorecard: defaultScorecard, now });
    expect(s.lifecycle).toBe("lost");
    expect(s.lifecycleReason.facts).toMatchObject({ competitor: award.competitor });
    expect(s.segment.strategy).toBe("winback");
  });
});
