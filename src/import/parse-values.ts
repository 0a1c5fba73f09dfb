import { z } from "zod";

// Cell parsers shared by every entity's row schema. Empty cells arrive as undefined.

const pad = (n: number) => String(n).padStart(2, "0");

/** ISO dates, `2025/8/28`, `2025-8-28`, `2025.8.28`, `2025年8月28日`, and ISO timestamps (date part kept). */
export function parseDateCell(v: string): string | null {
  const s = v.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** Like parseDateCell, but keeps a time of day when there is one; returns an ISO timestamp (UTC when no zone). */
export function parseTimestampCell(v: string): string | null {
  const s = v.trim();
  const day = parseDateCell(s);
  if (!day) return null;
  const t = /(?:[T\s])(\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (!t) return `${day}T00:00:00.000Z`;
  const iso = `${day}T${pad(Number(t[1]))}:${t[2]}:${t[3] ?? "00"}${t[4] ?? "Z"}`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export const dateCell = z.string().transform((v, ctx) => {
  const d = parseDateCell(v);
  if (!d)
    ctx.addIssue({ code: "custom", message: `"${v}" is not a date (use 2025-08-28, 2025/8/28 or 2025年8月28日)` });
  return d ?? "";
});

export const timestampCell = z.string().transform((v, ctx) => {
  const d = parseTimestampCell(v);
  if (!d)
    ctx.addIssue({ code: "custom", message: `"${v}" is not a date or time (use 2025-08-28 or 2025-08-28 14:30)` });
  return d ?? "";
});

/**
 * Decimal numbers with optional thousands separators, currency signs and spaces: "1,234.50", "￥80,000", "-0.05".
 * Only plain decimals: "0x10", "1e30" and "Infinity" are not amounts anyone typed into a CRM.
 */
export const numberCell = z.string().transform((v, ctx) => {
  const s = v.replace(/[,，\s￥¥$]/g, "");
  const n = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
  if (!Number.isFinite(n))
    ctx.addIssue({ code: "custom", message: `"${v}" is not a decimal number (e.g. 1234.5 or 1,234.50)` });
  return n;
});

/**
 * A margin as a fraction of the amount (0.32) or a percentage ("32%", "32 %", "32％"). A bare number above 1 is
 * refused rather than guessed: 32 could be a percentage or an amount (毛利 amounts go to margin_amount).
 */
export const marginCell = z.string().transform((v, ctx) => {
  const s = v.replace(/[\s,，]/g, "");
  const percent = /[%％]$/.test(s);
  const n = Number(percent ? s.slice(0, -1) : s);
  const fraction = percent ? n / 100 : n;
  if (!Number.isFinite(n) || fraction < -1 || fraction > 1)
    ctx.addIssue({
      code: "custom",
      message: `"${v}" is not a margin: give a fraction from -1 to 1 (0.32) or a percentage ("32%"); a 毛利 amount goes in margin_amount`,
    });
  return fraction;
});

/** An ISO 4217 currency code (CNY, USD, EUR …); also 人民币, 美元, 欧元, 港币, 英镑, 日元 and ¥ / $ / €. */
export const currencyCell = z.string().transform((v, ctx) => {
  const key = v.trim();
  const code = CURRENCY_LABELS[key] ?? key.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code))
    ctx.addIssue({ code: "custom", message: `"${v}" is not a currency code (use CNY, USD, EUR … or 人民币, 美元)` });
  return code;
});

const CURRENCY_LABELS: Record<string, string> = {
  人民币: "CNY",
  元: "CNY",
  "¥": "CNY",
  "￥": "CNY",
  RMB: "CNY",
  rmb: "CNY",
  美元: "USD",
  $: "USD",
  欧元: "EUR",
  "€": "EUR",
  港币: "HKD",
  港元: "HKD",
  英镑: "GBP",
  "£": "GBP",
  日元: "JPY",
};

/** An amount of money or a count that cannot be negative (order and deal amounts, prices, revenue, wallet). */
export const amountCell = numberCell.refine((n) => n >= 0, "must not be negative");

export const intIn = (min: number, max: number) =>
  numberCell.refine((n) => Number.isInteger(n) && n >= min && n <= max, {
    message: `must be a whole number from ${min} to ${max}`,
  });

export const boolCell = z.string().transform((v, ctx) => {
  const s = v.trim().toLowerCase();
  if (["true", "1", "yes", "y", "是", "已离职"].includes(s)) return true;
  if (["false", "0", "no", "n", "否", "在职"].includes(s)) return false;
  ctx.addIssue({ code: "custom", message: `"${v}" is not true or false (also 1/0, yes/no, 是/否)` });
  return false;
});

/** An enum that also accepts the glossary's zh and en labels for each code. */
export function codeCell<T extends string>(codes: readonly T[], labels: Record<string, T> = {}) {
  return z.string().transform((v, ctx) => {
    const key = v.trim();
    const lower = key.toLowerCase().replace(/[\s-]+/g, "_");
    const hit = (codes as readonly string[]).includes(lower) ? (lower as T) : (labels[key] ?? labels[lower]);
    if (!hit) ctx.addIssue({ code: "custom", message: `"${v}" is not one of ${codes.join(", ")}` });
    return hit ?? codes[0];
  });
}

export const text = (max = 500) => z.string().trim().max(max, `must be at most ${max} characters`);
