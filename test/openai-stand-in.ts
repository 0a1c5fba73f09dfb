import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Recorded = { path: string; auth: string | undefined; body: Record<string, unknown> };
/** What the stand-in answers: a status and JSON body, or "hang" (never answers, for timeouts). */
export type Answer = { status?: number; json: unknown } | "hang";
export type Handler = (req: Recorded) => Answer;

/**
 * A local OpenAI-compatible HTTP server (`/v1/chat/completions`, `/v1/embeddings`) that records what it was sent
 * and answers from a queue of handlers, one per request. The real `openai` client talks to it over real HTTP.
 */
export async function startOpenAIStandIn() {
  const requests: Recorded[] = [];
  const queue: Handler[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const recorded: Recorded = {
      path: req.url ?? "",
      auth: req.headers.authorization,
      body: raw ? JSON.parse(raw) : {},
    };
    requests.push(recorded);
    const handler = queue.shift();
    const answer: Answer = handler
      ? handler(recorded)
      : { status: 500, json: { error: { message: "stand-in: no answer queued" } } };
    if (answer === "hang") {
      hanging.push(res);
      return;
    }
    res.writeHead(answer.status ?? 200, { "content-type": "application/json" });
    res.end(JSON.stringify(answer.json));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    /** Queues answers for the next requests, in order. */
    answer: (...handlers: Handler[]) => queue.push(...handlers),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A chat completion whose message calls one tool. */
export const toolCallCompletion = (name: string, args: unknown, id = "call_1") => ({
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 0,
  model: "stand-in",
  choices: [
    {
      index: 0,
      finish_reason: "tool_calls",
      message: {
        role: "assistant",
        content: null,
        tool_calls: [{ id, type: "function", function: { name, arguments: JSON.stringify(args) } }],
      },
    },
  ],
});

/** A chat completion whose message is text. */
export const textCompletion = (content: string) => ({
  id: "chatcmpl-2",
  object: "chat.completion",
  created: 0,
  model: "stand-in",
  choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }],
});
