// Conversations over the fifteenth book (evals/books/minjiang): written blind, not yet played (see the book's README).
import type { Conversation } from "../conversation-types";
import { MINJIANG_EN } from "./minjiang.en";
import { MINJIANG_ZH } from "./minjiang.zh";

export const FIFTEENTH: Conversation[] = [...MINJIANG_ZH, ...MINJIANG_EN];
