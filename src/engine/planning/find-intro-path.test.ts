import { describe, expect, it } from "vitest";
import type { Contact } from "../types";
import { buildOrgGraph } from "./build-org-graph";
import { findIntroPath } from "./find-intro-path";
import { contact } from "./test-fixtures";

const path = (contacts: Contact[], target = "dm", championId: string | null = null, maxHops?: number) =>
  findIntroPath(buildOrgGraph(contacts), target, "unmet", { championId, maxHops });

describe("findIntroPath", () => {
  it("prefers the stronger tie over the nearer one within the reporting line", () => {
    const p = path([
      contact("dm", { reportsToId: "m" }),
      contact("m", { reportsToId: "top", ourStrength: 2 }),
      contact("top", { ourStrength: 4 }),
    ]);
    expect(p).toMatchObject({ via: ["top", "m"], strength: 4, distance: 2 });
  });

  it("breaks equal strength by fewer hops, then influence, then id", () => {
    const p = path([
      contact("dm", { reportsToId: "m" }),
      contact("m", { reportsToId: "top", ourStrength: 3, influence: 2 }),
      contact("top", { ourStrength: 3, influence: 5 }),
      contact("r2", { reportsToId: "dm", ourStrength: 3, influence: 4 }),
      contact("r1", { reportsToId: "dm", ourStrength: 3, influence: 4 }),
    ]);
    expect(p?.via).toEqual(["r1"]);
  });

  it("never asks an opponent or someone we barely know", () => {
    const p = path([
      contact("dm", { reportsToId: "m" }),
      contact("m", { ourStrength: 5, attitude: "opponent" }),
      contact("peer", { reportsToId: "m", ourStrength: 1 }),
    ]);
    expect(p).toBeNull();
  });

  it("falls back to the champion when nobody in the reporting line can introduce us", () => {
    const p = path([contact("dm"), contact("champ", { ourStrength: 5 })], "dm", "champ");
    expect(p).toMatchObject({ via: ["champ"], distance: null, strength: 5 });
  });

  it("looks past a manager who left to the next manager up", () => {
    const p = path([
      contact("dm", { reportsToId: "gone" }),
      contact("gone", { reportsToId: "top", leftCompany: true, ourStrength: 5 }),
      contact("top", { ourStrength: 3 }),
    ]);
    expect(p).toMatchObject({ via: ["top"], distance: 1 });
  });

  it("stops at the hop limit", () => {
    const chain = [
      contact("dm", { reportsToId: "a" }),
      contact("a", { reportsToId: "b", ourStrength: 0 }),
      contact("b", { ourStrength: 4 }),
    ];
    expect(path(chain, "dm", null, 1)).toBeNull();
    expect(path(chain, "dm", null, 2)?.via).toEqual(["b", "a"]);
  });

  it("terminates on a reporting cycle", () => {
    const p = path([contact("dm", { reportsToId: "a" }), contact("a", { reportsToId: "dm", ourStrength: 3 })]);
    expect(p?.via).toEqual(["a"]);
  });
});
