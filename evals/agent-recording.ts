// Recorded model responses for the LLM-path evals. A step is a model turn: tool calls and/or text. Arguments and
// text may hold {{tool.path}} placeholders filled from the tool results in the request the model answers (the
// latest call of that tool, or {{tool#n.path}} for its n-th call this turn), so a recording cites real results.

import { money, num, pct } from "../prompts/format";
import { createScriptedModel, type ModelRequest, type ModelTurn } from "../src/agent/model";
import { at } from "./agent-facts";
import type { Lang } from "./cases/agent-case-types";

export type RecordedCall = { name: string; args?: Record<string, unknown>; rawArgs?: string };
export type RecordedStep = { calls?: RecordedCall[]; text?: string; note?: string };

/** What a recorded case must show besides its turn expectations. */
export type SafeguardCheck =
  | "retried-invalid-args"
  | "reply-regenerated"
  | "template-fallback"
  | "notice-hidden"
  | "writes-withdrawn";

export type Recording = {
  /** The case's first message (or notice file), to catch a recording that drifted from its case. */
  first: string;
  steps: RecordedStep[];
  checks?: SafeguardCheck[];
};

/** Tool results in a request, by tool name, in call order. */
export function toolResultsIn(req: ModelRequest): Map<string, unknown[]> {
  const names = new Map<string, string>();
  const out = new Map<string, unknown[]>();
  for (const m of req.messages) {
    if (m.role === "assistant" && m.tool_calls)
      for (const c of m.tool_calls) if (c.type === "function") names.set(c.id, c.function.name);
    if (m.role === "tool") {
      const name = names.get(m.tool_call_id);
      const body = String(m.content).replace(/^<(tool_result|external_data)>|<\/(tool_result|external_data)>$/g, "");
      let value: unknown;
      try {
        value = JSON.parse(body);
      } catch {
        value = undefined;
      }
      if (name) out.set(name, [...(out.get(name) ?? []), value]);
    }
  }
  return out;
}

const PLACEHOLDER = /\{\{([a-z_]+)(?:#(\d+))?\.([\w.]+)(?:\|(money|pct|num))?\}\}/g;

function fill(template: string, results: Map<string, unknown[]>, lang: Lang): string {
  return template.replace(PLACEHOLDER, (_all, tool: string, nth: string | undefined, path: string, format?: string) => {
    const list = results.get(tool) ?? [];
    const value = at(nth === undefined ? list.at(-1) : list[Number(nth)], path);
    if (value === undefined || value === null) return "?";
    if (format === "money") return money(Number(value), lang);
    if (format === "pct") return pct(Number(value));
    if (format === "num") return num(Number(value));
    return String(value);
  });
}

function fillValue(v: unknown, results: Map<string, unknown[]>, lang: Lang): unknown {
  if (typeof v === "string") {
    const whole = v.match(/^\{\{([a-z_]+)(?:#(\d+))?\.([\w.]+)\}\}$/);
    if (whole) {
      const list = results.get(whole[1]) ?? [];
      return at(whole[2] === undefined ? list.at(-1) : list[Number(whole[2])], whole[3]);
    }
    return fill(v, results, lang);
  }
  if (Array.isArray(v)) return v.map((x) => fillValue(x, results, lang));
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillValue(x, results, lang)]));
  return v;
}

/** The recorded steps as a scripted model (every request kept in `calls`). */
export function replayRecording(rec: Recording, lang: Lang) {
  let callNo = 0;
  const steps = rec.steps.map((step) => (req: ModelRequest): ModelTurn => {
    const results = toolResultsIn(req);
    return {
      content: step.text === undefined ? null : fill(step.text, results, lang),
      toolCalls: (step.calls ?? []).map((c) => ({
        id: `call_${++callNo}`,
        name: c.name,
        arguments: c.rawArgs ?? JSON.stringify(fillValue(c.args ?? {}, results, lang)),
      })),
    };
  });
  return createScriptedModel(steps, "recorded");
}
