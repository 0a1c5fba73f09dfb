// Scoring throughput (issues 3, 14): the whole book of 100,000 synthetic accounts with two years of orders each, as
// data (orders in typed columns, reasons as codes), then re-scoring one account after a write against the grids.
// Wall time is shown with CPU time beside it, since the machine may be shared.
import { PerformanceObserver } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { defaultScorecard } from "../src/engine/scoring/default-scorecard";
import { ordersOf } from "../src/engine/scoring/order-columns";
import { scoreAccount } from "../src/engine/scoring/score-account";
import { scoreBookColumns } from "../src/engine/scoring/score-book-columns";
import type { ScoringFacts } from "../src/engine/scoring/scoring-facts";
import { prng, syntheticBookColumns } from "./synthetic-book";
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
  gc();
  // The process before the book exists (node, tsx, the modules loaded so far): the floor under the peak below.
  const rssFloor = process.memoryUsage().rss;
  report("memory (RSS) before the book is generated", rssFloor / 1024 / 1024, "MB");
  // Orders as typed columns, as rescoreBook loads them: no order object is kept (peak memory below counts this).
  const { facts, orders } = syntheticBookColumns({ n: N, seed: 42, now: NOW });
  report("synthetic orders", orders.amount.length, "orders");
  // The floor, measured in this run: a plain loop summing every order's amount.
  const floor = await timed(gc, () => {
    let sum = 0;
    const amount = orders.amount;
    for (let k = 0; k < amount.length; k++) sum += amount[k];
    return sum;
  });
  report("baseline: plain loop summing the orders", floor.ms, "ms");
  report("baseline, CPU time", floor.cpuMs, "ms");

  const warm = syntheticBookColumns({ n: 2_000, seed: 1, now: NOW });
  for (let k = 0; k < 3; k++) scoreBookColumns(warm.facts, { scorecard: defaultScorecard, now: NOW }, warm.orders);
  const rssBefore = process.memoryUsage().rss;
  const columns = await timed(gc, () => scoreBookColumns(facts, { scorecard: defaultScorecard, now: NOW }, orders));
  report("score whole book as data (100k accounts)", columns.ms, "ms", "< 250 ms");
  report("score whole book as data, CPU time", columns.cpuMs, "ms");
  report("score whole book as data, of which GC pauses", columns.gcMs, "ms");
  report(
    "score whole book as data, ratio to the baseline loop (CPU)",
    columns.cpuMs / Math.max(floor.cpuMs, 0.001),
    "x",
  );
  report(
    "peak memory (RSS), book held in memory, orders as columns",
    process.resourceUsage().maxRSS / 1024,
    "MB",
    "< 300",
  );
  report(
    "peak memory (RSS) above the process before the book",
    (process.resourceUsage().maxRSS * 1024 - rssFloor) / 1024 / 1024,
    "MB",
  );
  report("memory (RSS) the scoring added", (process.memoryUsage().rss - rssBefore) / 1024 / 1024, "MB");

  const { book } = columns.value;
  const rand = prng(7);
  const samples: number[] = [];
  for (let k = 0; k < WRITES; k++) {
    const i = Math.floor(rand() * N);
    const before: ScoringFacts = { ...facts[i], orders: ordersOf(orders, i, facts[i].account.id) };
    const order = { ...before.orders[0], id: `write-${k}`, orderedAt: NOW, amount: 10_000 + k };
    const after: ScoringFacts = { ...before, orders: [...before.orders, order] };
    const start = performance.now();
    scoreAccount(after, { scorecard: defaultScorecard, now: NOW, book });
    samples.push((performance.now() - start) * 1000);
  }
  report("re-score one account after a write, p50", percentile(samples, 50), "µs", "< 1000");
  report("re-score one account after a write, p95", percentile(samples, 95), "µs", "< 1000");
}
