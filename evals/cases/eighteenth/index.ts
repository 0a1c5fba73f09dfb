// Conversations over the eighteenth book (evals/books/taihu): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { TAIHU_EN } from "./taihu.en";
import { TAIHU_ZH } from "./taihu.zh";

export const EIGHTEENTH: Conversation[] = [...TAIHU_ZH, ...TAIHU_EN];
