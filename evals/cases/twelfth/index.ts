// Conversations over the twelfth book (evals/books/guzhen): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { GUZHEN_EN } from "./guzhen.en";
import { GUZHEN_ZH } from "./guzhen.zh";

export const TWELFTH: Conversation[] = [...GUZHEN_ZH, ...GUZHEN_EN];
