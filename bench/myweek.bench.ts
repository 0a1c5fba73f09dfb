// My week (issue 11): the ranked list for one rep's book of 500 synthetic accounts (two years of orders, contacts,
// interactions, deals), with 3 open actions and one tender match per 10 accounts. Engine time only (the data is
// in memory, as the service hands it over); p50/p95 over repeated runs.
import { buildMyWeek } from "../src/engine/myweek/build-my-week";
import type { WeekAccount, WeekAction, WeekTender } from "../src/engine/myweek/types";
import type { Tier } from "../src/engine/types";
import { prng, syntheticBook } from "./synthetic-book";
import { percentile, report } from "./util";

const N = 500;
const NOW = "2026-11-20";
const RUNS = 200;

export async function run(): Promise<void> {
  const rand = prng(11);
  const facts = syntheticBook({ n: N, seed: 42, now: NOW });
  const tiers: Tier[] = ["S", "A", "B", "C"];
  const accounts: WeekAccount[] = facts.map((f, i) => ({
    facts: f,
    tier: tiers[i % 4],
    churn: { now: Math.round(rand() * 80), before: Math.round(rand() * 80) },
  }));
  const actions: WeekAction[] = facts.flatMap((f, i) =>
    [0, 1, 2].map((k) => ({
      id: `act-${i}-${k}`,
      accountId: f.account.id,
      title: `action ${k}`,
      due: new Date(Date.parse(NOW) + Math.round((rand() - 0.5) * 60) * 86_400_000).toISOString().slice(0, 10),
      owner: "rep",
      ownerId: "rep-1",
    })),
  );
  const tenders: WeekTender[] = facts
    .filter((_, i) => i % 10 === 0)
    .map((f, i) => ({
      accountId: f.account.id,
      noticeId: `n-${i}`,
      kind: i % 2 ? "open_tender" : "upcoming",
      projectName: `project ${i}`,
      deadline: `2026-11-${String(21 + (i % 9)).padStart(2, "0")}T09:30`,
      window: { from: "2026-11-01", to: "2026-12-31" },
      value: 1_000_000,
    }));
  const input = { accounts, actions, tenders, now: NOW, days: 7 };
  for (let k = 0; k < 20; k++) buildMyWeek(input); // warm the JIT
  const samples: number[] = [];
  let items = 0;
  for (let k = 0; k < RUNS; k++) {
    const start = performance.now();
    items = buildMyWeek(input).length;
    samples.push(performance.now() - start);
  }
  report("my week items (500-account book)", items, "items");
  report("my week, 500-account book, p50", percentile(samples, 50), "ms", "< 20 ms");
  report("my week, 500-account book, p95", percentile(samples, 95), "ms", "< 20 ms");
}
