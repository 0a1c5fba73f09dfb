// Conversations over the twenty-first book (evals/books/weishui): written blind, measured-only material (see the book's README).
import type { Conversation } from "../conversation-types";
import { WEISHUI_EN } from "./weishui.en";
import { WEISHUI_ZH } from "./weishui.zh";

export const TWENTYFIRST: Conversation[] = [...WEISHUI_ZH, ...WEISHUI_EN];
