import { Annotation } from "@langchain/langgraph";
import type { Reply } from "./cards";
import type { ChatMessage } from "./model";
import type { ConversationContext, Language } from "./offline/types";

/** A tool call the turn decided on; `id` ties it to the model's tool_call id in LLM mode. */
export type PlannedCall = { id: string; name: string; args: Record<string, unknown> };
export type ExecutedCall = PlannedCall & { result: unknown; ok: boolean; cancelled?: boolean };

/** What a no-tool reply must say back: the name not found and the closest ones, the person who is elsewhere. */
export type Ask = {
  reason: string;
  intent?: string;
  name?: string;
  candidates?: { id: string; name: string }[];
  person?: string;
  accountName?: string;
  otherAccountName?: string;
  /** The readings offered as buttons: sending `message` picks one. */
  options?: { label: string; message: string }[];
};

/** One turn's working state; replaced at the start of every turn. */
export type Turn = {
  message: string;
  language: Language;
  /** What the offline understanding decided, or "llm". */
  intent: string;
  planned: PlannedCall[];
  executed: ExecutedCall[];
  pending: PlannedCall | null;
  /** The write the previous reply proposed that the user typed past instead of confirming (it is not saved). */
  unconfirmed?: { tool: string; args: Record<string, unknown> } | null;
  /** The model's draft reply (LLM mode). */
  draft: string | null;
  steps: number;
  /** Pasted notice texts, kept out of the model's view (it sees placeholders and the parsed fields). */
  notices: string[];
  reply: Reply | null;
  /** Set when the turn answers with a question instead of a tool (offline). */
  ask?: Ask | null;
  replySource: "template" | "model" | "model-retry";
};

export const emptyTurn = (message: string, language: Language): Turn => ({
  message,
  language,
  intent: "",
  planned: [],
  executed: [],
  pending: null,
  draft: null,
  steps: 0,
  notices: [],
  reply: null,
  replySource: "template",
});

const TRANSCRIPT_LIMIT = 40;

export const AgentState = Annotation.Root({
  /** The conversation as the model sees it (LLM mode), trimmed to the last messages. */
  transcript: Annotation<ChatMessage[]>({
    reducer: (a, b) => trimTranscript([...a, ...b]),
    default: () => [],
  }),
  context: Annotation<ConversationContext>({ reducer: (_a, b) => b, default: () => ({ lastAccountIds: [] }) }),
  turn: Annotation<Turn>({ reducer: (_a, b) => b, default: () => emptyTurn("", "zh") }),
});

export type AgentStateType = typeof AgentState.State;

/** Keeps the tail, never starting on a tool message whose assistant call was cut off. */
export function trimTranscript(messages: ChatMessage[]): ChatMessage[] {
  if (messages.length <= TRANSCRIPT_LIMIT) return messages;
  let start = messages.length - TRANSCRIPT_LIMIT;
  while (start < messages.length && messages[start].role !== "user") start++;
  return messages.slice(start);
}
