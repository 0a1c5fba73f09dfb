// Conversations over the twenty-ninth book (evals/books/nanling): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { NANLING_EN } from "./nanling.en";
import { NANLING_ZH } from "./nanling.zh";

export const TWENTYNINTH: Conversation[] = [...NANLING_ZH, ...NANLING_EN];
