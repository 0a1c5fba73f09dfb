// Scoring throughput (issue 3): the whole book of 100,000 synthetic accounts with two years of
// orders each, then re-scoring one account after a write against the stored book grids.
// Wall time is shown with CPU time beside it, since the machine may be shared.
import { PerformanceObserver } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { defaultScorecard } from "../src/engine/scoring/default-scorecard";
import { scoreAccount } from "../src/engine/scoring/score-account";
import { scoreBook } from "../src/engine/scoring/score-book";
import type { AccountFacts } from "../src/engine/types";
import { prng, syntheticBook } from "./synthetic-book";
import { percentile, report } from "./util";

const N = 100_000;
const NOW = "2026-11-20";
const WRITES = 2_000;

/** A full collection before a timed section, so garbage left by data generation is not billed to it. */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** Runs `f` once, with wall time, CPU time (all threads) and the garbage-collection pauses inside it. */
async function timed<T>(gc: () => void, f: () => T): Promise<{ value: T; ms: number; cpuMs: number; gcMs: number }> {
  gc();
  let gcMs = 0;
  let counting = true;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (counting) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = f();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  await new Promise((resolve) => setTimeout(resolve, 0)); // let the observer deliver the pauses
  counting = false;
  observer.disconnect();
  return { value, ms, cpuMs: (used.user + used.system) / 1000, gcMs };
}

export async function run(): Promise<void> {
  const gc = collector();
  const facts = syntheticBook({ n: N, seed: 42, now: NOW });
  report(
    "synthetic orders",
    facts.reduce((s, f) => s + f.orders.length, 0),
    "orders",
  );
  scoreBook(facts.slice(0, 2_000), { scorecard: defaultScorecard, now: NOW }); // warm the JIT

  const whole = await timed(gc, () => scoreBook(facts, { scorecard: defaultScorecard, now: NOW }));
  report("score whole book (100k accounts)", whole.ms / 1000, "s", "< 1 s");
  report("score whole book, CPU time", whole.cpuMs / 1000, "s");
  report("score whole book, of which GC pauses", whole.gcMs / 1000, "s");
  report("book scoring throughput", N / (whole.ms / 1000), "accounts/s", "> 100000");

  const { book } = whole.value;
  const rand = prng(7);
  const samples: number[] = [];
  for (let k = 0; k < WRITES; k++) {
    const before = facts[Math.floor(rand() * N)];
    const order = { ...before.orders[0], id: `write-${k}`, orderedAt: NOW, amount: 10_000 + k };
    const after: AccountFacts = { ...before, orders: [...before.orders, order] };
    const start = performance.now();
    scoreAccount(after, { scorecard: defaultScorecard, now: NOW, book });
    samples.push((performance.now() - start) * 1000);
  }
  report("re-score one account after a write, p50", percentile(samples, 50), "µs", "< 1000");
  report("re-score one account after a write, p95", percentile(samples, 95), "µs", "< 1000");
  report("peak memory (RSS)", process.resourceUsage().maxRSS / 1024, "MB");
}
