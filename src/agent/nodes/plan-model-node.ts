import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { systemPrompt } from "../../../prompts/system";
import { type AgentOptions, turnConfig } from "../agent-types";
import type { ChatMessage, ModelTurn } from "../model";
import { detectLanguage } from "../offline/detect-language";
import type { AgentStateType, PlannedCall } from "../state";
import { toChatTools } from "../tool-schemas";
import { planOfflineNode } from "./plan-offline-node";
import { toolMessages } from "./tool-messages";

/**
 * The model decides the tools. Its tool arguments are validated with the tools' zod schemas; one invalid call gets
 * one retry with the validation error, then the turn goes on without it. After a tool returned external data
 * (notice fields, imported notes) the write tools are withdrawn for the rest of the turn.
 */
export function planModelNode(opts: AgentOptions) {
  const offline = planOfflineNode(opts);
  return async (state: AgentStateType, config: LangGraphRunnableConfig) => {
    try {
      return await planWithModel(opts, state, config);
    } catch (err) {
      // The model service is down or unreachable: this turn is understood by the offline rules instead of failing.
      opts.deps.logger.warn("model call failed; answering this turn offline", { error: String(err) });
      if (state.turn.steps > 0)
        return { turn: { ...state.turn, planned: [], draft: null, steps: state.turn.steps + 1 } };
      return offline(state, config);
    }
  };
}

async function planWithModel(opts: AgentOptions, state: AgentStateType, config: LangGraphRunnableConfig) {
  const model = opts.model!;
  const { user, now, thread_id } = turnConfig(config);
  // A pasted notice goes straight to the deterministic parser; the model only ever sees the parsed fields.
  if (state.turn.steps === 0 && state.turn.notices.length) {
    const planned = state.turn.notices.map((text, i) => ({
      id: `${thread_id}-notice-${i}`,
      name: "parse_notice",
      args: { text },
    }));
    return { turn: { ...state.turn, intent: "llm", planned, steps: 1 } };
  }
  const language =
    state.turn.steps === 0
      ? detectLanguage(state.turn.message, state.turn.message, state.context.language)
      : state.turn.language;
  const external = state.turn.executed.some((c) => opts.tools[c.name]?.external);
  const tools = toChatTools(opts.tools, { includeWrites: !external });
  const messages: ChatMessage[] = [
    { role: "system", content: systemPrompt({ language, userName: user.name, today: now.slice(0, 10) }) },
    ...state.transcript,
    ...toolMessages(state.turn.executed, opts.tools),
  ];
  let turn: ModelTurn = await model.complete({ messages, tools, purpose: "act" });
  let calls = validCalls(opts, turn);
  if (calls.invalid.length) {
    const feedback: ChatMessage = {
      role: "user",
      content: `Your tool call arguments were invalid: ${calls.invalid.join("; ")}. Call the tools again with valid arguments.`,
    };
    turn = await model.complete({ messages: [...messages, feedback], tools, purpose: "act" });
    calls = validCalls(opts, turn);
  }
  const allowedNames = new Set(tools.map((t) => (t as { function: { name: string } }).function.name));
  const allowed = calls.valid.filter((c) => allowedNames.has(c.name));
  return {
    turn: {
      ...state.turn,
      language,
      intent: "llm",
      planned: allowed,
      draft: allowed.length ? null : (turn.content ?? ""),
      steps: state.turn.steps + 1,
    },
  };
}

function validCalls(opts: AgentOptions, turn: ModelTurn): { valid: PlannedCall[]; invalid: string[] } {
  const valid: PlannedCall[] = [];
  const invalid: string[] = [];
  for (const c of turn.toolCalls) {
    const tool = opts.tools[c.name];
    let args: unknown;
    try {
      args = JSON.parse(c.arguments || "{}");
    } catch {
      invalid.push(`${c.name}: arguments are not JSON`);
      continue;
    }
    const parsed = tool?.input.safeParse(args);
    if (!tool || !parsed?.success)
      invalid.push(
        `${c.name}: ${tool ? parsed?.error?.issues.map((i: { message: string }) => i.message).join(", ") : "no such tool"}`,
      );
    else valid.push({ id: c.id, name: c.name, args: parsed.data as Record<string, unknown> });
  }
  return { valid, invalid };
}
