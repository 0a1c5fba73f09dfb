import type { AgentStateType } from "./state";

/** Pure routing decisions of the graph, tested directly. */

export const MAX_MODEL_STEPS = 4;

/** After planning: run tools if any were planned, otherwise reply. */
export function afterPlan(state: AgentStateType): "act" | "respond" {
  return state.turn.planned.length > 0 ? "act" : "respond";
}

/** After running the read tools: ask for confirmation of a pending write; in LLM mode let the model look again. */
export function afterAct(state: AgentStateType, mode: "offline" | "llm"): "confirm" | "plan" | "respond" {
  if (state.turn.pending) return "confirm";
  if (mode === "llm" && state.turn.steps < MAX_MODEL_STEPS) return "plan";
  return "respond";
}

/** After a confirmation: the model may react to the write's result; offline replies at once. */
export function afterConfirm(state: AgentStateType, mode: "offline" | "llm"): "plan" | "respond" {
  return mode === "llm" && state.turn.steps < MAX_MODEL_STEPS ? "plan" : "respond";
}
