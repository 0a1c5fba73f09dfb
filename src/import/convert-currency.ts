import { eq } from "drizzle-orm";
import type { Executor } from "../db/client";
import { settings } from "../db/schema";
import { type ImportEntity, MONEY_COLUMNS } from "./entities";
import type { RowError } from "./resolve-headers";

/** Amounts are stored in `base`; `rates[code]` is how many base units one unit of `code` is worth. */
export type CurrencyRates = { base: string; rates: Record<string, number>; updatedAt?: string };

export const CURRENCY_RATES_KEY = "import.currencyRates";
export const DEFAULT_RATES: CurrencyRates = { base: "CNY", rates: {} };

/** What the import answer states about conversion: per currency, the rate used and how many rows. */
export type Conversion = { base: string; converted: Record<string, { rate: number; rows: number }> };

/** The rates an admin set (PUT /api/import/currency-rates); none yet: amounts must be in the base currency. */
export async function loadCurrencyRates(db: Executor): Promise<CurrencyRates> {
  const [row] = await db.select().from(settings).where(eq(settings.key, CURRENCY_RATES_KEY));
  return (row?.value as CurrencyRates | undefined) ?? DEFAULT_RATES;
}

/**
 * Converts one parsed row's money columns to the base currency, in place. The row's `currency` column wins over
 * the import's `?currency=` option; neither means the base currency. A currency without a rate is a row error.
 */
export function convertRow(
  entity: ImportEntity,
  data: Record<string, unknown>,
  row: number,
  rates: CurrencyRates,
  fallback: string | undefined,
  seen: Conversion,
): RowError | null {
  const code = (data.currency as string | undefined) ?? fallback ?? rates.base;
  delete data.currency;
  if (code === rates.base) return null;
  const rate = rates.rates[code];
  if (rate === undefined)
    return {
      row,
      column: "currency",
      message: `no rate for ${code} to ${rates.base}: an admin sets it with PUT /api/import/currency-rates`,
    };
  for (const col of MONEY_COLUMNS[entity]) {
    const v = data[col];
    if (typeof v === "number") data[col] = Math.round(v * rate * 100) / 100;
  }
  const hit = seen.converted[code] ?? { rate, rows: 0 };
  hit.rows++;
  seen.converted[code] = hit;
  return null;
}
