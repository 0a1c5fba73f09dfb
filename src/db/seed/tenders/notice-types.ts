/** Who buys or runs a procedure, as notices print it. */
export type Party = { name: string; address: string; person: string; phone: string };

/** One line of a requirement table: what, how many, its budget in yuan, a short spec. */
export type Item = { name: string; qty: string; budget: number; spec: string; brand?: string };

/** What a notice is meant to say, for parser and matcher evals. Omitted fields are not asserted. */
export type NoticeLabel = {
  type: "tender" | "award" | "intention" | "correction";
  language: "zh" | "en";
  projectName?: string;
  projectNumber?: string;
  buyer: string;
  agency?: string;
  budget?: { amount: number; currency: "CNY" };
  maxPrice?: { amount: number; currency: "CNY" } | null;
  awardAmount?: { amount: number; currency: "CNY" };
  /** Local time `YYYY-MM-DDTHH:mm`. */
  deadline?: string;
  winner?: string;
  /** The demo account key the buyer belongs to (a 院区 or branch counts), or null for outsiders. */
  account: string | null;
  /** The match kinds this notice is designed to produce for that account. */
  kinds: ("open_tender" | "upcoming" | "competitor_win" | "renewal")[];
};

/** A rendered notice before it is given a URL: relative days are resolved by the caller's clock. */
export type RenderedNotice = { text: string; publishedAt: string; slug: string; label: NoticeLabel };

export type Dates = {
  /** `YYYY-MM-DD`, days before now (negative: after now). */
  date: (daysAgo: number) => string;
  /** The published timestamp, days before now. */
  at: (daysAgo: number, hourUtc?: number) => string;
};
