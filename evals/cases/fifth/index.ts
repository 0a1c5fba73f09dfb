// Conversations over the fifth book (evals/books/jinsha): development material, misses listed (see the book's README).
import type { Conversation } from "../conversation-types";
import { JINSHA_EN } from "./jinsha.en";
import { JINSHA_ZH } from "./jinsha.zh";

export const FIFTH: Conversation[] = [...JINSHA_ZH, ...JINSHA_EN];
