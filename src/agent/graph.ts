import { END, START, StateGraph } from "@langchain/langgraph";
import type { AgentOptions } from "./agent-types";
import { actNode } from "./nodes/act";
import { confirmNode } from "./nodes/confirm";
import { planModelNode } from "./nodes/plan-model-node";
import { planOfflineNode } from "./nodes/plan-offline-node";
import { respondNode } from "./nodes/respond";
import { afterAct, afterConfirm, afterPlan } from "./routers";
import { AgentState } from "./state";

/**
 * Furrow's agent: plan (offline rules or the model) -> act (read tools) -> confirm (interrupt before a write)
 * -> respond (templates, or the model's grounded draft). Returned uncompiled: the caller compiles it with its
 * checkpointer (Postgres in the app, in-memory in unit tests).
 */
export function buildAgentGraph(opts: AgentOptions) {
  const mode = opts.model ? "llm" : "offline";
  return new StateGraph(AgentState)
    .addNode("plan", mode === "llm" ? planModelNode(opts) : planOfflineNode(opts))
    .addNode("act", actNode(opts))
    .addNode("confirm", confirmNode(opts))
    .addNode("respond", respondNode(opts))
    .addEdge(START, "plan")
    .addConditionalEdges("plan", afterPlan, ["act", "respond"])
    .addConditionalEdges("act", (s) => afterAct(s, mode), ["confirm", "plan", "respond"])
    .addConditionalEdges("confirm", (s) => afterConfirm(s, mode), ["plan", "respond"])
    .addEdge("respond", END);
}
