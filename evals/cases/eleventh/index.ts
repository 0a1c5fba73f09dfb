// Conversations over the eleventh book (evals/books/jincheng): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { JINCHENG_EN } from "./jincheng.en";
import { JINCHENG_ZH } from "./jincheng.zh";

export const ELEVENTH: Conversation[] = [...JINCHENG_ZH, ...JINCHENG_EN];
