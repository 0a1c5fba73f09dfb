// Conversations over the thirty-fifth book (evals/books/helan): written blind, see the book's README.
import type { Conversation } from "../conversation-types";
import { HELAN_EN } from "./helan.en";
import { HELAN_ZH } from "./helan.zh";

export const THIRTYFIFTH: Conversation[] = [...HELAN_ZH, ...HELAN_EN];
