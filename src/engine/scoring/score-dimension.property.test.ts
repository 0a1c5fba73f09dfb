import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { round4 } from "./round";
import { attributePoints, bandPoints, columnPoints, compileBands, rawValue, unroundedEdge } from "./score-dimension";
import type { Dimension, RangeBand } from "./scorecard-schema";

// Book scoring meets numeric bands on unrounded edges (unroundedEdge) instead of rounding every value to 4 decimals:
// these check that it lands every value in the band its rounded value lands in, values at and next to the edges most.

/** The doubles next to x, k steps either way (the edges' neighbourhoods, where rounding decides). */
function neighbour(x: number, k: number): number {
  const f = new Float64Array([x]);
  const b = new BigInt64Array(f.buffer);
  b[0] += BigInt(x >= 0 ? k : -k);
  return f[0];
}

const edgeArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e7 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 10_000 + 0.00005),
  fc.integer({ min: -1000, max: 1000 }).map((k) => k / 100),
);

const bandsArb = fc.array(edgeArb, { minLength: 1, maxLength: 6 }).map((edges): RangeBand[] => {
  const sorted = [...edges].sort((a, b) => a - b);
  return [
    { max: sorted[0], points: 5 },
    ...sorted.map((min, k) => ({ min, ...(k + 1 < sorted.length ? { max: sorted[k + 1] } : {}), points: 10 + k })),
  ];
});

const dimension = (bands: RangeBand[]): Dimension => ({
  key: "d",
  weight: 1,
  rule: { kind: "metric", metric: "revenue12m", missing: 3, bands },
});

describe("numeric bands on unrounded edges", () => {
  it("puts the least double at or past an edge after rounding exactly at unroundedEdge", () => {
    fc.assert(
      fc.property(edgeArb, (edge) => {
        const t = unroundedEdge(edge);
        expect(round4(t)).toBeGreaterThanOrEqual(edge);
        expect(round4(neighbour(t, -1))).toBeLessThan(edge);
      }),
    );
  });

  it("gives every value the points its rounded value gets (values near the edges most)", () => {
    const valueNear = (bands: RangeBand[]) =>
      fc.oneof(
        fc.double({ noNaN: true, min: -2e7, max: 2e7 }),
        fc
          .tuple(
            fc.constantFrom(...bands.flatMap((b) => [b.min, b.max]).filter((e) => e !== undefined)),
            fc.integer({ min: -4, max: 4 }),
            fc.constantFrom(0, 0.00005, -0.00005),
          )
          .map(([e, k, off]) => neighbour((e as number) + off, k)),
      );
    fc.assert(
      fc.property(
        bandsArb.chain((bands) => fc.tuple(fc.constant(bands), fc.array(valueNear(bands), { maxLength: 40 }))),
        ([bands, values]) => {
          const c = compileBands(dimension(bands), bands);
          for (const x of values) {
            expect(columnPoints(c, x)).toBe(bandPoints(c, rawValue(x)));
            expect(attributePoints(c, x)).toBe(bandPoints(c, rawValue(x)));
          }
        },
      ),
    );
  });

  it("reads an attribute's text and odd values as rawValue does", () => {
    const c = compileBands(dimension([{ max: 1, points: 7 }]), { values: { retail: 40, 零售: 40 }, otherwise: 50 });
    for (const v of [" Retail ", "retail", "零售", "  ", "", "x", 3, null, undefined, Number.NaN, true]) {
      expect(attributePoints(c, v)).toBe(bandPoints(c, rawValue(v)));
      expect(attributePoints(c, v)).toBe(bandPoints(c, rawValue(v))); // the second time from the memo
    }
  });
});
