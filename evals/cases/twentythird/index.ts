// Conversations over the twenty-third book (evals/books/baiyun): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { BAIYUN_EN } from "./baiyun.en";
import { BAIYUN_ZH } from "./baiyun.zh";

export const TWENTYTHIRD: Conversation[] = [...BAIYUN_ZH, ...BAIYUN_EN];
