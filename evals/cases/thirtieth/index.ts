// Conversations over the thirtieth book (evals/books/wuyi): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { WUYI_EN } from "./wuyi.en";
import { WUYI_ZH } from "./wuyi.zh";

export const THIRTIETH: Conversation[] = [...WUYI_ZH, ...WUYI_EN];
