import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { type AgentOptions, turnConfig } from "../agent-types";
import { understandMessage, updateContext } from "../offline";
import { planOfflineCalls } from "../plan-offline";
import type { AgentStateType } from "../state";
import { addStage, stage } from "../turn-stages";

/** Offline understanding: rules in zh and en decide the tool and its arguments. */
export function planOfflineNode(opts: AgentOptions) {
  return async (state: AgentStateType, config: LangGraphRunnableConfig) => {
    const { user, now, thread_id } = turnConfig(config);
    const dir = await stage("name directory", () => opts.directory(user));
    const start = performance.now();
    const u = understandMessage({
      message: state.turn.message,
      now,
      accounts: dir.accounts,
      contacts: dir.contacts,
      context: state.context,
      otherNames: [...dir.knownNames, ...dir.otherNames],
      hiddenAccountNames: dir.otherNames,
    });
    const { calls, reason, ask } = planOfflineCalls(u, `${thread_id}-${now}`, now.slice(0, 10), {
      accounts: dir.accounts,
      contacts: dir.contacts,
      message: state.turn.message,
    });
    addStage("understanding", performance.now() - start);
    return {
      turn: {
        ...state.turn,
        language: u.language,
        intent: reason ? `${u.intent}:${reason}` : u.intent,
        planned: calls,
        ask: ask ?? null,
        steps: state.turn.steps + 1,
      },
      context: updateContext(state.context, u),
    };
  };
}
