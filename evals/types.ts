/**
 * `threshold` is the gate: under it the run fails (a regression). `goal` is where the product wants to be: a metric
 * under its goal is reported as such but does not fail the run, so an unmet goal is visible without hiding progress.
 */
export type EvalMetric = { name: string; score: number; n: number; threshold?: number; goal?: number };
export type EvalResult = { suite: string; metrics: EvalMetric[]; misses: string[] };
