// Conversations over the twenty-fifth book (evals/books/qiantang): written blind, measured-only material (see the book's README).
import type { Conversation } from "../conversation-types";
import { QIANTANG_EN } from "./qiantang.en";
import { QIANTANG_ZH } from "./qiantang.zh";

export const TWENTYFIFTH: Conversation[] = [...QIANTANG_ZH, ...QIANTANG_EN];
