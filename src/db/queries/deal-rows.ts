import { accounts, opportunities } from "../schema";

/**
 * The columns a list of deals shows (a rival's deals, deals by stage or size): select them from `opportunities`
 * joined with `accounts` on the deal's account.
 */
export const DEAL_ROW = {
  opportunityId: opportunities.id,
  name: opportunities.name,
  accountId: opportunities.accountId,
  accountName: accounts.name,
  competitor: opportunities.competitor,
  status: opportunities.status,
  stage: opportunities.stage,
  amount: opportunities.amount,
  expectedClose: opportunities.expectedClose,
  closedAt: opportunities.closedAt,
};
