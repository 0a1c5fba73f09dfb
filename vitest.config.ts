import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "src/**/*.test.ts",
      "tools/**/*.test.ts",
      "prompts/**/*.test.ts",
      "test/**/*.test.ts",
      "evals/**/*.test.ts",
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ["test/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
  },
});
