// Loads a book from evals/books/<name>/ into a fresh PGlite the way a customer loads theirs: users and competitors
// inserted, the CSV files through the product's importer (the code behind POST /api/import/{entity}), notices
// through ingestNotice (POST /api/tenders), then scores. Measured only: see the book's README.
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Db } from "../../src/db/client";
import { findUserByKey, insertApiKey, type User } from "../../src/db/queries/users";
import { competitors, settings, users } from "../../src/db/schema";
import type { Deps } from "../../src/deps";
import type { ImportEntity } from "../../src/import/entities";
import { importCsv } from "../../src/import/import-csv";
import { rescoreBook } from "../../src/services/scores";
import { ingestNotice } from "../../src/services/tenders";
import { depsFromDump, TEST_NOW } from "../../test/demo-template";
import type { UserKey } from "../cases/agent-case-types";

const BookSchema = z.object({
  company: z.object({ name: z.string(), names: z.array(z.string()).min(1) }),
  users: z.array(
    z.object({
      key: z.enum(["admin", "manager", "rep1", "rep2", "rep3", "rep4"]),
      name: z.string(),
      email: z.string().email(),
      role: z.enum(["rep", "manager", "admin"]),
      team: z.string(),
    }),
  ),
  competitors: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      strengths: z.array(z.string()),
      weaknesses: z.array(z.string()),
    }),
  ),
  notices: z.array(z.object({ file: z.string(), url: z.string(), publishedAt: z.string() })),
});

/** Importer order: what a row refers to is in before it (products and accounts before orders and contacts). */
const ENTITIES: ImportEntity[] = ["products", "accounts", "contacts", "opportunities", "orders", "interactions"];

export type LoadedBook = { deps: Deps; userOf: (key: UserKey) => Promise<User> };

/** The book's API key for a user key: the book is loaded in its own database, never beside real data. */
const keyOf = (book: string, key: string) => `eval-${book}-${key}-key`;

export async function loadBook(name: string): Promise<LoadedBook> {
  const dir = fileURLToPath(new URL(`./${name}/`, import.meta.url));
  const book = BookSchema.parse(JSON.parse(readFileSync(join(dir, "book.json"), "utf8")));
  const deps = await depsFromDump(undefined);
  try {
    const db = deps.db;
    for (const u of book.users) {
      await db
        .insert(users)
        .values({ id: `${name}-${u.key}`, name: u.name, email: u.email, role: u.role, team: u.team });
      await insertApiKey(db, {
        id: `key_${name}_${u.key}`,
        userId: `${name}-${u.key}`,
        key: keyOf(name, u.key),
        label: "eval",
      });
    }
    await db.insert(settings).values({ key: "company", value: book.company });
    await db.insert(competitors).values(book.competitors.map((c, i) => ({ id: `${name}-comp-${i + 1}`, ...c })));
    const admin = await findUserByKey(db, keyOf(name, "admin"));
    if (!admin) throw new Error(`book ${name}: no admin user in book.json`);
    const today = TEST_NOW.slice(0, 10);
    for (const entity of ENTITIES) {
      const file = join(dir, `${entity}.csv`);
      if (!existsSync(file)) continue;
      await importCsv(db, { entity, source: createReadStream(file), user: admin, today });
    }
    const now = deps.clock.now();
    for (const n of book.notices) {
      const text = readFileSync(join(dir, n.file), "utf8");
      await ingestNotice(db as Db, deps.embedder, { text, url: n.url, publishedAt: n.publishedAt }, now, admin.id);
    }
    await rescoreBook(db as Db, now);
  } catch (e) {
    await deps.close();
    throw new Error(`loading book ${name}: ${(e as Error).message}`);
  }
  const cache = new Map<UserKey, User>();
  return {
    deps,
    userOf: async (key) => {
      const hit = cache.get(key);
      if (hit) return hit;
      const u = await findUserByKey(deps.db, keyOf(name, key));
      if (!u) throw new Error(`book ${name} has no user ${key}`);
      cache.set(key, u);
      return u;
    },
  };
}
