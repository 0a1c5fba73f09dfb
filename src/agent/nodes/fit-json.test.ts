import { describe, expect, it } from "vitest";
import { fitJson } from "./fit-json";

const contacts = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `联系人${i}`, title: "信息科主任".repeat(3), note: null }));

describe("fitJson", () => {
  it("returns a result that fits unchanged", () => {
    const v = { a: 1, b: null, list: [1, 2, 3] };
    expect(fitJson(v, 1000)).toBe(JSON.stringify(v));
  });

  it("cuts the longest list, keeps valid JSON and the fields after it, and says how many were left out", () => {
    const v = { accountName: "华东医疗集团有限公司", map: { contacts: contacts(40), analysis: { champion: "c3" } } };
    const out = fitJson(v, 1200);
    expect(out.length).toBeLessThanOrEqual(1200);
    const back = JSON.parse(out);
    expect(back.accountName).toBe("华东医疗集团有限公司");
    expect(back.map.analysis).toEqual({ champion: "c3" });
    const list = back.map.contacts as unknown[];
    expect(list[0]).toEqual({ id: "c0", name: "联系人0", title: "信息科主任".repeat(3) });
    const note = String(list.at(-1));
    const kept = list.length - 1;
    expect(note).toBe(`… ${40 - kept} more not shown`);
  });

  it("shortens one huge string and never returns more than the limit", () => {
    const out = fitJson({ text: "x".repeat(50_000), n: 1 }, 600);
    expect(JSON.parse(out)).toEqual({ text: `${"x".repeat(400)}…`, n: 1 });
    expect(fitJson({ a: "y".repeat(300), b: "z".repeat(300), c: "w".repeat(300) }, 100).length).toBeLessThanOrEqual(
      100,
    );
  });
});
