import { defineConfig } from "vitest/config";
import ProcessesFirst from "./test/sequencer";

// Furrow's own tests. LangGraph's checkpointer conformance suite runs apart: `npm run test:conformance`.
export const CONFORMANCE = "test/checkpointer-conformance.test.ts";

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
    // The files that start servers, browsers or commands first (test/sequencer.ts), with or without last run's times.
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
