import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// Furrow's own tests. LangGraph's checkpointer conformance suite runs apart: `npm run test:conformance`.
export const CONFORMANCE = "test/checkpointer-conformance.test.ts";

/** A test file that starts processes: real Furrow servers (test/server.ts), Chromium, other commands. */
const STARTS_PROCESSES = /from "(\.\/server|playwright-core|node:child_process)"/;

/**
 * Vitest's order (the longest first by the last run's durations, or the largest file first when it has none, as on a
 * fresh clone), with the files that start processes before all others: they are the run's longest (servers boot,
 * migrate and seed; browsers start), and started last on a fresh clone (most are small files), one of them alone
 * on one core at the end made the run tens of seconds longer.
 */
class ProcessesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const starts = new Map(sorted.map((f) => [f, STARTS_PROCESSES.test(readFileSync(f.moduleId, "utf8"))]));
    return [...sorted.filter((f) => starts.get(f)), ...sorted.filter((f) => !starts.get(f))];
  }
}

/** Tests that change the environment (vi.stubEnv) or globals: each in a fresh process. */
const ISOLATED = "test/require-or-skip.test.ts";
const EXCLUDE = ["**/node_modules/**", CONFORMANCE];

/** Unit tests beside the code: no process, no environment variable or global they leave changed. */
const UNIT = ["src/**/*.test.ts", "tools/**/*.test.ts", "prompts/**/*.test.ts", "evals/**/*.test.ts"];

export default defineConfig({
  test: {
    exclude: EXCLUDE,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ["test/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    // The files that start servers, browsers or commands first (ProcessesFirst above), with or without last run's times.
    sequence: { sequencer: ProcessesFirst },
    projects: [
      {
        // Unit tests beside the code and test/ (the API in process, real servers, stand-ins, browsers) in one project,
        // so in one module cache per worker: none of them changes the environment or a module's state (each opens its
        // own database and servers), and as two projects each had workers of its own that imported and transformed
        // the agent, drizzle and LangGraph again (each file re-importing them in a fresh process was most of the
        // unit tests' time).
        extends: true,
        test: {
          name: "main",
          include: [...UNIT, "test/**/*.test.ts"],
          exclude: [...EXCLUDE, ISOLATED],
          isolate: false,
        },
      },
      {
        // Changes environment variables and mocks console: a process of its own.
        extends: true,
        test: { name: "isolated", include: [ISOLATED] },
      },
    ],
  },
});
