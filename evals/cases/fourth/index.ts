// Conversations over the fourth book (evals/books/lanjiang): development material, misses listed (see the book's README).
import type { Conversation } from "../conversation-types";
import { LANJIANG_EN } from "./lanjiang.en";
import { LANJIANG_ZH } from "./lanjiang.zh";

export const FOURTH: Conversation[] = [...LANJIANG_ZH, ...LANJIANG_EN];
