// Conversations over the twenty-eighth book (evals/books/huaihe): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { HUAIHE_EN } from "./huaihe.en";
import { HUAIHE_ZH } from "./huaihe.zh";

export const TWENTYEIGHTH: Conversation[] = [...HUAIHE_ZH, ...HUAIHE_EN];
