import { interrupt, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { type AgentOptions, turnConfig } from "../agent-types";
import type { AgentStateType } from "../state";
import { runTool } from "./run-tool";

export type ConfirmRequest = { tool: string; summary: string; args: Record<string, unknown> };
export type ConfirmDecision = "approve" | "reject";

/** Pauses the graph (a LangGraph interrupt, persisted in the checkpoint) until the user approves or rejects the write. */
export function confirmNode(opts: AgentOptions) {
  return async (state: AgentStateType, config: LangGraphRunnableConfig) => {
    const call = state.turn.pending;
    if (!call) return {};
    const tool = opts.tools[call.name];
    const parsed = tool.input.safeParse(call.args);
    if (!parsed.success) {
      const executed = {
        ...call,
        ok: false,
        result: { error: { code: "invalid_arguments", message: parsed.error.message } },
      };
      return { turn: { ...state.turn, pending: null, executed: [...state.turn.executed, executed] } };
    }
    const request: ConfirmRequest = {
      tool: call.name,
      summary: tool.summarize?.(parsed.data, state.turn.language) ?? call.name,
      args: parsed.data,
    };
    const decision = interrupt<ConfirmRequest, ConfirmDecision>(request);
    const { user, now } = turnConfig(config);
    const executed =
      decision === "approve"
        ? await runTool(opts.tools, call, { deps: opts.deps, user, now: new Date(now), language: state.turn.language })
        : { ...call, ok: false, cancelled: true, result: { cancelled: true } };
    return { turn: { ...state.turn, pending: null, executed: [...state.turn.executed, executed] } };
  };
}
