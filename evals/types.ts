export type EvalMetric = { name: string; score: number; n: number; threshold?: number };
export type EvalResult = { suite: string; metrics: EvalMetric[]; misses: string[] };
