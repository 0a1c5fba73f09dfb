// Conversations over the thirty-ninth book (evals/books/liaohai): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { LIAOHAI_EN } from "./liaohai.en";
import { LIAOHAI_ZH } from "./liaohai.zh";

export const THIRTYNINTH: Conversation[] = [...LIAOHAI_ZH, ...LIAOHAI_EN];
