// Conversations over the twentieth book (evals/books/zhujiang): written blind, measured-only material (see the book's README).
import type { Conversation } from "../conversation-types";
import { ZHUJIANG_EN } from "./zhujiang.en";
import { ZHUJIANG_ZH } from "./zhujiang.zh";

export const TWENTIETH: Conversation[] = [...ZHUJIANG_ZH, ...ZHUJIANG_EN];
