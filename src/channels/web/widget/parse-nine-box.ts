export type Level = "low" | "mid" | "high";
export type NineBoxCell = { potential: Level; contribution: Level };

const LEVEL_ALIASES: Record<string, Level> = { low: "low", mid: "mid", medium: "mid", middle: "mid", high: "high" };

/**
 * Reads a nine-box code "potential-contribution" (e.g. "high-mid"). Tolerant of case, spaces, "_" or
 * "/" as the separator and "medium" for "mid"; anything else is null (the grid is drawn without a mark).
 */
export function parseNineBox(code: string | null | undefined): NineBoxCell | null {
  if (!code) return null;
  const m = /^\s*(low|mid|medium|middle|high)\s*[-_/]\s*(low|mid|medium|middle|high)\s*$/i.exec(code);
  if (!m) return null;
  return { potential: LEVEL_ALIASES[m[1].toLowerCase()], contribution: LEVEL_ALIASES[m[2].toLowerCase()] };
}
