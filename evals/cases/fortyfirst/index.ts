// Conversations over the forty-first book (evals/books/kunlun): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { KUNLUN_EN } from "./kunlun.en";
import { KUNLUN_ZH } from "./kunlun.zh";

export const FORTYFIRST: Conversation[] = [...KUNLUN_ZH, ...KUNLUN_EN];
