import type { AccountFacts, Tier } from "../types";

/** What a my-week item asks the rep to do something about. */
export const MY_WEEK_KINDS = [
  "touchpoint",
  "action",
  "deal_closing",
  "deal_stalled",
  "tender_deadline",
  "predicted_purchase",
  "receivable",
  "churn_rise",
] as const;
export type MyWeekKind = (typeof MY_WEEK_KINDS)[number];

/** Why an item is on the list: a code and the numbers behind it (checkable against the data), rendered to zh/en. */
export type WeekReason = { code: string; numbers: Record<string, number | string | null> };

export type MyWeekItem = {
  kind: MyWeekKind;
  accountId: string;
  accountName: string;
  ownerId: string | null;
  tier: Tier | null;
  /** `YYYY-MM-DD`: when it is (or was) due. */
  due: string;
  /** Days past due at `now` (negative: days left). */
  daysOverdue: number;
  /** Money at stake in yuan (see rankItem for which amount each kind uses). */
  value: number;
  /** tier × urgency × value, see rankItem. */
  priority: number;
  reason: WeekReason;
  text: { zh: string; en: string };
  /** The record the item is about: an action, deal, notice or touchpoint code. */
  ref: { actionId?: string; opportunityId?: string; noticeId?: string; touchpoint?: string };
};

export type WeekAccount = {
  facts: AccountFacts;
  tier: Tier | null;
  /** Churn-risk score (0-100) now and at the baseline a week or more ago; null when unknown. */
  churn?: { now: number; before: number | null } | null;
};

export type WeekAction = {
  id: string;
  accountId: string;
  title: string;
  due: string;
  owner: string;
  ownerId: string | null;
};

export type WeekTender = {
  accountId: string;
  noticeId: string;
  kind: string;
  projectName: string | null;
  /** Bid deadline, local ISO `YYYY-MM-DDTHH:mm` or null. */
  deadline: string | null;
  window: { from: string; to: string };
  value: number | null;
};

export type MyWeekInput = {
  accounts: WeekAccount[];
  actions: WeekAction[];
  tenders: WeekTender[];
  /** ISO date or timestamp; only its calendar day is used. */
  now: string;
  /** The window: items due up to now + days (overdue ones always). */
  days: number;
  options?: Partial<MyWeekOptions>;
};

export type MyWeekOptions = {
  /** An open deal with no stage change for this many days is stalled. */
  stallDays: number;
  /** A churn-risk score up this many points since the baseline counts as risen. */
  churnRisePoints: number;
};

export const DEFAULT_MY_WEEK_OPTIONS: MyWeekOptions = { stallDays: 45, churnRisePoints: 10 };
