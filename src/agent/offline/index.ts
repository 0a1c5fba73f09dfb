/**
 * Offline understanding (no LLM): `understandMessage` turns a message and the conversation so far into
 * an intent (a tool name) and entities (its arguments); `updateContext` carries the turn forward.
 * Deterministic and pure; time comes only from `now`.
 */
export { ACCOUNT_SCOPED_INTENTS, INTENTS, type Intent } from "./intents";
export type {
  AccountMention,
  AccountRef,
  ContactRef,
  ConversationContext,
  Entities,
  Language,
  UnderstandInput,
  Understanding,
} from "./types";
export { understandMessage } from "./understand-message";
export { updateContext } from "./update-context";
