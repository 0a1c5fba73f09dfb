import OpenAI from "openai";

/** The slice of the OpenAI chat API Furrow uses; any OpenAI-compatible endpoint speaks it. */
export type ChatMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;
export type ChatTool = OpenAI.Chat.Completions.ChatCompletionTool;
export type ModelToolCall = { id: string; name: string; arguments: string };
export type ModelTurn = { content: string | null; toolCalls: ModelToolCall[] };
export type ModelRequest = { messages: ChatMessage[]; tools?: ChatTool[]; purpose: "act" | "reply" };

export type ChatModel = { name: string; complete: (req: ModelRequest) => Promise<ModelTurn> };

/** A model behind `openai` against OPENAI_BASE_URL (OpenAI, Azure, DeepSeek, Qwen, Ollama, vLLM). */
export function createOpenAIModel(opts: {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs?: number;
}): ChatModel {
  const client = new OpenAI({
    apiKey: opts.apiKey,
    baseURL: opts.baseURL,
    timeout: opts.timeoutMs ?? 60_000,
    maxRetries: 1,
  });
  return {
    name: opts.model,
    complete: async (req) => {
      const res = await client.chat.completions.create({
        model: opts.model,
        messages: req.messages,
        tools: req.tools?.length ? req.tools : undefined,
        temperature: 0,
      });
      const msg = res.choices[0]?.message;
      return {
        content: msg?.content ?? null,
        toolCalls: (msg?.tool_calls ?? [])
          .filter((c) => c.type === "function")
          .map((c) => ({
            id: c.id,
            name: (c as { function: { name: string } }).function.name,
            arguments: (c as { function: { arguments: string } }).function.arguments,
          })),
      };
    },
  };
}

/**
 * A scripted model for tests and recorded evals: each call takes the next step of the script. A step is a fixed
 * turn or a function of the request (so a recording can answer with what the tools returned). Running past the
 * end of the script is an error, so a test notices an unexpected extra call.
 */
export function createScriptedModel(
  steps: (ModelTurn | ((req: ModelRequest) => ModelTurn))[],
  name = "scripted",
): ChatModel & { calls: ModelRequest[] } {
  const calls: ModelRequest[] = [];
  return {
    name,
    calls,
    complete: async (req) => {
      calls.push(req);
      const step = steps[calls.length - 1];
      if (!step) throw new Error(`scripted model: no step ${calls.length} (script has ${steps.length})`);
      return typeof step === "function" ? step(req) : step;
    },
  };
}
