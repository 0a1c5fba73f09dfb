// Conversations over the forty-third book (evals/books/taishan): written blind, development material (see the book's README).
import type { Conversation } from "../conversation-types";
import { TAISHAN_EN } from "./taishan.en";
import { TAISHAN_ZH } from "./taishan.zh";

export const FORTYTHIRD: Conversation[] = [...TAISHAN_ZH, ...TAISHAN_EN];
