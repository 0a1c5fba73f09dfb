import { noticeTopicWords } from "../../engine/tender/quote-notice";
import { detectInteractionKind } from "./detect-interaction-kind";
import { correctDomainTypos } from "./domain-typos";
import { englishPlace, normalizeRegion } from "./english-places";
import { extractActionTitle, extractSummary } from "./extract-free-text";
import { extractHorizonMonths } from "./extract-horizon";
import { extractIndustry } from "./extract-industry";
import { extractRegion } from "./extract-region";
import { extractTiers } from "./extract-tiers";
import { extractUnresolvedAccount } from "./extract-unresolved-account";
import { extractWeekFields } from "./extract-week-fields";
import { findContacts } from "./find-contacts";
import { ACCOUNT_SCOPED_INTENTS, type Intent } from "./intents";
import { industryCode } from "./normalize-filters";
import { parseAmount } from "./parse-amount";
import { parseDates } from "./parse-dates";
import { dealListFilters } from "./read-deal-list";
import { toMentions } from "./resolve-mentions";
import type { ContactRef, Entities, MentionCandidate } from "./types";

type EntityInput = {
  intent: Intent;
  /** The message as typed (trimmed): summaries and titles keep the user's own punctuation. */
  raw: string;
  text: string;
  masked: string;
  now: string;
  chosen: MentionCandidate[];
  accountIds: string[];
  contacts: ContactRef[];
  /** The industry codes the user's book uses: "零售" is whatever code the book stores retailers under. */
  industries?: readonly string[];
  /** The places the user's accounts are in (宁德, 漳州), read as a region where jieba tags no place. */
  places?: readonly string[];
};

/**
 * The dates of the message. A logged call or visit reads a bare month-day as the last one, except one that would be
 * most of a year ago while the same day comes within weeks: "12月5日去嵩山拜访张红 记上" said on November 22 is the
 * visit to come (then an action, see futureLogIsAction), never last December's.
 */
function datesOf(masked: string, now: string, intent: string): ReturnType<typeof parseDates> {
  if (intent !== "log_interaction") return parseDates(masked, now, "future");
  const past = parseDates(masked, now, "past");
  if (!past.date) return past;
  const ahead = parseDates(masked, now, "future");
  const today = now.slice(0, 10);
  const days = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / 86_400_000;
  const farBack = days(today, past.date) > 300;
  const soon = !!ahead.date && ahead.date > today && days(ahead.date, today) <= 60;
  return farBack && soon ? ahead : past;
}

/** The tool arguments found in the message, for the chosen intent; absent ones are left out, never guessed. */
export function buildEntities(input: EntityInput): Entities {
  const { intent, text, masked, now, accountIds } = input;
  const entities: Entities = { accountIds, accountMentions: toMentions(input.chosen), contactIds: [] };
  const dates = datesOf(masked, now, intent);
  if (dates.dateRange) entities.dateRange = dates.dateRange;
  if (dates.date) entities.date = dates.date;
  const amount = parseAmount(masked);
  if (amount) entities.amount = amount;
  const tier = extractTiers(masked);
  if (tier) entities.tier = tier;
  // Filters only narrow a list; elsewhere "医院" in a question is no industry filter.
  if (intent === "find_accounts" || intent === "find_deals") {
    const industry = extractIndustry(masked);
    // A word with no code (医疗器械) is kept as said: the list then says honestly that nothing matches.
    const book = input.industries ?? [];
    const code = industry ? (industryCode(industry, book) ?? industry) : industryCode(masked, book);
    if (code) entities.industry = code;
    const region = englishPlace(masked) ?? extractRegion(withoutDates(masked, dates.spans), input.places);
    if (region) entities.region = normalizeRegion(region);
  } else {
    const region = extractRegion(withoutDates(masked, dates.spans));
    if (region) entities.region = normalizeRegion(region);
  }
  if (intent === "find_deals") entities.dealList = dealListFilters(masked, entities.amount);
  if (intent === "receivables")
    entities.receivableDue = NOT_DUE.test(masked)
      ? "not_due"
      : OVERDUE_ASKED.test(correctDomainTypos(masked))
        ? "overdue"
        : "all";
  if (intent === "tender_matches") {
    const about = noticeTopicWords(masked);
    if (about.length) entities.noticeAbout = about;
  }
  if (intent === "at_risk_accounts") {
    const risk = askedRisk(masked);
    if (risk) entities.risk = risk;
  }
  entities.contactIds = findContacts(text, input.contacts, accountIds);
  // Last contact and the timeline ask of an account or a person: with neither found, the name typed is said back.
  const personOrAccount =
    (intent === "last_contact" || intent === "account_timeline") && entities.contactIds.length === 0;
  if ((ACCOUNT_SCOPED_INTENTS.includes(intent) || personOrAccount) && accountIds.length === 0) {
    const unresolved = extractUnresolvedAccount(masked);
    if (unresolved) entities.unresolvedAccountText = unresolved;
  }
  if (intent === "generate_plan" || intent === "save_plan") {
    const horizon = extractHorizonMonths(masked);
    if (horizon) entities.horizonMonths = horizon;
  }
  addWriteFields(entities, intent, input.raw, dates.dateRange?.text);
  const week = extractWeekFields(intent, input.raw, masked);
  if (week) entities.week = week;
  return entities;
}

