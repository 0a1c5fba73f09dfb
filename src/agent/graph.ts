import { END, type LangGraphRunnableConfig, START, StateGraph } from "@langchain/langgraph";
import type { AgentOptions } from "./agent-types";
import { actNode } from "./nodes/act";
import { confirmNode } from "./nodes/confirm";
import { planModelNode } from "./nodes/plan-model-node";
import { planOfflineNode } from "./nodes/plan-offline-node";
import { respondNode } from "./nodes/respond";
import { afterAct, afterConfirm, afterPlan } from "./routers";
import { AgentState, type AgentStateType, trimTranscript } from "./state";

/**
 * Furrow's agent: plan (offline rules or the model) -> act (read tools) -> confirm (interrupt before a write)
 * -> respond (templates, or the model's grounded draft). Returned uncompiled: the caller compiles it with its
 * checkpointer (Postgres in the app, in-memory in unit tests).
 *
 * Offline, plan, act and respond run as one node ("offline"): the same steps in the same order, without a graph
 * superstep (and its bookkeeping) between them, since offline nothing happens between them but their own work.
 * A write still stops at "confirm" (an interrupt), and "respond" follows it, as before.
 */
export function buildAgentGraph(opts: AgentOptions) {
  if (!opts.model) {
    return new StateGraph(AgentState)
      .addNode("offline", offlineTurnNode(opts))
      .addNode("confirm", confirmNode(opts))
      .addNode("respond", respondNode(opts))
      .addEdge(START, "offline")
      .addConditionalEdges("offline", (s) => (s.turn.pending ? "confirm" : END), ["confirm", END])
      .addEdge("confirm", "respond") // offline, a confirmation is answered at once (afterConfirm)
      .addEdge("respond", END);
  }
  return new StateGraph(AgentState)
    .addNode("plan", planModelNode(opts))
    .addNode("act", actNode(opts))
    .addNode("confirm", confirmNode(opts))
    .addNode("respond", respondNode(opts))
    .addEdge(START, "plan")
    .addConditionalEdges("plan", afterPlan, ["act", "respond"])
    .addConditionalEdges("act", (s) => afterAct(s, "llm"), ["confirm", "plan", "respond"])
    .addConditionalEdges("confirm", (s) => afterConfirm(s, "llm"), ["plan", "respond"])
    .addEdge("respond", END);
}

type Update = Partial<AgentStateType>;

/**
 * The offline graph's plan -> act -> respond path in one node, each step's update applied as the graph would
 * (turn and context replaced, transcript appended); it stops before respond when act left a write pending.
 */
function offlineTurnNode(opts: AgentOptions) {
  const plan = planOfflineNode(opts);
  const act = actNode(opts);
  const respond = respondNode(opts);
  return async (state: AgentStateType, config: LangGraphRunnableConfig): Promise<Update> => {
    let current = state;
    const added: AgentStateType["transcript"] = [];
    const apply = (u: Update) => {
      if (u.transcript) added.push(...u.transcript);
      current = {
        ...current,
        ...(u.turn ? { turn: u.turn } : {}),
        ...(u.context ? { context: u.context } : {}),
        ...(u.transcript ? { transcript: trimTranscript([...current.transcript, ...u.transcript]) } : {}),
      };
    };
    const result = (): Update => ({
      turn: current.turn,
      context: current.context,
      ...(added.length ? { transcript: added } : {}),
    });
    apply(await plan(current, config));
    if (afterPlan(current) === "act") {
      apply(await act(current, config));
      if (afterAct(current, "offline") === "confirm") return result();
    }
    apply(await respond(current, config));
    return result();
  };
}
