// Conversations over the thirty-fourth book (evals/books/gusu): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { GUSU_EN } from "./gusu.en";
import { GUSU_ZH } from "./gusu.zh";

export const THIRTYFOURTH: Conversation[] = [...GUSU_ZH, ...GUSU_EN];
