import type { IntentCue } from "./intent-cue";

// Money owed, in English: overdue invoices, late payers, past-due money, what is falling due (the receivables).

export const MONEY_EN_CUES: IntentCue[] = [
  {
    // "overdue invoices pls", "which accounts have overdue payments", "invoices past due": money past due now is the
    // receivables list (overdue part); the late-payment risk also counts a history of paying late.
    intent: "receivables",
    name: "overdue-money",
    re: /\boverdue (on )?(invoices?|payments?|bills?|receivables?|money|amounts?|balances?)\b|\b(invoices?|payments?|bills?) (that are |are |is )?(overdue|past due)\b/i,
    weight: 4.8, // a dated errand to chase the money ("明天去催逾期款") stays a task
  },
  {
    // "my late payers, largest on top", "who's late paying us", "team's past-due money": what is owed past due now.
    intent: "receivables",
    name: "late-payers",
    re: /\blate pay(ers?|ing)\b|\b(who'?s|who is|who are|which accounts? (are|is)) late\b|\bpast[- ]due (money|amounts?|list|accounts?|balances?|receivables?|invoices?)\b/i,
    weight: 5,
  },
  {
    // "overdue list pls, biggest first", "who's overdue", "overdue accounts": what is owed past due, by amount.
    intent: "receivables",
    name: "overdue-list",
    re: /^\W*overdue\b|\boverdue\b.{0,12}\b(list|accounts?|customers?|clients?|money|amounts?|totals?|receivables?)\b|\b(list|who'?s|who is|who are|anyone|anybody|any accounts?|which accounts?)\b.{0,16}\boverdue\b/i,
    weight: 4,
  },
  {
    intent: "receivables",
    name: "receivables",
    re: /\breceivables?\b|\b(owed?|owing|money|invoices?|payments?)\b.{0,30}\bnot (yet )?due\b|\bnot (yet )?due\b|\b(coming|falling|falls?) due\b|\b(payments?|invoices?|money) due (this|next|soon)\b|\bdue (this|next) (week|month|quarter)\b|\bupcoming payments?\b|\bwho owes us\b|\bhow much (are we|am i) owed\b/i,
    weight: 4.5,
  },
];
