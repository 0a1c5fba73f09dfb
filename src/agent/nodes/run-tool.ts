import { describeError } from "../../describe-error";
import type { ToolRegistry } from "../agent-types";
import type { ExecutedCall, PlannedCall } from "../state";
import type { ToolContext } from "../tool-types";

/** Validates the arguments with the tool's zod schema and runs it; every failure comes back as data. */
export async function runTool(tools: ToolRegistry, call: PlannedCall, ctx: ToolContext): Promise<ExecutedCall> {
  const tool = tools[call.name];
  if (!tool)
    return {
      ...call,
      ok: false,
      result: { error: { code: "unknown_tool", message: `There is no tool ${call.name}.` } },
    };
  const parsed = tool.input.safeParse(call.args);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i: { path: PropertyKey[]; message: string }) => `${i.path.join(".") || "input"}: ${i.message}`)
      .join("; ");
    return { ...call, ok: false, result: { error: { code: "invalid_arguments", message } } };
  }
  try {
    const out = await tool.run(parsed.data, ctx);
    return {
      ...call,
      args: parsed.data as Record<string, unknown>,
      ok: out.ok,
      result: out.ok ? out.data : { error: out.error },
    };
  } catch (err) {
    ctx.deps.logger.error("tool failed", { tool: call.name, ...describeError(err) });
    return {
      ...call,
      ok: false,
      result: { error: { code: "tool_failed", message: "The tool failed; nothing was changed." } },
    };
  }
}
