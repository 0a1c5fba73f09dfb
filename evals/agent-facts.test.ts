import { describe, expect, it } from "vitest";
import { daySpellings, statesFact } from "./agent-facts";

describe("a day stated in words", () => {
  it("accepts the same day in zh and en words, and the ISO day", () => {
    for (const reply of [
      "本周（11月16日起）",
      "2026年11月16日这周",
      "Week of Nov 16",
      "week of 16 November 2026",
      "2026-11-16",
    ])
      expect(statesFact(reply, "2026-11-16", "text"), reply).toBe(true);
  });
  it("rejects another day, including one that only shares a prefix", () => {
    for (const reply of ["11月17日", "Nov 17", "11月6日", "Nov 1", "Nov 160", "1月16日起", "2026-11-17"])
      expect(statesFact(reply, "2026-11-16", "text"), reply).toBe(false);
    expect(statesFact("Nov 1", "2026-11-16", "text")).toBe(false);
    expect(statesFact("11月1日", "2026-11-01", "text")).toBe(true);
    expect(statesFact("111月1日", "2026-11-01", "text")).toBe(false);
  });
  it("spells September both ways", () => {
    expect(daySpellings("2026-09-07")).toEqual(expect.arrayContaining(["Sep 7", "Sept 7", "9月7日"]));
  });
  it("accepts a moment as its day in words and its time, and nothing else", () => {
    for (const reply of [
      "最近一次联系：2026年10月10日 14:30，拜访",
      "Last contact: Oct 10, 2026 14:30",
      "2026-10-10 14:30",
    ])
      expect(statesFact(reply, "2026-10-10 14:30", "text"), reply).toBe(true);
    for (const reply of ["2026年10月10日 15:30", "Oct 11, 2026 14:30", "Oct 10, 2026"])
      expect(statesFact(reply, "2026-10-10 14:30", "text"), reply).toBe(false);
  });
});
