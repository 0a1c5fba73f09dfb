import type { ToolRegistry } from "../agent-types";
import type { ChatMessage } from "../model";
import type { ExecutedCall } from "../state";
import { fitJson } from "./fit-json";

const LIMIT = 12_000;

/**
 * This turn's tool calls and results as the model sees them. Results are JSON inside an <external_data> or
 * <tool_result> envelope: data to read, never instructions to follow.
 */
export function toolMessages(executed: ExecutedCall[], tools: ToolRegistry): ChatMessage[] {
  if (!executed.length) return [];
  const assistant: ChatMessage = {
    role: "assistant",
    content: null,
    tool_calls: executed.map((c) => ({
      id: c.id,
      type: "function" as const,
      function: { name: c.name, arguments: JSON.stringify(shownArgs(c, tools)) },
    })),
  };
  const results: ChatMessage[] = executed.map((c) => {
    const body = fitJson(c.result, LIMIT);
    const tag = tools[c.name]?.external ? "external_data" : "tool_result";
    return { role: "tool" as const, tool_call_id: c.id, content: `<${tag}>${body}</${tag}>` };
  });
  return [assistant, ...results];
}

/** The call's arguments with outside text (e.g. a pasted notice) replaced by a placeholder. */
function shownArgs(c: ExecutedCall, tools: ToolRegistry): Record<string, unknown> {
  const hidden = tools[c.name]?.hiddenArgs ?? [];
  return Object.fromEntries(
    Object.entries(c.args).map(([k, v]) => [
      k,
      hidden.includes(k) ? `[${String(v).length} characters of outside text, not shown]` : v,
    ]),
  );
}
