/** Who buys or runs a procedure, as notices print it. */
export type Party = { name: string; address: string; person: string; phone: string };

/** One line of a requirement table: what, how many, its budget in yuan, a short spec. */
export type Item = { name: string; qty: string; budget: number; spec: string; brand?: string };

/** A rendered notice before it is given a URL: relative days are resolved by the caller's clock. */
export type RenderedNotice = { text: string; publishedAt: string; slug: string };

export type Dates = {
  /** `YYYY-MM-DD`, days before now (negative: after now). */
  date: (daysAgo: number) => string;
  /** The published timestamp, days before now. */
  at: (daysAgo: number, hourUtc?: number) => string;
};
