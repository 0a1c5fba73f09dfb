import { asc, eq } from "drizzle-orm";
import type { Executor } from "../db/client";
import { toProduct } from "../db/queries/mappers";
import { competitors, products, settings, users } from "../db/schema";
import type { Competitor, Product } from "../engine/types";

export async function loadProducts(db: Executor): Promise<Product[]> {
  return (await db.select().from(products).orderBy(asc(products.sku))).map(toProduct);
}

export async function loadCompetitors(db: Executor): Promise<Competitor[]> {
  const rows = await db.select().from(competitors).orderBy(asc(competitors.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    aliases: r.aliases,
    strengths: r.strengths,
    weaknesses: r.weaknesses,
  }));
}

/** Our own company's names (settings `company`), so award notices we won are not read as competitor wins. */
export async function loadCompany(db: Executor): Promise<{ name: string; names: string[] }> {
  const [row] = await db.select().from(settings).where(eq(settings.key, "company"));
  return (row?.value as { name: string; names: string[] }) ?? { name: "", names: [] };
}

export async function ownerOf(
  db: Executor,
  ownerId: string | null,
): Promise<{ id: string; name: string; quota: number | null }> {
  if (!ownerId) return { id: "", name: "", quota: null };
  const [u] = await db
    .select({ id: users.id, name: users.name, quota: users.quota })
    .from(users)
    .where(eq(users.id, ownerId));
  return u ?? { id: ownerId, name: ownerId, quota: null };
}
