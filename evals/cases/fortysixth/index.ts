// Conversations over the forty-sixth book (evals/books/qingcheng): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { QINGCHENG_EN } from "./qingcheng.en";
import { QINGCHENG_ZH } from "./qingcheng.zh";

export const FORTYSIXTH: Conversation[] = [...QINGCHENG_ZH, ...QINGCHENG_EN];
