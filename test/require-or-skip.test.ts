import { afterEach, describe, expect, it, vi } from "vitest";
import { requireOrSkip } from "./require-or-skip";

describe("requireOrSkip", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("runs a test whose prerequisite is there", () => {
    vi.stubEnv("CI", "true");
    expect(requireOrSkip("Chromium", true, "apt-get install chromium")).toBe(true);
  });

  it("fails under CI when the prerequisite is missing", () => {
    vi.stubEnv("CI", "true");
    expect(() => requireOrSkip("Chromium", false, "apt-get install chromium")).toThrow(/CI is set.*Chromium/);
  });

  it("skips locally, loudly", () => {
    vi.stubEnv("CI", "");
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(requireOrSkip("Chromium", false, "apt-get install chromium")).toBe(false);
    expect(err.mock.calls[0][0]).toMatch(/SKIPPED: Chromium is missing: apt-get install chromium/);
  });
});
