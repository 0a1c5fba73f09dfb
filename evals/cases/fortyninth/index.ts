// Conversations over the forty-ninth book (evals/books/yuelu): written blind, not played yet (see the book's README).
import type { Conversation } from "../conversation-types";
import { YUELU_EN } from "./yuelu.en";
import { YUELU_ZH } from "./yuelu.zh";

export const FORTYNINTH: Conversation[] = [...YUELU_ZH, ...YUELU_EN];
