import { defineConfig } from "vitest/config";

// Furrow's own tests. LangGraph's checkpointer conformance suite runs apart: `npm run test:conformance`.
export const CONFORMANCE = "test/checkpointer-conformance.test.ts";

export default defineConfig({
  test: {
    include: [
      "src/**/*.test.ts",
      "tools/**/*.test.ts",
      "prompts/**/*.test.ts",
      "test/**/*.test.ts",
      "evals/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", CONFORMANCE],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ["test/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
  },
});
