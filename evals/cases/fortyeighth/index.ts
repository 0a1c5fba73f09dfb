// Conversations over the forty-eighth book (evals/books/jiuhua): written blind, not played yet (see the book's README).
import type { Conversation } from "../conversation-types";
import { JIUHUA_EN } from "./jiuhua.en";
import { JIUHUA_ZH } from "./jiuhua.zh";

export const FORTYEIGHTH: Conversation[] = [...JIUHUA_ZH, ...JIUHUA_EN];
