import { describe, expect, it } from "vitest";
import { layoutPowerMap } from "./layout-power-map";

const contacts = (...ids: string[]) => ids.map((id) => ({ id }));
const reports = (from: string, to: string) => ({ from, to });

describe("layoutPowerMap", () => {
  it("puts a manager one layer above the people who report to them, centred over them", () => {
    const out = layoutPowerMap({
      contacts: contacts("ceo", "cto", "cfo", "dev"),
      edges: [reports("cto", "ceo"), reports("cfo", "ceo"), reports("dev", "cto")],
    });
    const at = Object.fromEntries(out.nodes.map((n) => [n.id, n]));
    expect(at.ceo.depth).toBe(0);
    expect(at.cto.depth).toBe(1);
    expect(at.cfo.depth).toBe(1);
    expect(at.dev.depth).toBe(2);
    expect(at.ceo.x).toBe((at.cfo.x + at.cto.x) / 2);
    expect(at.dev.x).toBe(at.cto.x);
    expect(out.links).toHaveLength(3);
    expect(out.depth).toBe(2);
  });

  it("gives the same picture whatever the order of contacts and edges", () => {
    const edges = [reports("b", "a"), reports("c", "a"), reports("d", "b"), reports("e", "x")];
    const one = layoutPowerMap({ contacts: contacts("a", "b", "c", "d", "e", "x"), edges });
    const two = layoutPowerMap({ contacts: contacts("x", "e", "d", "c", "b", "a"), edges: [...edges].reverse() });
    expect(two).toEqual(one);
  });

  it("places every contact once even when reporting lines form a cycle", () => {
    const out = layoutPowerMap({
      contacts: contacts("a", "b", "c", "d"),
      edges: [reports("a", "b"), reports("b", "c"), reports("c", "a"), reports("d", "b"), reports("a", "a")],
    });
    expect(out.nodes.map((n) => n.id)).toEqual(["a", "b", "c", "d"]);
    expect(new Set(out.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(4);
    // The cycle is broken at the smallest id, which becomes a root.
    expect(out.nodes.find((n) => n.id === "a")!.depth).toBe(0);
  });

  it("ignores edges to unknown contacts and keeps the first manager by id", () => {
    const out = layoutPowerMap({
      contacts: contacts("a", "b", "m1", "m2"),
      edges: [reports("a", "ghost"), reports("b", "m2"), reports("b", "m1")],
    });
    expect(out.links).toEqual([{ from: "b", to: "m1" }]);
    expect(out.nodes.find((n) => n.id === "a")!.depth).toBe(0);
  });

  it("never puts two nodes of the same layer in the same place", () => {
    const ids = Array.from({ length: 30 }, (_, i) => `c${String(i).padStart(2, "0")}`);
    const edges = ids.slice(1).map((id, i) => reports(id, ids[Math.floor(i / 3)]));
    const out = layoutPowerMap({ contacts: contacts(...ids), edges });
    const spots = out.nodes.map((n) => `${n.x},${n.y}`);
    expect(new Set(spots).size).toBe(ids.length);
    expect(out.width).toBeGreaterThan(0);
  });

  it("handles an empty map", () => {
    expect(layoutPowerMap({ contacts: [], edges: [] }).nodes).toEqual([]);
  });
});
