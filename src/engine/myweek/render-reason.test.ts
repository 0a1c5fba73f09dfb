import { describe, expect, it } from "vitest";
import { cadenceFor } from "../scoring/cadence-for";
import { LIFECYCLES } from "../types";
import { NAMED_CADENCES } from "./render-reason";

describe("the words for cadence touchpoints", () => {
  it("name every touchpoint any lifecycle stage asks for, so a reason never shows a code", () => {
    const codes = new Set(LIFECYCLES.flatMap((stage) => cadenceFor(stage).map((c) => c.code)));
    expect([...codes].filter((c) => !NAMED_CADENCES.includes(c))).toEqual([]);
  });
});
