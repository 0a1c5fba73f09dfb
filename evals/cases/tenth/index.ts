// Conversations over the tenth book (evals/books/ganjiang): development material from the start, written blind (see
// the book's README).
import type { Conversation } from "../conversation-types";
import { GANJIANG_EN } from "./ganjiang.en";
import { GANJIANG_ZH } from "./ganjiang.zh";

export const TENTH: Conversation[] = [...GANJIANG_ZH, ...GANJIANG_EN];
