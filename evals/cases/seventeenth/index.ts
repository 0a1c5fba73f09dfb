// Conversations over the seventeenth book (evals/books/dongting): written blind, measured-only material (see the book's README).
import type { Conversation } from "../conversation-types";
import { DONGTING_EN } from "./dongting.en";
import { DONGTING_ZH } from "./dongting.zh";

export const SEVENTEENTH: Conversation[] = [...DONGTING_ZH, ...DONGTING_EN];
