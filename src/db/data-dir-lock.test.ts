import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock";

describe("lockDataDir", () => {
  it("refuses a folder that a running process holds, naming its pid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "furrow-lock-"));
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      writeFileSync(join(dir, "furrow.lock"), String(child.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(String(child.pid));
    } finally {
      child.kill();
    }
  });

  it("takes over a lock left by a process that is gone, and releases it", () => {
    const dir = mkdtempSync(join(tmpdir(), "furrow-lock-"));
    writeFileSync(join(dir, "furrow.lock"), "999999999");
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, "furrow.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, "furrow.lock"))).toBe(false);
  });
});
