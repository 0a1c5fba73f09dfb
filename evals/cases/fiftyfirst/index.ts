// Conversations over the fifty-first book (evals/books/lishan): written blind, not played yet (see the book's README).
import type { Conversation } from "../conversation-types";
import { LISHAN_EN } from "./lishan.en";
import { LISHAN_ZH } from "./lishan.zh";

export const FIFTYFIRST: Conversation[] = [...LISHAN_ZH, ...LISHAN_EN];
