// Conversations over the twenty-seventh book (evals/books/bohai): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { BOHAI_EN } from "./bohai.en";
import { BOHAI_ZH } from "./bohai.zh";

export const TWENTYSEVENTH: Conversation[] = [...BOHAI_ZH, ...BOHAI_EN];
