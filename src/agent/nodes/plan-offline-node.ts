import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { type AgentOptions, turnConfig } from "../agent-types";
import { understandMessage, updateContext } from "../offline";
import { otherChoice, pickChoice } from "../offline/pick-choice";
import { planOfflineCalls } from "../plan-offline";
import type { AgentStateType } from "../state";
import { addStage, stage } from "../turn-stages";

/** Offline understanding: rules in zh and en decide the tool and its arguments. */
export function planOfflineNode(opts: AgentOptions) {
  return async (state: AgentStateType, config: LangGraphRunnableConfig) => {
    const { user, now, thread_id } = turnConfig(config);
    const dir = await stage("name directory", () => opts.directory(user));
    const start = performance.now();
    // A typed answer to last turn's choices ("津湾那个") asks that choice's question.
    const picked = pickChoice(state.turn.message, state.context.lastChoices, dir.accounts, dir.contacts);
    // "ok and the other one?" right after a pick from two: the one not picked, asked the same question.
    const message = picked ?? otherChoice(state.turn.message, state.context.otherChoices) ?? state.turn.message;
    const others = picked ? state.context.lastChoices?.filter((c) => c.message !== picked) : undefined;
    const u = understandMessage({
      message,
      now,
      accounts: dir.accounts,
      contacts: dir.contacts,
      context: state.context,
      otherNames: [...dir.knownNames, ...dir.otherNames],
      hiddenAccountNames: dir.otherNames,
      competitors: dir.competitors,
      reps: dir.reps,
    });
    const { calls, reason, ask } = planOfflineCalls(u, `${thread_id}-${now}`, now.slice(0, 10), {
      accounts: dir.accounts,
      contacts: dir.contacts,
      message,
      unconfirmed: state.turn.unconfirmed,
      lastListIds: state.context.lastListIds,
      lastIntent: state.context.lastIntent,
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
      context: {
        ...updateContext(state.context, u),
        lastChoices: ask?.options?.length ? ask.options : undefined,
        otherChoices: others?.length ? others : undefined,
      },
    };
  };
}
