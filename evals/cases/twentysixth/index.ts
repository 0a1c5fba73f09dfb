// Conversations over the twenty-sixth book (evals/books/jialing): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { JIALING_EN } from "./jialing.en";
import { JIALING_ZH } from "./jialing.zh";

export const TWENTYSIXTH: Conversation[] = [...JIALING_ZH, ...JIALING_EN];
