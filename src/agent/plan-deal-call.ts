import type { Understanding } from "./offline/types";

type DealPlan = { args: Record<string, unknown> } | { reason: "need_deal_details" };

/**
 * A deal update as update_opportunity's arguments, or a question back when the message says no change. The account
 * was resolved before (plan-offline asks when none is named); which deal is left to the tool, which asks among several.
 */
export function planDealCall(u: Understanding): DealPlan {
  const d = u.entities.deal ?? {};
  const said = [d.amount, d.close, d.stage, d.nextStep].some((x) => x !== undefined);
  if (!said) return { reason: "need_deal_details" };
  return {
    args: {
      accountId: u.entities.accountIds[0],
      dealHint: d.dealHint,
      amount: d.amount,
      amountChange: d.amountChange,
      closeDate: d.close?.date,
      closePeriod: d.close?.period,
      stage: d.stage,
      competitor: d.competitor,
      nextStep: d.nextStep,
    },
  };
}
