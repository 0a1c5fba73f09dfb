// Conversations over the thirty-second book (evals/books/haiqing): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { HAIQING_EN } from "./haiqing.en";
import { HAIQING_ZH } from "./haiqing.zh";

export const THIRTYSECOND: Conversation[] = [...HAIQING_ZH, ...HAIQING_EN];
