// Conversations over the fortieth book (evals/books/wudang): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { WUDANG_EN } from "./wudang.en";
import { WUDANG_ZH } from "./wudang.zh";

export const FORTIETH: Conversation[] = [...WUDANG_ZH, ...WUDANG_EN];
