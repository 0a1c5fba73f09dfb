import type { z } from "zod";
import type { User } from "../db/queries/users";
import type { Deps } from "../deps";
import type { Card } from "./cards";

export type Language = "zh" | "en";

/** Who asks, when, in which language: tools check visibility with `user` inside their queries. */
export type ToolContext = { deps: Deps; user: User; now: Date; language: Language };

/** A question back with concrete readings (the `choices` card): a failure that the user answers by picking one. */
export type ToolChoices = { question: string; options: { label: string; message: string }[] };

/** Failures are data the model (or the template) can read, not exceptions. */
export type ToolResult<O = unknown> =
  | { ok: true; data: O }
  | { ok: false; error: { code: string; message: string; choices?: ToolChoices } };

export type ToolDef<I extends z.ZodType = z.ZodType, O = unknown> = {
  name: string;
  description: string;
  input: I;
  /** Writes need the user's confirmation (a LangGraph interrupt) before they run. */
  write?: boolean;
  /** What a write will do, for the confirmation card. */
  summarize?: (args: z.infer<I>, language: Language) => string;
  run: (args: z.infer<I>, ctx: ToolContext) => Promise<ToolResult<O>>;
  /**
   * A write may resolve its arguments from the data before the confirmation ("the first action" → its id, title
   * and account), so the card names what will change; a failure is answered instead of asking.
   */
  prepare?: (args: z.infer<I>, ctx: ToolContext) => Promise<ToolResult<z.infer<I>>>;
  /** Cards for the channels, from this tool's own result. */
  cards?: (result: O, args: z.infer<I>) => Card[];
  /** True when the result carries text from outside (notices, imported notes): the model must treat it as data. */
  external?: boolean;
  /** Arguments the model must never see (raw outside text the user pasted); shown as a placeholder. */
  hiddenArgs?: string[];
};

export const ok = <O>(data: O): ToolResult<O> => ({ ok: true, data });
export const fail = (code: string, message: string, choices?: ToolChoices): ToolResult<never> => ({
  ok: false,
  error: choices ? { code, message, choices } : { code, message },
});
