// Conversations over the thirty-eighth book (evals/books/emei): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { EMEI_EN } from "./emei.en";
import { EMEI_ZH } from "./emei.zh";

export const THIRTYEIGHTH: Conversation[] = [...EMEI_ZH, ...EMEI_EN];
