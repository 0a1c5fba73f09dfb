import { z } from "zod";
import type { ToolRegistry } from "./agent-types";
import type { ChatTool } from "./model";

/** The registry as OpenAI tool definitions: JSON Schema from the same zod schemas that validate the calls. */
export function toChatTools(tools: ToolRegistry, opts: { includeWrites: boolean }): ChatTool[] {
  return Object.values(tools)
    .filter((t) => opts.includeWrites || !t.write)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t) => ({
      type: "function" as const,
      function: {
        name: t.name,
        description: t.write
          ? `${t.description} (Asks the user to confirm before anything is written.)`
          : t.description,
        parameters: z.toJSONSchema(t.input, { target: "draft-7" }) as Record<string, unknown>,
      },
    }));
}
