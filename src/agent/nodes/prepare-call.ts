import { describeError } from "../../describe-error";
import type { ExecutedCall, PlannedCall } from "../state";
import type { ToolContext, ToolDef } from "../tool-types";

/** Runs a write tool's `prepare` on valid arguments: the resolved call to confirm, or a failure to answer with. */
export async function prepareCall(
  // biome-ignore lint/suspicious/noExplicitAny: any tool of the registry
  tool: ToolDef<any, any>,
  call: PlannedCall,
  ctx: ToolContext,
): Promise<{ call: PlannedCall } | { executed: ExecutedCall }> {
  const parsed = tool.input.safeParse(call.args);
  if (!parsed.success || !tool.prepare) return { call };
  try {
    const out = await tool.prepare(parsed.data, ctx);
    if (out.ok) return { call: { ...call, args: out.data as Record<string, unknown> } };
    return { executed: { ...call, ok: false, result: { error: out.error } } };
  } catch (err) {
    ctx.deps.logger.error("tool prepare failed", { tool: call.name, ...describeError(err) });
    return {
      executed: { ...call, ok: false, result: { error: { code: "tool_failed", message: "Nothing was changed." } } },
    };
  }
}
