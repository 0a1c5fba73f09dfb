// Conversations over the thirty-third book (evals/books/dianchi): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { DIANCHI_EN } from "./dianchi.en";
import { DIANCHI_ZH } from "./dianchi.zh";

export const THIRTYTHIRD: Conversation[] = [...DIANCHI_ZH, ...DIANCHI_EN];
