import type { IntentCue } from "./intent-cue";

/** English cues for the Monday-morning intents (issue 11); see intent-cues-week-zh.ts. */
export const WEEK_EN_CUES: IntentCue[] = [
  {
    intent: "my_week",
    name: "week-priorities",
    re: /\b(this|the) week\b.{0,40}\b(prioriti[sz]e|focus|follow up|do first)\b|\b(prioriti[sz]e|focus on|follow up)\b.{0,40}\bthis week\b|\bmy week\b|\bon my plate\b|\b(busy|big|crazy|long) week\b|\bwhat should i (hit|tackle|chase|start with) first\b|\bwho should i (see|visit|call|hit) first\b|\bwhat('s| is) on (for )?(this week|today)\b|\bwhat should i (do|focus on|prioriti[sz]e)\b(?!\s+(next\s+)?(with|at|for|about|on)\b)|\b(which|what) (customers?|accounts?|clients?) (needs?|requires?|deserves?) (my )?(attention|focus|a visit|a call)\b.{0,20}\b(this|next) week\b/i,
    weight: 5,
  },
  { intent: "my_week", name: "rep-book", re: /[\u4e00-\u9fff]{2,3}'s (accounts|book|customers|week)\b/i, weight: 5 },
  {
    intent: "list_actions",
    name: "actions-due",
    re: /\b(actions?|tasks?|to-?dos?|follow-?ups?)\b.{0,30}\b(due|overdue|late|open|pending|outstanding)\b|\b(my|open|pending|outstanding) (actions|tasks|to-?dos|follow-?ups)\b|\b(due|overdue)\b.{0,20}\b(actions?|tasks?|to-?dos?)\b|^\s*(anything|what'?s|is anything|any(thing)? (still )?)\s*(overdue|late|pending)\s*\??\s*$/i,
    weight: 5,
  },
  {
    intent: "update_action",
    name: "change-action",
    re: /\bmark\b.{0,40}\b(done|complete|completed|finished)\b|\b(task|to-?do|action|reminder)\b.{0,60}\b(close|tick|check) (it|that) off\b|\b(task|to-?do|action|reminder)\b.{0,60}\bclose (it|that)\b|\b(task|to-?do|action|reminder)\b.{0,60}\b(is |'s )?(done|finished|completed)\b(?!\?)|\b(push|move|reschedule|postpone|shift)\b.{0,50}\bto\b|\b(drop|cancel)\b.{0,30}\b(action|task)\b|\bdone with\b.{0,40}\b(tick|check|cross) (it|that|this) off\b/i,
    weight: 6,
  },
  {
    // "how many times did we meet priya this month", "how often have we talked to them lately": counted by month.
    intent: "last_contact",
    name: "contact-count",
    re: /\bhow (many times|often)\b.{0,40}\b(met|meet|seen|see|talk(ed)?|spoke|speak|call(ed)?|visit(ed)?|contact(ed)?|been in touch)\b|\b(met|talked|spoke|called|visited|contacted)\b.{0,30}\bhow many times\b/i,
    weight: 7,
  },
  {
    intent: "last_contact",
    name: "last-contact",
    re: /\bwhen (did|was) (i|we)\b.{0,30}\blast\b|\blast (contact|visit|call|meeting|spoke|saw|talked)\b|\b(date|day|time) of (our|the) (most recent|latest|last) (conversation|contact|call|meeting|visit|interaction|talk)\b|\bmost recent (conversation|contact|call|meeting|visit|interaction)\b|\blast time (we|i|someone|anyone|somebody|anybody) (spoke|talked|met|saw|visited|called|contacted|were there)\b|\bwhen did (i|we) last\b|\b(have|did) (we|i) (talked|spoken|met|been in touch|contacted|visited|called|talk|speak|meet|contact|visit|call)\b.{0,40}\b(lately|recently|this (week|month))\b|\bwhat did ([A-Z][a-z]+|he|she|they) (say|tell (us|me)|mention)\b/i,
    weight: 5,
  },
  {
    intent: "stale_accounts",
    name: "not-contacted",
    re: /\bneglect(ing|ed)?\b|\b(gone|went|been|going) (quiet|silent|dark|cold)\b|\b(haven'?t|have not|not|hasn'?t|has not)\b.{0,20}\b(been )?(contacted|visited|called|touched|spoken to|reached|talked to|talked with|spoken with|seen|met|heard from|been to|gone to|visited)\b(?!\s+(anyone|anybody|someone|somebody)\b)|\bno contact\b|\bnot been in touch\b|\b(gone|been) (the )?longest\b.{0,30}\b(without|since)\b|\blongest (since|without) (a )?(contact|visit|call|touch)\b|\b(stale|neglected|dormant|forgotten) (accounts?|customers?|clients?)\b|\b(accounts?|customers?|clients?) (gone |going )?(stale|cold)\b|^\s*(any )?stale( ones| accounts?)?\s*\??\s*$/i,
    weight: 5,
  },
  {
    intent: "account_timeline",
    name: "what-happened",
    re: /\bwhat happened\b|\bwhat'?s new\b|\btimeline\b|\brecent activity\b|\b(activity|visit|call|contact) (log|history|notes)\b/i,
    weight: 4,
  },
  {
    intent: "attainment",
    name: "attainment",
    re: /\b(against|vs\.?|versus)\b.{0,12}\b(targets?|quotas?|goals?)\b|\battainment\b|\b(won|revenue|bookings|closed|wins)\b.{0,30}\b(by|per|split by|broken down by|for each) (rep|salesperson|person|seller|owner)s?\b|\bhow are (we|i) doing\b.{0,30}\b(target|quota|year)\b/i,
    weight: 6,
  },
];
