import { defineConfig } from "vitest/config";
import { CONFORMANCE } from "./vitest.config";

// LangGraph's own checkpointer conformance suite (718 checks) against Furrow's saver: `npm run test:conformance`.
export default defineConfig({
  test: {
    include: [CONFORMANCE],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 1,
  },
});
