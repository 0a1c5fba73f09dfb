import type { Strategy } from "../../engine/types";
import type { UserKey } from "./company";
import type { Industry } from "./demo-data-schema";

export const WAN = 10_000;

/** How an account pays: punctual before due, late (20-75 days after due), or mixed (about a third late). */
export type Payment = "punctual" | "late" | "mixed";

/**
 * Orders are generated per window so each profile's numbers are exact: `recent` is the last 12 months,
 * `prior` the 12 before, `old` anything earlier. Each window is `[total yuan, count]`.
 */
export type OrderPlan = {
  /** The very first order, days before now: sets the lifecycle stage. */
  firstDaysAgo: number;
  recent: [number, number];
  prior?: [number, number];
  old?: [number, number];
  /** The most recent order is at least this many days old (default 7). */
  latestDaysAgo?: number;
  skus: string[];
  payment: Payment;
  /** How many of the latest past-due orders stay unpaid (overdue). */
  overdue?: number;
  margin?: [number, number];
};

export type PeoplePlan = {
  /** Number of current contacts; 1 means single-threaded. */
  size: number;
  mood: "warm" | "mixed" | "cold";
  /** The rival present at this account (one of the three competitors' names). */
  competitor?: string;
  /** The decision maker favours the competitor while a direct line below is our strong ally. */
  crossThread?: "neutral" | "opponent";
  /** The (former) decision maker, our champion, left; a new one we barely know replaced them. */
  dmLeft?: boolean;
  /** Template positions (leaves of the org chart, 6 or 7) whose holder has left the account. */
  left?: number[];
};

export type TouchPlan = { lastDaysAgo: number; perQuarter: number };

export type AccountSpec = {
  key: string;
  /**
   * The strategy this profile is designed to suggest (客户获取/提升/维系/亡羊补牢/以静制动): an intention for
   * demos and evals, not ground truth the engine must reproduce.
   */
  strategy: Strategy;
  /** The profile this account is meant to show (documentation for the scoring engine's authors). */
  profile: string;
  name: string;
  aliases?: string[];
  parent?: string;
  industry: Industry;
  region: string;
  employees: number;
  annualRevenue: number | null;
  owner: UserKey;
  wallet: number;
  strategicValue: number;
  winnability: number;
  target?: number;
  /** null: a prospect with no orders at all. */
  orders: OrderPlan | null;
  people: PeoplePlan;
  touch: TouchPlan;
};
