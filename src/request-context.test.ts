import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { settleAll } from "./request-context";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

// A process with the guard installed: a request's query fails after nobody awaits it any more (drizzle's error, which
// carries the SQL and its parameters). The guard must log it with the request's id and no parameters, and the process
// must go on to do more work; without the guard Node ends it with exit code 1.
const SCRIPT = `
import { createLogger } from "./src/logger.ts";
import { guardUnhandledRejections, requestContext } from "./src/request-context.ts";
const lines = [];
guardUnhandledRejections(createLogger("info", (l) => lines.push(JSON.parse(l))));
const failedQuery = new Error("Failed query: select * from contacts where phone = $1\\nparams: 13800138000");
failedQuery.cause = Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" });
requestContext.run({ requestId: "req-42" }, () => { void Promise.reject(failedQuery); });
setTimeout(() => { console.log(JSON.stringify({ still: "serving", lines })); }, 50);
`;

describe("the process-level guard", () => {
  it("logs a stray rejection with its request id and no SQL parameters, and keeps the process running", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { still: string; lines: Record<string, unknown>[] };
    expect(out.still).toBe("serving");
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatchObject({ msg: "unhandled rejection", requestId: "req-42", code: "57014" });
    expect(JSON.stringify(out.lines)).not.toContain("13800138000");
  });
});

describe("settleAll", () => {
  it("waits for every member before it rejects, with the first failure in order", async () => {
    const finished: string[] = [];
    const slow = new Promise<string>((r) => setTimeout(() => r("slow"), 30)).then((v) => {
      finished.push(v);
      return v;
    });
    const late = new Promise<never>((_, j) => setTimeout(() => j(new Error("second")), 10));
    const early = Promise.reject(new Error("first"));
    await expect(settleAll([slow, late, early])).rejects.toThrow("second");
    // Promise.all would have rejected at once, with "first", while `slow` was still running.
    expect(finished).toEqual(["slow"]);
  });

  it("resolves with the values in order", async () => {
    await expect(
      settleAll([Promise.resolve(1), "two", new Promise((r) => setTimeout(() => r(3), 5))]),
    ).resolves.toEqual([1, "two", 3]);
  });
});
