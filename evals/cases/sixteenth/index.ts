// Conversations over the sixteenth book (evals/books/songhua): written blind, measured-only material (see the book's README).
import type { Conversation } from "../conversation-types";
import { SONGHUA_EN } from "./songhua.en";
import { SONGHUA_ZH } from "./songhua.zh";

export const SIXTEENTH: Conversation[] = [...SONGHUA_ZH, ...SONGHUA_EN];
