import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills the contract's defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 8787, DATA_DIR: "./.furrow", SEED_DEMO: true, BRIEFING_CRON: "0 8 * * 1" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names every bad variable and why, in one error", () => {
    let caught: unknown;
    try {
      parseEnv({
        PORT: "eighty",
        DATABASE_URL: "mysql://x",
        SEED_DEMO: "maybe",
        BRIEFING_CRON: "every monday",
        OPENAI_BASE_URL: "not a url",
      });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(EnvError);
    const problems = (caught as EnvError).problems.join("\n");
    for (const name of ["PORT", "DATABASE_URL", "SEED_DEMO", "BRIEFING_CRON", "OPENAI_BASE_URL"])
      expect(problems).toContain(name);
    const named = new Set((caught as EnvError).problems.map((p) => p.split(":")[0]));
    expect([...named].sort()).toEqual(["BRIEFING_CRON", "DATABASE_URL", "OPENAI_BASE_URL", "PORT", "SEED_DEMO"]);
  });

  it("treats empty strings as unset and rejects an unknown time zone", () => {
    expect(parseEnv({ PORT: "", SEED_DEMO: "false" })).toMatchObject({ PORT: 8787, SEED_DEMO: false });
    expect(() => parseEnv({ TZ: "Mars/Olympus" })).toThrow(/TZ/);
  });
});
