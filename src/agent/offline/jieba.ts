import { Jieba, type TaggedWord } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let instance: Jieba | null = null;

/** Loaded on first use (the dictionary takes a moment), not at import time. */
function jieba(): Jieba {
  if (!instance) instance = Jieba.withDict(dict);
  return instance;
}

export function cutWords(text: string): string[] {
  return jieba().cut(text, false);
}

export function tagWords(text: string): TaggedWord[] {
  return jieba().tag(text, false);
}

const boundaryMemo = new Map<string, Set<number>>();
const MEMO_LIMIT = 10_000;

/**
 * Offsets (in UTF-16 units) where jieba puts a word boundary, including 0 and text.length. Memoised:
 * account names are cut again on every message otherwise.
 */
export function wordBoundaries(text: string): Set<number> {
  const known = boundaryMemo.get(text);
  if (known) return known;
  const bounds = cutBoundaries(text);
  if (boundaryMemo.size >= MEMO_LIMIT) boundaryMemo.clear();
  boundaryMemo.set(text, bounds);
  return bounds;
}

function cutBoundaries(text: string): Set<number> {
  const bounds = new Set<number>([0]);
  let at = 0;
  for (const word of cutWords(text)) {
    at += word.length;
    bounds.add(at);
  }
  return bounds;
}
