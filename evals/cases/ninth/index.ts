// Conversations over the ninth book (evals/books/fenhe): measured-only, kinds and counts (see the book's README).
import type { Conversation } from "../conversation-types";
import { FENHE_EN } from "./fenhe.en";
import { FENHE_ZH } from "./fenhe.zh";

export const NINTH: Conversation[] = [...FENHE_ZH, ...FENHE_EN];
