/** A text embedder; the OpenAI-backed ones are async, the local one is wrapped to match. */
export type EmbeddingProvider = {
  id: string;
  dimension: number;
  embed(texts: string[]): Promise<number[][]>;
};

/** The synchronous local embedder (pure CPU, deterministic). */
export type LocalEmbedder = {
  id: "local-ngram-v1";
  dimension: number;
  embed(texts: string[]): number[][];
};
