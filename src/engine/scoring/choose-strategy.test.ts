import { describe, expect, it } from "vitest";
import type { Severity } from "../types";
import { chooseStrategy, type Level } from "./choose-strategy";

const pick = (potential: Level, contribution: Level, growth: number | null = 0, churnLevel: Severity = "low") =>
  chooseStrategy({ hasOrders: true, potential, contribution, growth, churnLevel }).strategy;

describe("chooseStrategy", () => {
  it("acquires a prospect with mid or high potential and watches one with low potential", () => {
    const prospect = (potential: Level) =>
      chooseStrategy({ hasOrders: false, potential, contribution: "low", growth: null, churnLevel: "low" }).strategy;
    expect([prospect("high"), prospect("mid"), prospect("low")]).toEqual(["acquire", "acquire", "watch"]);
  });

  it("maps each nine-box cell of a steady account to its strategy", () => {
    const table = (["low", "mid", "high"] as Level[]).map((c) =>
      (["low", "mid", "high"] as Level[]).map((p) => pick(p, c)),
    );
    // rows: contribution low, mid, high; columns: potential low, mid, high
    expect(table).toEqual([
      ["watch", "watch", "grow"],
      ["watch", "retain", "grow"],
      ["retain", "retain", "grow"],
    ]);
  });

  it("wins back a contributing account whose revenue fell 30% or whose churn risk is high", () => {
    expect(pick("high", "high", -0.3)).toBe("winback");
    expect(pick("low", "mid", -0.29)).toBe("watch");
    expect(pick("low", "mid", 0.1, "high")).toBe("winback");
    expect(pick("high", "low", -0.9, "high")).toBe("grow");
  });
});

describe("chooseStrategy from history", () => {
  const base = {
    hasOrders: true,
    potential: "low" as Level,
    contribution: "low" as Level,
    churnLevel: "low" as Severity,
  };

  it("wins back an account whose prior-year contribution was high and whose revenue has fallen away", () => {
    const c = chooseStrategy({ ...base, growth: -1, priorContribution: "high" });
    expect(c).toEqual({
      strategy: "winback",
      rule: "high contribution the year before and revenue down 30% or more -> winback",
    });
    expect(chooseStrategy({ ...base, growth: -1, priorContribution: "low" }).strategy).toBe("watch");
    expect(chooseStrategy({ ...base, growth: -0.2, priorContribution: "mid" }).strategy).toBe("watch");
  });

  it("wins back an account lost to a competitor, whatever this year's cell says", () => {
    const c = chooseStrategy({ ...base, potential: "high", growth: null, lifecycle: "lost" });
    expect(c.strategy).toBe("winback");
    expect(c.rule).toContain("competitor");
  });
});
