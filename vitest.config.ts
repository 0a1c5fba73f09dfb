import { defineConfig } from "vitest/config";

// Furrow's own tests. LangGraph's checkpointer conformance suite runs apart: `npm run test:conformance`.
export const CONFORMANCE = "test/checkpointer-conformance.test.ts";

/** Unit tests beside the code: no process, no environment variable or global they leave changed. */
const UNIT = ["src/**/*.test.ts", "tools/**/*.test.ts", "prompts/**/*.test.ts", "evals/**/*.test.ts"];

export default defineConfig({
  test: {
    exclude: ["**/node_modules/**", CONFORMANCE],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ["test/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    projects: [
      {
        // One module cache per worker for the unit tests: each file re-importing the agent, drizzle and LangGraph
        // in a fresh process was most of their time. They share a process, not a database: each opens its own.
        extends: true,
        test: { name: "unit", include: UNIT, isolate: false },
      },
      {
        // test/: servers, environment variables, stand-ins; each file in a fresh process.
        extends: true,
        test: { name: "integration", include: ["test/**/*.test.ts"] },
      },
    ],
  },
});
