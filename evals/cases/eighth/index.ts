// Conversations over the eighth book (evals/books/lingding): measured-only, kinds and counts (see the book's README).
import type { Conversation } from "../conversation-types";
import { LINGDING_EN } from "./lingding.en";
import { LINGDING_ZH } from "./lingding.zh";

export const EIGHTH: Conversation[] = [...LINGDING_ZH, ...LINGDING_EN];
