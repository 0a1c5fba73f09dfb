// Conversations over the forty-seventh book (evals/books/wutai): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { WUTAI_EN } from "./wutai.en";
import { WUTAI_ZH } from "./wutai.zh";

export const FORTYSEVENTH: Conversation[] = [...WUTAI_ZH, ...WUTAI_EN];
