// Conversations over the thirty-sixth book (evals/books/hengshan): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { HENGSHAN_EN } from "./hengshan.en";
import { HENGSHAN_ZH } from "./hengshan.zh";

export const THIRTYSIXTH: Conversation[] = [...HENGSHAN_ZH, ...HENGSHAN_EN];
