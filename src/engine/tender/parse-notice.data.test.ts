import { describe, expect, it } from "vitest";
import { loadTenderNotices } from "../../../test/fixtures/tender-notices";
import { gradeParsedNotice } from "./grade-parsed-notice";
import { parseNotice } from "./parse-notice";
import { ParsedNoticeSchema } from "./schema";

// Floors sit a little under today's figures so that a real regression fails, not a lucky rule. The
// development part is what rules were written against; the measured-only part is never tuned to.
// dev2 (tenders/dev2, written by us and labelled before the parser read it) has its own floor.
const FLOOR = { development: 0.97, measured: 0.9, dev2: 0.98 };
type Part = keyof typeof FLOOR;
const inPart = (n: { part: string; dev2: boolean }, part: Part) =>
  part === "dev2" ? n.dev2 : n.part === part && !n.dev2;

describe("parseNotice on the in-repo labelled notices", () => {
  const all = loadTenderNotices();

  it("finds the labelled notices (80 published, split into two parts, plus development notices written by us)", () => {
    expect(all.filter((n) => !n.written).length).toBe(80);
    expect(all.filter((n) => n.part === "measured").length).toBe(41);
    // written notices are development examples only: none may join the measured part
    expect(all.filter((n) => n.written && n.part === "measured")).toEqual([]);
    expect(all.filter((n) => n.written).length).toBeGreaterThanOrEqual(11);
    expect(all.filter((n) => n.dev2).length).toBeGreaterThanOrEqual(40);
  });

  it("parses every notice into a schema-valid ParsedNotice", () => {
    for (const n of all) expect(() => ParsedNoticeSchema.parse(parseNotice(n.text)), n.name).not.toThrow();
  });

  for (const part of ["development", "measured", "dev2"] as const) {
    it(`grades at least ${FLOOR[part]} of the labelled fields right on the ${part} part`, () => {
      let right = 0;
      let total = 0;
      const misses: string[] = [];
      for (const n of all.filter((x) => inPart(x, part))) {
        for (const g of gradeParsedNotice(parseNotice(n.text), n.label)) {
          total++;
          if (g.ok) right++;
          else if (part !== "measured") misses.push(`${n.name} ${g.field}`);
        }
      }
      expect(total).toBeGreaterThan(200);
      expect(right / total, misses.join("; ")).toBeGreaterThanOrEqual(FLOOR[part]);
    });
  }

  it("gives byte-identical output for the same text", () => {
    for (const n of all.slice(0, 10))
      expect(JSON.stringify(parseNotice(n.text))).toBe(JSON.stringify(parseNotice(n.text)));
  });
});
