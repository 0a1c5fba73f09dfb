import { createClock } from "./dates";
import { buildTenderNoticeLabels } from "./tenders/build-tender-notices";

export type { NoticeLabel } from "./tenders/notice-types";

/**
 * The intended reading of each demo notice (same order as `buildDemoData(now).tenderNotices`): type,
 * numbers, buyer, money, deadline, winner, the demo account it concerns and the match kinds it should produce.
 * For parser and matcher evals; omitted fields are not asserted.
 */
export function buildDemoNoticeLabels(now: string) {
  return buildTenderNoticeLabels(createClock(now));
}
