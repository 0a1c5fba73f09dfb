import { createRoute, z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import type { createAgentRuntime, TurnResponse } from "../../agent/runtime";
import { LIMITS } from "../../limits";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses } from "./schemas";

const ChatRequest = z
  .object({
    message: z
      .string()
      .max(LIMITS.field.message, `message is longer than ${LIMITS.field.message} characters`)
      .optional()
      .openapi({ example: "华东医疗集团的客户计划" }),
    threadId: z.string().uuid("must be a conversation id from an earlier answer").optional(),
    confirm: z
      .enum(["approve", "reject"])
      .optional()
      .openapi({ description: "Answer to a pending write's confirmation card" }),
  })
  .refine((b) => Boolean(b.message?.trim()) || Boolean(b.confirm), {
    message: "send a message, or confirm with a threadId",
    path: ["message"],
  })
  .refine((b) => !b.confirm || Boolean(b.threadId), {
    message: "confirm needs the threadId of the conversation",
    path: ["threadId"],
  })
  .openapi("ChatRequest");

const ChatResponse = z
  .object({
    threadId: z.string(),
    reply: z.object({ text: z.string(), language: z.enum(["zh", "en"]), cards: z.array(z.any()) }),
    toolCalls: z.array(z.object({ name: z.string(), args: z.any(), result: z.any() })),
  })
  .openapi("ChatResponse");

const chatRoute = createRoute({
  method: "post",
  path: "/api/chat",
  summary: "One chat turn with the assistant",
  description:
    "Replies follow the user's language. Writes (save a plan, add an action, log an interaction) answer with a confirm card; send `{threadId, confirm}` to approve or reject.",
  security: bearerSecurity,
  request: { body: { content: { "application/json": { schema: ChatRequest } }, required: true } },
  responses: {
    200: {
      description: "The reply, its cards and the tool calls behind it",
      content: { "application/json": { schema: ChatResponse } },
    },
    ...errorResponses,
  },
});

const streamRoute = createRoute({
  method: "post",
  path: "/api/chat/stream",
  summary: "The same turn as server-sent events",
  description:
    "Events: `token` {text} (the checked reply, in pieces), `card` (each card), then `done` (the full answer as /api/chat gives it). A turn that fails answers before the stream starts, with its HTTP status and the JSON error body of every route.",
  security: bearerSecurity,
  request: { body: { content: { "application/json": { schema: ChatRequest } }, required: true } },
  responses: {
    200: { description: "text/event-stream", content: { "text/event-stream": { schema: z.string() } } },
    ...errorResponses,
  },
});

/** Splits a reply into pieces for streaming: by line and sentence, so the reader sees it build up. */
export function streamPieces(text: string): string[] {
  return text.match(/[^。！？\n.!?]+[。！？.!?]?\n?|\n/g) ?? [text];
}

export function chatRoutes(runtime: ReturnType<typeof createAgentRuntime>) {
  const app = createApi();
  app.openapi(chatRoute, async (c) => c.json(await runtime.run(c.get("user"), c.req.valid("json")), 200));
  app.openapi(streamRoute, async (c) => {
    const body = c.req.valid("json");
    const user = c.get("user");
    // The turn runs before the stream opens, so a failure (busy, not found, bad input) answers with its own HTTP
    // status and JSON error through the app's error handler, like /api/chat, instead of a 200 with an error event.
    const answer: TurnResponse = await runtime.run(user, body);
    const res = streamSSE(c, async (stream) => {
      for (const piece of streamPieces(answer.reply.text))
        await stream.writeSSE({ event: "token", data: JSON.stringify({ text: piece }) });
      for (const card of answer.reply.cards) await stream.writeSSE({ event: "card", data: JSON.stringify(card) });
      await stream.writeSSE({ event: "done", data: JSON.stringify(answer) });
    });
    // Say the charset: some clients read an unlabelled event stream as Latin-1 and garble Chinese.
    res.headers.set("content-type", "text/event-stream; charset=utf-8");
    return res as never;
  });
  return app;
}
