import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { type AgentOptions, turnConfig } from "../agent-types";
import type { AgentStateType, ExecutedCall } from "../state";
import { stage } from "../turn-stages";
import { prepareCall } from "./prepare-call";
import { runTool } from "./run-tool";

/** Runs the planned read tools; the first write is held back as `pending` for the user's confirmation. */
export function actNode(opts: AgentOptions) {
  return async (state: AgentStateType, config: LangGraphRunnableConfig) => {
    const { user, now } = turnConfig(config);
    const ctx = { deps: opts.deps, user, now: new Date(now), language: state.turn.language };
    const executed: ExecutedCall[] = [];
    let pending = null;
    for (const call of state.turn.planned) {
      const tool = opts.tools[call.name];
      if (tool?.write) {
        if (!pending && tool.prepare) {
          const ready = await prepareCall(tool, call, ctx);
          if ("executed" in ready) executed.push(ready.executed);
          else pending = ready.call;
        } else if (!pending) pending = call;
        else
          executed.push({
            ...call,
            ok: false,
            result: {
              error: { code: "one_write_at_a_time", message: "Only one change per turn; ask again for the next one." },
            },
          });
        continue;
      }
      executed.push(await stage("tools (SQL and engine)", () => runTool(opts.tools, call, ctx)));
    }
    return { turn: { ...state.turn, planned: [], pending, executed: [...state.turn.executed, ...executed] } };
  };
}
