/** The offline understanding's intents: each is the name of the agent tool it routes to (plus three non-tool outcomes). */
export const INTENTS = [
  "find_accounts",
  "account_overview",
  "explain_score",
  "compare_accounts",
  "at_risk_accounts",
  "power_map",
  "generate_plan",
  "show_plan",
  "forecast",
  "competitor_deals",
  "tender_matches",
  "parse_notice",
  "portfolio_kpis",
  "briefing_preview",
  "save_plan",
  "add_action",
  "log_interaction",
  // Monday morning (issue 11).
  "my_week",
  "list_actions",
  "update_action",
  "last_contact",
  "stale_accounts",
  "account_timeline",
  "attainment",
  // Deals updated in chat (issue 18).
  "update_opportunity",
  "receivables",
  // Deals listed by stage, size and owner.
  "find_deals",
  "help",
  "out_of_scope",
  "forbidden",
] as const;
export type Intent = (typeof INTENTS)[number];

/** Intents whose tool needs at least one account; a follow-up without a named account borrows the last ones. */
export const ACCOUNT_SCOPED_INTENTS: readonly Intent[] = [
  "account_overview",
  "explain_score",
  "compare_accounts",
  "power_map",
  "generate_plan",
  "show_plan",
  "save_plan",
  "add_action",
  "log_interaction",
  "update_opportunity",
];

/**
 * Tie-break order when two intents score the same: writes and specific asks before lists and
 * overviews, help last (it is also the fallback).
 */
export const INTENT_PRECEDENCE: readonly Intent[] = [
  "forbidden",
  "parse_notice",
  "save_plan",
  "add_action",
  "update_opportunity",
  "update_action",
  "log_interaction",
  "generate_plan",
  "compare_accounts",
  "explain_score",
  "power_map",
  "receivables",
  "at_risk_accounts",
  "attainment",
  "last_contact",
  "stale_accounts",
  "list_actions",
  "my_week",
  "account_timeline",
  "competitor_deals",
  "find_deals",
  "forecast",
  "tender_matches",
  "portfolio_kpis",
  "briefing_preview",
  "show_plan",
  "find_accounts",
  "account_overview",
  "out_of_scope",
  "help",
];
