import type { Card } from "../../../agent/cards";
import type { Decision } from "./cards/confirm-card";
import type { Lang } from "./i18n";
import type { ChatError } from "./stream-chat";

export type ChatMessage = {
  id: string;
  role: "user" | "assistant";
  text: string;
  cards: Card[];
  lang?: Lang;
  pending?: boolean;
  error?: ChatError;
  /** Answers given to this message's confirmation cards, by card index. */
  decisions?: Record<number, Decision>;
};

export type StoredThread = { threadId: string | null; messages: ChatMessage[] };

const KEEP = 40;
const keyFor = (server: string) => `furrow:thread:${server}`;

/** The conversation survives a page reload within the tab (sessionStorage), one per server. */
export function loadThread(server: string): StoredThread {
  try {
    const raw = sessionStorage.getItem(keyFor(server));
    const parsed = raw ? (JSON.parse(raw) as StoredThread) : null;
    if (parsed && Array.isArray(parsed.messages)) return parsed;
  } catch {
    // storage blocked (privacy mode, sandboxed iframe) or corrupt: start fresh
  }
  return { threadId: null, messages: [] };
}

export function saveThread(server: string, thread: StoredThread): void {
  const messages = thread.messages.filter((m) => !m.pending && !m.error).slice(-KEEP);
  try {
    sessionStorage.setItem(keyFor(server), JSON.stringify({ threadId: thread.threadId, messages }));
  } catch {
    try {
      sessionStorage.setItem(keyFor(server), JSON.stringify({ threadId: thread.threadId, messages: [] }));
    } catch {
      // storage unavailable: the thread lives as long as the page
    }
  }
}

export function clearThread(server: string): void {
  try {
    sessionStorage.removeItem(keyFor(server));
  } catch {
    // nothing stored
  }
}
