import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Where a chat turn's time goes (issue 14): each stage's wall time, summed per turn. Off unless a caller runs the turn
 * inside `measureStages` (the chat bench); then every `stage` on that turn's async path adds to its own record, so
 * turns running side by side do not mix. Outside a measurement `stage` only calls through.
 */
export type StageTimes = Record<string, number>;

const current = new AsyncLocalStorage<StageTimes>();

/** Runs `fn`, timing each stage it passes through. */
export async function measureStages<T>(fn: () => Promise<T>): Promise<{ value: T; stages: StageTimes }> {
  const stages: StageTimes = {};
  const value = await current.run(stages, fn);
  return { value, stages };
}

/** Times `fn` as stage `name` of the turn being measured, if any. */
export async function stage<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const stages = current.getStore();
  if (!stages) return fn();
  const start = performance.now();
  try {
    return await fn();
  } finally {
    stages[name] = (stages[name] ?? 0) + performance.now() - start;
  }
}

/** Adds `ms` to stage `name` of the turn being measured (for a stage timed in place, synchronous code). */
export function addStage(name: string, ms: number): void {
  const stages = current.getStore();
  if (stages) stages[name] = (stages[name] ?? 0) + ms;
}
