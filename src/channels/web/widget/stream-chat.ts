import type { Card, Reply } from "../../../agent/cards";
import { createSseParser, type SseMessage } from "./parse-sse";

export type ChatError = { code: string; message: string; requestId?: string };
export type DoneEvent = { threadId: string; reply: Reply };

export type StreamHandlers = {
  onToken(text: string): void;
  onCard(card: Card): void;
  onDone(done: DoneEvent): void;
  onError(error: ChatError): void;
};

export type ChatRequest =
  | { message: string; threadId?: string | null }
  | { confirm: "approve" | "reject"; threadId?: string | null };

export type StreamOptions = { server: string; auth: string | null; signal?: AbortSignal };

/** One turn over POST /api/chat/stream; every outcome ends in exactly one onDone or onError. */
export async function streamChat(body: ChatRequest, opts: StreamOptions, on: StreamHandlers): Promise<void> {
  let finished = false;
  const finish = (fn: () => void) => {
    if (finished) return;
    finished = true;
    fn();
  };
  const handle = (msg: SseMessage) => {
    if (finished) return;
    const data = safeJson(msg.data);
    if (msg.event === "token" && data && typeof data.text === "string") on.onToken(data.text);
    else if (msg.event === "card" && data && typeof data.kind === "string") on.onCard(data as Card);
    else if (msg.event === "done" && data?.reply) finish(() => on.onDone(data as DoneEvent));
    else if (msg.event === "error") finish(() => on.onError(toChatError(data)));
  };
  try {
    const headers: Record<string, string> = { "content-type": "application/json", accept: "text/event-stream" };
    if (opts.auth) headers.authorization = `Bearer ${opts.auth}`;
    const res = await fetch(`${opts.server}/api/chat/stream`, {
      method: "POST",
      headers,
      body: JSON.stringify({ ...body, threadId: body.threadId ?? undefined }),
      signal: opts.signal,
    });
    const type = res.headers.get("content-type") ?? "";
    if (!res.ok || !type.includes("text/event-stream") || !res.body) {
      const data = safeJson(await res.text());
      if (res.ok && data?.reply) return finish(() => on.onDone(data as DoneEvent));
      return finish(() => on.onError(toChatError(data, res.status)));
    }
    // stream: true keeps a Chinese character cut between two chunks intact.
    const decoder = new TextDecoder();
    const reader = res.body.getReader();
    const parser = createSseParser();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const msg of parser.push(decoder.decode(value, { stream: true }))) handle(msg);
    }
    for (const msg of [...parser.push(decoder.decode()), ...parser.end()]) handle(msg);
    finish(() => on.onError({ code: "stream_ended", message: "The reply stream ended early." }));
  } catch (err) {
    if ((err as Error)?.name === "AbortError") return finish(() => on.onError({ code: "aborted", message: "" }));
    finish(() => on.onError({ code: "network", message: (err as Error)?.message ?? String(err) }));
  }
}

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON is inspected field by field
function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON is inspected field by field
function toChatError(data: any, status?: number): ChatError {
  const e = data?.error;
  if (e && typeof e === "object") {
    return { code: String(e.code ?? "error"), message: String(e.message ?? ""), requestId: e.requestId };
  }
  return { code: status ? `http_${status}` : "error", message: typeof e === "string" ? e : "" };
}
