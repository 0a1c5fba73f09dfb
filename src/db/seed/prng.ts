import { createHash } from "node:crypto";

/** A seeded pseudo-random source: the demo data must be identical for the same `now`, so never Math.random. */
export type Rng = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
};

/** mulberry32: tiny, fast and good enough for fake data. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

/** A stable seed per topic, so adding an account does not reshuffle every other account's data. */
export function seedOf(text: string): number {
  return createHash("sha1").update(text).digest().readUInt32LE(0);
}

/**
 * Stable UUID-shaped ids (name-based, v5 layout) so the seed fits `uuid` and `text` columns alike and the
 * same demo entity keeps its id across boots.
 */
export function demoId(kind: string, key: string): string {
  const h = createHash("sha1").update(`furrow-demo:${kind}:${key}`).digest("hex");
  const variant = ((Number.parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
