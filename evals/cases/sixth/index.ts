// Conversations over the sixth book (evals/books/tieling): measured-only, kinds and counts (see the book's README).
import type { Conversation } from "../conversation-types";
import { TIELING_EN } from "./tieling.en";
import { TIELING_ZH } from "./tieling.zh";

export const SIXTH: Conversation[] = [...TIELING_ZH, ...TIELING_EN];
