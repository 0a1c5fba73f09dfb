// Conversations over the fiftieth book (evals/books/putuo): written blind (see the book's README).
import type { Conversation } from "../conversation-types";
import { PUTUO_EN } from "./putuo.en";
import { PUTUO_ZH } from "./putuo.zh";

export const FIFTIETH: Conversation[] = [...PUTUO_ZH, ...PUTUO_EN];
