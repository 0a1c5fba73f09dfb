import { z } from "zod";

/** True for a real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A date YYYY-MM-DD, optionally followed by a time (only the date part is checked for being a real day). */
export const IsoDateStart = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/, "must start with YYYY-MM-DD")
  .refine((s) => isRealDate(s.slice(0, 10)), { message: "is not a real date (no such day)" })
  .refine((s) => s.length === 10 || !Number.isNaN(Date.parse(s)), { message: "is not a valid date and time" });
