import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Where a chat turn's time goes (issue 14): each stage's wall time, summed per turn. Off unless a caller runs the turn
 * inside `measureStages` (the chat bench); then every `stage` on that turn's async path adds to its own record, so
 * turns running side by side do not mix. Outside a measurement `stage` only calls through.
 *
 * A stage's record is its own time: a stage timed inside another (the checkpointer's read inside the graph's run)
 * is taken out of the outer one's, so the records add up to the turn's time with nothing counted twice, and the
 * "graph" record is LangGraph's own work. A stage inside one of the same name (the runtime's checkpoint read and
 * the saver's read within it) is counted once.
 */
export type StageTimes = Record<string, number>;

type Frame = { stages: StageTimes; name?: string; inner: number };

const current = new AsyncLocalStorage<Frame>();

/** Runs `fn`, timing each stage it passes through. */
export async function measureStages<T>(fn: () => Promise<T>): Promise<{ value: T; stages: StageTimes }> {
  const stages: StageTimes = {};
  const value = await current.run({ stages, inner: 0 }, fn);
  return { value, stages };
}

/** Times `fn` as stage `name` of the turn being measured, if any. */
export async function stage<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const outer = current.getStore();
  if (!outer || outer.name === name) return fn();
  const frame: Frame = { stages: outer.stages, name, inner: 0 };
  const start = performance.now();
  try {
    return await current.run(frame, fn);
  } finally {
    const ms = performance.now() - start;
    outer.inner += ms;
    frame.stages[name] = (frame.stages[name] ?? 0) + ms - frame.inner;
  }
}

/** Adds `ms` to stage `name` of the turn being measured (for a stage timed in place, synchronous code). */
export function addStage(name: string, ms: number): void {
  const frame = current.getStore();
  if (!frame) return;
  frame.stages[name] = (frame.stages[name] ?? 0) + ms;
  frame.inner += ms;
}

/** The stage the caller runs in, if a turn is being measured ("" outside any stage): the bench counts statements. */
export function currentStage(): string | undefined {
  const frame = current.getStore();
  return frame ? (frame.name ?? "") : undefined;
}
