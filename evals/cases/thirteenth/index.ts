// Conversations over the thirteenth book (evals/books/qilu): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { QILU_EN } from "./qilu.en";
import { QILU_ZH } from "./qilu.zh";

export const THIRTEENTH: Conversation[] = [...QILU_ZH, ...QILU_EN];
