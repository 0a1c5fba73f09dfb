import { STAGES } from "../types";

/** Probability that a deal in each stage closes won: the stage-weighted forecast's default weights. */
export const DEFAULT_STAGE_WEIGHTS: Record<string, number> = {
  lead: 0.1,
  qualified: 0.2,
  solution: 0.4,
  proposal: 0.6,
  negotiation: 0.8,
  won: 1,
  lost: 0,
};

/** A stage name outside STAGES (an unmapped CRM stage) is weighted like an early, qualified deal. */
export const UNKNOWN_STAGE_WEIGHT = 0.2;

/** Position in the canonical pipeline (lead = 0 … negotiation = 4, won 5, lost 6); -1 for unknown names. */
export function stageIndex(stage: string): number {
  return (STAGES as readonly string[]).indexOf(stage.trim().toLowerCase());
}

export function stageWeight(stage: string, weights: Record<string, number> = DEFAULT_STAGE_WEIGHTS): number {
  const key = stage.trim().toLowerCase();
  return weights[key] ?? DEFAULT_STAGE_WEIGHTS[key] ?? UNKNOWN_STAGE_WEIGHT;
}
