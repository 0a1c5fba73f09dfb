// The hand-written conversation sets, split BEFORE the understanding was worked on: within each set the 1st, 3rd,
// 5th… conversation is for development, the 2nd, 4th, 6th… is measured only (never looked at to tune the rules).

import type { Conversation } from "./conversation-types";
import { ACCOUNTS_EN } from "./conversations-accounts.en";
import { ACCOUNTS_ZH } from "./conversations-accounts.zh";
import { DEALS_EN } from "./conversations-deals.en";
import { DEALS_ZH } from "./conversations-deals.zh";
import { FIELD_EN } from "./conversations-field.en";
import { FIELD_ZH } from "./conversations-field.zh";
import { LISTS_EN } from "./conversations-lists.en";
import { LISTS_ZH } from "./conversations-lists.zh";
import { MEMBERS_EN } from "./conversations-members.en";
import { MEMBERS_ZH } from "./conversations-members.zh";
import { PEOPLE_EN } from "./conversations-people.en";
import { PEOPLE_ZH } from "./conversations-people.zh";
import { TALK } from "./conversations-talk";
import { UNKNOWN_EN } from "./conversations-unknown.en";
import { UNKNOWN_ZH } from "./conversations-unknown.zh";
import { WRITES_EN } from "./conversations-writes.en";
import { WRITES_ZH } from "./conversations-writes.zh";

const SETS: Conversation[][] = [
  PEOPLE_ZH,
  PEOPLE_EN,
  ACCOUNTS_ZH,
  ACCOUNTS_EN,
  LISTS_ZH,
  LISTS_EN,
  WRITES_ZH,
  WRITES_EN,
  UNKNOWN_ZH,
  UNKNOWN_EN,
  // Added later (group members, numbered hospitals, where a person works, short names in follow-ups), split the
  // same way and written before the rules for them were run against it.
  MEMBERS_ZH,
  MEMBERS_EN,
  // Added 2026-12-05 (issue 18): how reps type in the field (titles alone, last meetings, relative dates, planned
  // visits, short and given names, ambiguous names), written and committed before the understanding was changed.
  FIELD_ZH,
  FIELD_EN,
];

// Cases written while fixing the kinds they cover are development only: they never join the measured half.
// Deal updates (issue 18) were written while the deal-update understanding was built: development only.
export const DEVELOPMENT: Conversation[] = [
  ...SETS.flatMap((set) => set.filter((_, i) => i % 2 === 0)),
  ...TALK,
  ...DEALS_ZH,
  ...DEALS_EN,
];
export const MEASURED: Conversation[] = SETS.flatMap((set) => set.filter((_, i) => i % 2 === 1));
