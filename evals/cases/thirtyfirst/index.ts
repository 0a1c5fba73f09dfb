// Conversations over the thirty-first book (evals/books/changbai): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { CHANGBAI_EN } from "./changbai.en";
import { CHANGBAI_ZH } from "./changbai.zh";

export const THIRTYFIRST: Conversation[] = [...CHANGBAI_ZH, ...CHANGBAI_EN];
