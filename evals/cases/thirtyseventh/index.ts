// Conversations over the thirty-seventh book (evals/books/huangpu): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { HUANGPU_EN } from "./huangpu.en";
import { HUANGPU_ZH } from "./huangpu.zh";

export const THIRTYSEVENTH: Conversation[] = [...HUANGPU_ZH, ...HUANGPU_EN];
