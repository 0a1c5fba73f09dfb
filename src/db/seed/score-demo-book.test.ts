import { describe, expect, it } from "vitest";
import { defaultScorecard } from "../../engine/scoring/default-scorecard";
import { scoreBook } from "../../engine/scoring/score-book";
import { codesOfScore, renderScore, scoreBookColumns, scoreCodes } from "../../engine/scoring/score-book-columns";
import type { Account, AccountFacts } from "../../engine/types";
import { buildDemoData } from "./build-demo-data";

const NOW = "2026-11-20";

/** The demo book as the engine reads it: each account with its own contacts, orders, deals, touches and records. */
function demoFacts(now: string): AccountFacts[] {
  const data = buildDemoData(now);
  const by = <T extends { accountId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.accountId, [...(map.get(r.accountId) ?? []), r]);
    return (id: string) => map.get(id) ?? [];
  };
  const [contacts, orders, opps, touches, records] = [
    by(data.contacts),
    by(data.orders),
    by(data.opportunities),
    by(data.interactions),
    by(data.riskRecords),
  ];
  return data.accounts.map((a) => ({
    account: a as unknown as Account,
    contacts: contacts(a.id),
    orders: orders(a.id),
    opportunities: opps(a.id),
    interactions: touches(a.id),
    riskRecords: records(a.id),
  })) as AccountFacts[];
}

// Issue 14: book scoring as data gives the demo book's figures exactly as today's scoreBook, and the reasons a
// person reads (rendered on demand) are today's, word for word.
describe("the demo book scored as data", () => {
  it("matches scoreBook account for account, codes and rendered reasons", () => {
    const facts = demoFacts(NOW);
    const today = scoreBook(facts, { scorecard: defaultScorecard, now: NOW });
    const columns = scoreBookColumns(facts, { scorecard: defaultScorecard, now: NOW });
    expect(columns.book).toEqual(today.book);
    expect(new Set(today.scores.map((s) => s.lifecycle)).size).toBeGreaterThan(4);
    for (let i = 0; i < facts.length; i++) {
      expect(scoreCodes(columns, i)).toEqual(codesOfScore(today.scores[i]));
      expect(renderScore(columns, i, facts[i], {})).toEqual(today.scores[i]);
    }
  });
});
