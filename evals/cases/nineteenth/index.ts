// Conversations over the nineteenth book (evals/books/qinling): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { QINLING_EN } from "./qinling.en";
import { QINLING_ZH } from "./qinling.zh";

export const NINETEENTH: Conversation[] = [...QINLING_ZH, ...QINLING_EN];
