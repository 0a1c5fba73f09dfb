// Conversations over the unseen book (evals/books/qinghe): measured only, all of them. Never develop against these.
import type { Conversation } from "../conversation-types";
import { QINGHE_EN } from "./qinghe.en";
import { QINGHE_ZH } from "./qinghe.zh";

export const UNSEEN: Conversation[] = [...QINGHE_ZH, ...QINGHE_EN];
