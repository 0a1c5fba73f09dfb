// Conversations over the fortysecond book (evals/books/lushan): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { LUSHAN_EN } from "./lushan.en";
import { LUSHAN_ZH } from "./lushan.zh";

export const FORTYSECOND: Conversation[] = [...LUSHAN_ZH, ...LUSHAN_EN];
