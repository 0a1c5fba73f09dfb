export { cosine } from "./cosine";
export { createLocalEmbedder } from "./create-local-embedder";
export type { EmbeddingProvider, LocalEmbedder } from "./embedding-provider";
