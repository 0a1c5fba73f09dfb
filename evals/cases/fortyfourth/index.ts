// Conversations over the forty-fourth book (evals/books/huashan): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { HUASHAN_EN } from "./huashan.en";
import { HUASHAN_ZH } from "./huashan.zh";

export const FORTYFOURTH: Conversation[] = [...HUASHAN_ZH, ...HUASHAN_EN];
