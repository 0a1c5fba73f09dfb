import { readFileSync } from "node:fs";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** A test file that starts processes: real Furrow servers (test/server.ts), Chromium, other commands. */
const STARTS_PROCESSES = /from "(\.\/server|playwright-core|node:child_process)"/;

/**
 * Vitest's order (the longest first by the last run's durations, or the largest file first when it has none, as on a
 * fresh clone), with the files that start processes before all others: they are the run's longest (servers boot,
 * migrate and seed; browsers start), and started last on a fresh clone (most are small files), one of them alone
 * on one core at the end made the run tens of seconds longer.
 */
export default class ProcessesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const starts = new Map(sorted.map((f) => [f, STARTS_PROCESSES.test(readFileSync(f.moduleId, "utf8"))]));
    return [...sorted.filter((f) => starts.get(f)), ...sorted.filter((f) => !starts.get(f))];
  }
}
