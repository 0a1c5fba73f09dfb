import { describe, expect, it } from "vitest";
import { extractHorizonMonths } from "./extract-horizon";

describe("extractHorizonMonths", () => {
  it.each([
    ["做一份未来6个月的计划", 6],
    ["出个半年的客户计划", 6],
    ["两年期的规划", 24],
    ["Draft an account plan for the next 6 months", 6],
    ["a 18-month plan", 18],
    ["plan for half a year", 6],
  ])("reads %s as %i months", (text, months) => {
    expect(extractHorizonMonths(text)).toBe(months);
  });

  it("leaves the horizon unset when none is given or it is out of range", () => {
    expect(extractHorizonMonths("给星海医院做一个客户计划")).toBeUndefined();
    expect(extractHorizonMonths("a plan for the next 60 months")).toBeUndefined();
  });
});
