// Planning engine speed: plan generation per account (with and without building its power map) over
// 2,000 synthetic accounts of 10-40 contacts, and the power map of one account with 500 and 5,000 contacts.
// The machine is shared: besides plain wall-clock percentiles, "best of 3" runs each account three times and
// keeps the fastest, which removes time spent descheduled while keeping the per-account spread.
import { performance } from "node:perf_hooks";
import type { PowerMap } from "../src/engine/planning/index";
import { buildPowerMap, generatePlan } from "../src/engine/planning/index";
import { NOW, product, score, syntheticFacts } from "../src/engine/planning/test-fixtures";
import { STRATEGIES } from "../src/engine/types";
import { percentile, report } from "./util";

const ACCOUNTS = 2_000;
const products = ["SKU-A", "SKU-B", "SKU-C", "SKU-D", "SKU-E"].map((sku) => product(sku));
const owner = { id: "u-1", name: "Bench" };

function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function timePlans(repeats: number): { plan: number[]; full: number[] } {
  const plan: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const facts = syntheticFacts(i + 1, 10 + (i % 31));
    const s = score(STRATEGIES[i % STRATEGIES.length]);
    let bestPlan = Number.POSITIVE_INFINITY;
    let bestFull = Number.POSITIVE_INFINITY;
    for (let r = 0; r < repeats; r++) {
      let pm: PowerMap | undefined;
      const tMap = timeOnce(() => {
        pm = buildPowerMap(facts, { now: NOW });
      });
      const tPlan = timeOnce(() => generatePlan({ facts, score: s, powerMap: pm, products, owner, now: NOW }));
      bestPlan = Math.min(bestPlan, tPlan);
      bestFull = Math.min(bestFull, tMap + tPlan);
    }
    plan.push(bestPlan);
    full.push(bestFull);
  }
  return { plan, full };
}

function timePowerMap(contacts: number, runs: number): number[] {
  const facts = syntheticFacts(42, contacts);
  return Array.from({ length: runs }, () => timeOnce(() => buildPowerMap(facts, { now: NOW })));
}

export async function run(): Promise<void> {
  timePlans(1); // warm-up: let the JIT settle before measuring
  const cpu0 = process.cpuUsage();
  const wall = timePlans(1);
  const cpu = process.cpuUsage(cpu0);
  report("plan generation per account p50", percentile(wall.plan, 50), "ms");
  report("plan generation per account p95", percentile(wall.plan, 95), "ms", "< 5 ms");
  report("power map + plan per account p95", percentile(wall.full, 95), "ms", "< 5 ms");
  report("power map + plan per account, mean CPU time", (cpu.user + cpu.system) / 1000 / ACCOUNTS, "ms");
  const best = timePlans(3);
  report("plan generation per account p95 (best of 3)", percentile(best.plan, 95), "ms", "< 5 ms");
  report("power map + plan per account p95 (best of 3)", percentile(best.full, 95), "ms", "< 5 ms");
  timePowerMap(500, 20);
  const pm500 = timePowerMap(500, 200);
  report("power map, 500 contacts p50", percentile(pm500, 50), "ms");
  report("power map, 500 contacts p95", percentile(pm500, 95), "ms", "< 10 ms");
  report("power map, 500 contacts fastest", Math.min(...pm500), "ms");
  const pm5000 = timePowerMap(5_000, 30);
  report("power map, 5,000 contacts p50", percentile(pm5000, 50), "ms", "about 10x the 500-contact p50: O(n log n)");
}
