// Conversations over the forty-fifth book (evals/books/yandang): written blind (see the book's README).
import type { Conversation } from "../conversation-types";
import { YANDANG_EN } from "./yandang.en";
import { YANDANG_ZH } from "./yandang.zh";

export const FORTYFIFTH: Conversation[] = [...YANDANG_ZH, ...YANDANG_EN];
