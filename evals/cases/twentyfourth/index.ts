// Conversations over the twenty-fourth book (evals/books/tianshan): written blind, measured only (see the book's README).
import type { Conversation } from "../conversation-types";
import { TIANSHAN_EN } from "./tianshan.en";
import { TIANSHAN_ZH } from "./tianshan.zh";

export const TWENTYFOURTH: Conversation[] = [...TIANSHAN_ZH, ...TIANSHAN_EN];
