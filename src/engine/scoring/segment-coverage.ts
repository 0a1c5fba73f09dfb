import { LIFECYCLES, type Score, STRATEGIES, TIERS } from "../types";

const LEVELS = ["low", "mid", "high"] as const;
const NINE_BOXES = LEVELS.flatMap((p) => LEVELS.map((c) => `${p}-${c}`));
const QUADRANTS = ["core", "potential", "maintain", "develop"];

export type SegmentCoverage = {
  tiers: string[];
  nineBoxes: string[];
  quadrants: string[];
  strategies: string[];
  lifecycles: string[];
};

/**
 * Which tiers, nine-box cells, quadrants, strategies and lifecycle stages no score in the list
 * reaches (each list in its canonical order). A demo data set should leave every list empty.
 */
export function missingSegments(scores: Score[]): SegmentCoverage {
  const seen = new Set<string>();
  for (const s of scores) {
    seen.add(`tier:${s.tier}`);
    seen.add(`box:${s.segment.nineBox}`);
    seen.add(`quadrant:${s.segment.quadrant}`);
    seen.add(`strategy:${s.segment.strategy}`);
    seen.add(`lifecycle:${s.lifecycle}`);
  }
  const missing = (prefix: string, all: readonly string[]) => all.filter((x) => !seen.has(`${prefix}:${x}`));
  return {
    tiers: missing("tier", TIERS),
    nineBoxes: missing("box", NINE_BOXES),
    quadrants: missing("quadrant", QUADRANTS),
    strategies: missing("strategy", STRATEGIES),
    lifecycles: missing("lifecycle", LIFECYCLES),
  };
}
