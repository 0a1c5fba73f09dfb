import type { AgentCase } from "./agent-case-types";
import { acc, ask, c, decide, ECMG, eq, YJ } from "./case-builders";

/**
 * Deal updates in chat (issue 18), development: the change is held for confirmation and rejected, so each case
 * stands alone; a question about a deal is no update.
 */
export const DEAL_CASES: AgentCase[] = [
  c(
    "zh",
    "rep1",
    ["update_opportunity", "write", "dates"],
    ask("zh", "甬江医院那单150万，月底签", ["update_opportunity"], {
      confirm: true,
      args: { accountId: acc(YJ), amount: eq(1_500_000), closeDate: eq("2026-11-30") },
    }),
    decide("zh", "reject", "update_opportunity"),
  ),
  c(
    "en",
    "rep1",
    ["update_opportunity", "write"],
    ask("en", "ECMG HIS deal is now 2.4M, next step: send revised quote", ["update_opportunity"], {
      confirm: true,
      args: { accountId: acc(ECMG), amount: eq(2_400_000), nextStep: eq("send revised quote") },
    }),
    decide("en", "reject", "update_opportunity"),
  ),
  c("zh", "rep1", ["account_overview"], ask("zh", "甬江医院那单怎么样了", ["account_overview"])),
];
