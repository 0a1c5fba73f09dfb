import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import type { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import { validate } from "@langchain/langgraph-checkpoint-validation";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, test } from "vitest";
import { createCheckpointer } from "../src/agent/checkpointer";
import { wrapPglite } from "../src/db/client";

// LangGraph's own conformance suite, run against the saver exactly as Furrow builds it: the official Postgres
// saver over a `pg` pool that the embedded PGlite backs in-process. Each checkpointer gets a fresh database.
// The suite is written for Jest-style globals.
Object.assign(globalThis, { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, test });

const open = new Map<PostgresSaver, { close: () => Promise<void>; pglite: PGlite }>();

validate({
  checkpointerName: "PostgresSaver on PGlite (Furrow's embedded mode)",
  createCheckpointer: async () => {
    const pglite = await PGlite.create({ extensions: { vector } });
    const { saver, close } = await createCheckpointer(wrapPglite(pglite));
    open.set(saver, { close, pglite });
    return saver;
  },
  destroyCheckpointer: async (saver) => {
    const entry = open.get(saver);
    await entry?.close();
    await entry?.pglite.close();
    open.delete(saver);
  },
});
