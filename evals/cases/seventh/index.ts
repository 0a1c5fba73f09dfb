// Conversations over the seventh book (evals/books/hanlu): measured-only, kinds and counts (see the book's README).
import type { Conversation } from "../conversation-types";
import { HANLU_EN } from "./hanlu.en";
import { HANLU_ZH } from "./hanlu.zh";

export const SEVENTH: Conversation[] = [...HANLU_ZH, ...HANLU_EN];
