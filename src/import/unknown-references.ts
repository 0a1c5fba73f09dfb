import { inArray } from "drizzle-orm";
import type { Executor } from "../db/client";
import { competitors, products } from "../db/schema";

/** A value the file names that Furrow does not know: imported as given, flagged so the user can fix the catalog. */
export type ReferenceWarning = { column: string; value: string; rows: number[]; message: string };

/** Product SKUs not in the catalog and competitors not under any competitor's name or alias. */
export async function unknownReferences(
  db: Executor,
  refs: Map<string, Map<string, number[]>>,
): Promise<ReferenceWarning[]> {
  const out: ReferenceWarning[] = [];
  const skus = [...(refs.get("product_sku")?.keys() ?? [])];
  if (skus.length) {
    const known = new Set(
      (await db.select({ sku: products.sku }).from(products).where(inArray(products.sku, skus))).map((p) => p.sku),
    );
    for (const sku of skus.filter((s) => !known.has(s)).sort())
      out.push({
        column: "product_sku",
        value: sku,
        rows: refs.get("product_sku")?.get(sku) ?? [],
        message: `unknown product SKU "${sku}": imported as given; import it under /api/import/products to match it`,
      });
  }
  const names = [...(refs.get("competitor")?.keys() ?? [])];
  if (names.length) {
    const rows = await db.select({ name: competitors.name, aliases: competitors.aliases }).from(competitors);
    const known = new Set(rows.flatMap((c) => [c.name, ...c.aliases]).map((n) => n.trim().toLowerCase()));
    for (const name of names.filter((n) => !known.has(n.trim().toLowerCase())).sort())
      out.push({
        column: "competitor",
        value: name,
        rows: refs.get("competitor")?.get(name) ?? [],
        message: `unknown competitor "${name}": imported as given; it is not among the known competitors`,
      });
  }
  return out;
}
