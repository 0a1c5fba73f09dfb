// Conversations over the fresh book (evals/books/haiyan). Odd-numbered ones are measured-only, even ones development.
import type { Conversation } from "../conversation-types";
import { HAIYAN_EN } from "./haiyan.en";
import { HAIYAN_ZH } from "./haiyan.zh";

export const FRESH: Conversation[] = [...HAIYAN_ZH, ...HAIYAN_EN];

/** The `-NN` of a conversation's id. */
const numberOf = (c: Conversation) => Number(c.id.slice(c.id.lastIndexOf("-") + 1));

/** Odd numbers: measured only, never tuned to. */
export const FRESH_MEASURED = FRESH.filter((c) => numberOf(c) % 2 === 1);
/** Even numbers: development (misses listed). */
export const FRESH_DEVELOPMENT = FRESH.filter((c) => numberOf(c) % 2 === 0);
