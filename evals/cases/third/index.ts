// Conversations over the third book (evals/books/yunshan): measured only, never tuned to (see the book's README).
import type { Conversation } from "../conversation-types";
import { YUNSHAN_EN } from "./yunshan.en";
import { YUNSHAN_ZH } from "./yunshan.zh";

export const THIRD: Conversation[] = [...YUNSHAN_ZH, ...YUNSHAN_EN];
