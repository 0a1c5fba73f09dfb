// Conversations over the twenty-second book (evals/books/luohe): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { LUOHE_EN } from "./luohe.en";
import { LUOHE_ZH } from "./luohe.zh";

export const TWENTYSECOND: Conversation[] = [...LUOHE_ZH, ...LUOHE_EN];