function addWriteFields(entities: Entities, intent: Intent, text: string, dateText?: string): void {
  if (intent !== "add_action" && intent !== "log_interaction") return;
  const kind = detectInteractionKind(text);
  if (kind) entities.interactionKind = kind;
  if (intent === "add_action") {
    const title = extractActionTitle(text, dateText);
    if (title) entities.actionTitle = title;
  } else {
    const summary = extractSummary(text);
    if (summary) entities.summary = summary;
  }
}

function withoutDates(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + " " + out.slice(s.end);
  return out;
}

/** The one signal a risk list asks about, in either language: 回款逾期, "owe us money", 谁被竞品抢了关系… */
const ASKED_RISKS: [NonNullable<Entities["risk"]>, RegExp][] = [
  [
    "late_payment",
    /回款|逾期|各欠|欠多少|(款|账).{0,4}(逾期|没回|未回|拖欠)|欠(款|钱|账)|\b(owes?|owing) us\b|\b(overdue|late|unpaid|outstanding) (on )?(payments?|invoices?|receivables?|bills?)\b|\b(payments?|invoices?|bills?) (are |is )?(overdue|late|past due)\b|\bpast due\b|\boverdue\b|\bunpaid\b|\bpay(ing)? late\b/i,
  ],
  [
    "main_contact_left",
    /(联系人|关键人|对接人).{0,4}(离职|走了|跳槽|换人)|\b(contacts?|champions?) (left|quit|gone)\b/i,
  ],
  ["lost_deal", /丢单|丢了.{0,3}单|输了.{0,3}单|\blost (a |the )?(deals?|bids?)\b/i],
  ["orders_falling", /订单.{0,4}(下滑|下降|减少|少了|掉|跌)|\borders? (falling|dropping|down|declin)/i],
];

function askedRisk(masked: string): Entities["risk"] {
  return ASKED_RISKS.find(([, re]) => re.test(masked))?.[0];
}

/** Money asked about that is not due yet: 没到期, 下个月到期, "not due yet", "coming due". */
const NOT_DUE =
  /没到期|未到期|不到期|快到期|即将到期|要到期|(下个?月|本月|这个?月|月底|年底|下周|这周|本周).{0,6}(到期|要回|该回|回款)|\bnot (yet )?due\b|\b(coming|falling|falls?|comes?) due\b|\bdue (soon|this|next|in|before|by)\b|\bupcoming\b/i;
const OVERDUE_ASKED = /逾期|过期|超期|拖欠|\boverdue\b|\bpast[- ]due\b|\blate\b/i;
