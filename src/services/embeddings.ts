import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import OpenAI from "openai";
import type { Executor } from "../db/client";
import { embeddings } from "../db/schema";
import { createLocalEmbedder } from "../engine/embed/create-local-embedder";
import type { EmbeddingProvider } from "../engine/embed/embedding-provider";
import type { Env } from "../env";

/** The local deterministic embedder by default; the endpoint's embeddings when OPENAI_EMBEDDING_MODEL is set. */
export function createEmbedder(env: Env): EmbeddingProvider {
  if (env.OPENAI_API_KEY && env.OPENAI_EMBEDDING_MODEL) {
    const client = new OpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL });
    const model = env.OPENAI_EMBEDDING_MODEL;
    const provider: EmbeddingProvider = {
      id: `openai:${model}`,
      dimension: 0,
      embed: async (texts) => {
        // Plain floats: the client otherwise asks for base64 and reads a float array (what servers that ignore
        // encoding_format send, e.g. some Ollama and vLLM builds) as empty vectors.
        const res = await client.embeddings.create({ model, input: texts, encoding_format: "float" });
        const vectors = res.data.sort((a, b) => a.index - b.index).map((d) => d.embedding);
        provider.dimension = vectors[0]?.length ?? 0;
        return vectors;
      },
    };
    return provider;
  }
  const local = createLocalEmbedder(256);
  return { id: local.id, dimension: local.dimension, embed: async (texts) => local.embed(texts) };
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Stores embeddings for the given owners, skipping those already embedded from the same text by the same
 * provider. A provider or dimension switch re-embeds, because the stored provider no longer matches.
 */
export async function ensureEmbeddings(
  db: Executor,
  provider: EmbeddingProvider,
  ownerKind: "notice" | "product" | "knowledge",
  items: { id: string; text: string }[],
) {
  if (!items.length) return;
  const existing = await db
    .select({ ownerId: embeddings.ownerId, provider: embeddings.provider, contentHash: embeddings.contentHash })
    .from(embeddings)
    .where(eq(embeddings.ownerKind, ownerKind));
  const have = new Map(existing.map((e) => [e.ownerId, e]));
  const todo = items.filter((i) => {
    const e = have.get(i.id);
    return !e || e.provider !== provider.id || e.contentHash !== hash(i.text);
  });
  if (!todo.length) return;
  const vectors = await provider.embed(todo.map((t) => t.text));
  await db
    .insert(embeddings)
    .values(
      todo.map((t, i) => ({
        ownerKind,
        ownerId: t.id,
        provider: provider.id,
        dimension: vectors[i].length,
        contentHash: hash(t.text),
        embedding: vectors[i],
      })),
    )
    .onConflictDoUpdate({
      target: [embeddings.ownerKind, embeddings.ownerId],
      set: {
        provider: sql`excluded.provider`,
        dimension: sql`excluded.dimension`,
        contentHash: sql`excluded.content_hash`,
        embedding: sql`excluded.embedding`,
      },
    });
}

/** Cosine similarity (pgvector `<=>`) of a vector to every embedded owner of a kind, by the same provider. */
export async function similarities(
  db: Executor,
  providerId: string,
  ownerKind: "product" | "notice" | "knowledge",
  vector: number[],
): Promise<Record<string, number>> {
  const rows = await db
    .select({
      id: embeddings.ownerId,
      sim: sql<number>`1 - (${embeddings.embedding} <=> ${`[${vector.join(",")}]`}::vector)`,
    })
    .from(embeddings)
    .where(
      and(
        eq(embeddings.ownerKind, ownerKind),
        eq(embeddings.provider, providerId),
        eq(embeddings.dimension, vector.length),
      ),
    );
  return Object.fromEntries(rows.map((r) => [r.id, Math.round(Number(r.sim) * 1000) / 1000]));
}
