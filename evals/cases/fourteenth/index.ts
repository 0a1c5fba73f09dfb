// Conversations over the fourteenth book (evals/books/xiangjiang): measured-only, kinds and counts (see the book's README).
import type { Conversation } from "../conversation-types";
import { XIANGJIANG_EN } from "./xiangjiang.en";
import { XIANGJIANG_ZH } from "./xiangjiang.zh";

export const FOURTEENTH: Conversation[] = [...XIANGJIANG_ZH, ...XIANGJIANG_EN];
