import type { LocalEmbedder } from "./embedding-provider";
import { fnv1a } from "./fnv1a";

/** Lower-cased words with punctuation dropped; CJK runs stay whole (n-grams cover them). */
function words(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter(Boolean);
}

// bigrams and trigrams carry most of the meaning; single characters only a little
const WEIGHTS = [0.5, 1, 1];

function embedOne(text: string, dimension: number): number[] {
  const v = new Array<number>(dimension).fill(0);
  for (const word of words(text)) {
    const chars = Array.from(word);
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= chars.length; i++) {
        const h = fnv1a(`${n}:${chars.slice(i, i + n).join("")}`);
        // the top bit gives the sign so that collisions cancel out instead of piling up
        v[h % dimension] += (h & 0x80000000 ? -1 : 1) * WEIGHTS[n - 1];
      }
    }
  }
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return norm === 0 ? v : v.map((x) => Math.round((x / norm) * 1e6) / 1e6);
}

/**
 * A deterministic local embedder: character 1-3-gram hashing (FNV-1a, signed buckets),
 * L2-normalised. Works for zh and en without a model; the same text always gives the same vector.
 */
export function createLocalEmbedder(dimension = 256): LocalEmbedder {
  if (!Number.isInteger(dimension) || dimension < 8) throw new Error("dimension must be an integer >= 8");
  return { id: "local-ngram-v1", dimension, embed: (texts) => texts.map((t) => embedOne(t, dimension)) };
}
