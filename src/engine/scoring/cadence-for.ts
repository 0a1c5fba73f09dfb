import type { InteractionKind, Lifecycle, Role } from "../types";

/**
 * One expected touchpoint: every `everyDays`, from `fromMonth` (inclusive) until `untilMonth`
 * (exclusive) months into cooperation. A touch counts when its kind and contact role match
 * (absent filters match anything); a contact's `lastContactAt` counts as a touch of unknown kind.
 */
export type CadenceItem = {
  code: string;
  everyDays: number;
  fromMonth?: number;
  untilMonth?: number;
  kinds?: InteractionKind[];
  roles?: Role[];
};

const FACE_TO_FACE: InteractionKind[] = ["meeting", "visit"];
const EXECUTIVES: Role[] = ["decision_maker", "approver"];

const CADENCES: Record<Lifecycle, CadenceItem[]> = {
  prospect: [{ code: "prospect_touch", everyDays: 30 }],
  // New accounts need close attention: weekly in the first month, then every two weeks.
  initial: [
    { code: "weekly_sync", everyDays: 7, untilMonth: 1 },
    { code: "biweekly_sync", everyDays: 14, fromMonth: 1 },
  ],
  stable: [{ code: "monthly_checkin", everyDays: 30 }],
  deep: [
    { code: "monthly_exec_touch", everyDays: 30, roles: EXECUTIVES },
    { code: "quarterly_business_review", everyDays: 91, kinds: FACE_TO_FACE },
  ],
  symbiotic: [
    { code: "quarterly_business_review", everyDays: 91, kinds: FACE_TO_FACE },
    { code: "annual_strategy_meeting", everyDays: 365, kinds: FACE_TO_FACE, roles: EXECUTIVES },
  ],
  // A fading relationship needs more contact than its tenure alone asks for, at the executives who can turn it.
  declining: [
    { code: "recovery_checkin", everyDays: 14 },
    { code: "monthly_exec_touch", everyDays: 30, roles: EXECUTIVES },
  ],
  dormant: [{ code: "reactivation_touch", everyDays: 30 }],
  lost: [{ code: "winback_review", everyDays: 60, roles: EXECUTIVES }],
};

/** The touchpoints a lifecycle stage expects (拜访节奏), as data. */
export function cadenceFor(stage: Lifecycle): CadenceItem[] {
  return CADENCES[stage];
}
