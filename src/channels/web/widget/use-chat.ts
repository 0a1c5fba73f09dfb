import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { Card } from "../../../agent/cards";
import type { Decision } from "./cards/confirm-card";
import type { Lang } from "./i18n";
import { type ChatRequest, streamChat } from "./stream-chat";
import { type ChatMessage, clearThread, loadThread, saveThread } from "./thread-store";

let counter = 0;
const newId = () => `m${Date.now().toString(36)}${(counter++).toString(36)}`;

export type Chat = {
  messages: ChatMessage[];
  busy: boolean;
  replyLang: Lang | null;
  send(text: string): void;
  decide(messageId: string, cardIndex: number, decision: Decision): void;
  stop(): void;
  reset(): void;
};

/** The conversation: one streamed turn at a time, threadId kept per server for the tab's lifetime. */
export function useChat(server: string, auth: string | null, labels: Record<Decision, string>): Chat {
  const [stored] = useState(() => loadThread(server));
  const [messages, setMessages] = useState<ChatMessage[]>(stored.messages);
  const [busy, setBusy] = useState(false);
  const [replyLang, setReplyLang] = useState<Lang | null>(
    [...stored.messages].reverse().find((m) => m.lang)?.lang ?? null,
  );
  const threadId = useRef<string | null>(stored.threadId);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!busy) saveThread(server, { threadId: threadId.current, messages });
  }, [busy, messages, server]);

  const turn = useCallback(
    (body: ChatRequest, userText: string) => {
      if (abort.current) return;
      const id = newId();
      const update = (fn: (m: ChatMessage) => ChatMessage) =>
        setMessages((prev) => prev.map((m) => (m.id === id ? fn(m) : m)));
      setMessages((prev) => [
        ...prev,
        { id: newId(), role: "user", text: userText, cards: [] },
        { id, role: "assistant", text: "", cards: [], pending: true },
      ]);
      const controller = new AbortController();
      abort.current = controller;
      setBusy(true);
      const streamed: Card[] = [];
      const end = () => {
        abort.current = null;
        setBusy(false);
      };
      streamChat(
        { ...body, threadId: threadId.current },
        { server, auth, signal: controller.signal },
        {
          onToken: (text) => update((m) => ({ ...m, text: m.text + text })),
          onCard: (card) => {
            streamed.push(card);
            update((m) => ({ ...m, cards: [...streamed] }));
          },
          onDone: ({ threadId: tid, reply }) => {
            threadId.current = tid ?? threadId.current;
            const cards = reply.cards?.length ? reply.cards : streamed;
            update((m) => ({ ...m, text: reply.text ?? m.text, cards, lang: reply.language, pending: false }));
            if (reply.language) setReplyLang(reply.language);
            end();
          },
          onError: (error) => {
            update((m) => ({ ...m, pending: false, error: error.code === "aborted" ? undefined : error }));
            end();
          },
        },
      );
    },
    [server, auth],
  );

  const send = useCallback(
    (text: string) => {
      const trimmed = text.trim();
      if (trimmed) turn({ message: trimmed }, trimmed);
    },
    [turn],
  );

  const decide = useCallback(
    (messageId: string, cardIndex: number, decision: Decision) => {
      if (abort.current) return;
      setMessages((prev) =>
        prev.map((m) => (m.id === messageId ? { ...m, decisions: { ...m.decisions, [cardIndex]: decision } } : m)),
      );
      turn({ confirm: decision }, labels[decision]);
    },
    [turn, labels],
  );

  const stop = useCallback(() => abort.current?.abort(), []);

  const reset = useCallback(() => {
    abort.current?.abort();
    threadId.current = null;
    clearThread(server);
    setMessages([]);
  }, [server]);

  return { messages, busy, replyLang, send, decide, stop, reset };
}
