import type { Stage, Tier } from "../../engine/types";
import type { DealEntities } from "./extract-deal-fields";
import type { WeekEntities } from "./extract-week-fields";
import type { Intent } from "./intents";

export type Language = "zh" | "en";

/** `parentId`: the group the account belongs to (when the user may see it); `industry`: the book's own code. */
export type AccountRef = {
  id: string;
  name: string;
  aliases: string[];
  parentId?: string | null;
  industry?: string | null;
  /** Where the account is, as stored (山东省济南市历下区): "山东那家", "the one in Shandong". */
  region?: string | null;
  /** The organisation's size (annual revenue, else employees): "the small one", "最大的那家". */
  size?: number | null;
};
export type ContactRef = {
  id: string;
  accountId: string;
  name: string;
  title: string | null;
  /** Left the account: still found by name, never as the holder of a role asked about ("采购现在该找谁"). */
  departed?: boolean;
  /** Whom they report to (a contact id, possibly at another account: a plant's head at the group). */
  reportsToId?: string | null;
};

export type ConversationContext = {
  lastAccountIds: string[];
  lastIntent?: string;
  /** The words the last turn named one deal by ("那个烘干机的单子"): "bump it to 2.15 million" next is that deal. */
  lastDealHint?: string;
  language?: Language;
  /** The last two accounts talked about together (a comparison): "那另一家呢" after one of them is the other. */
  pairIds?: string[];
  /** The one account talked about before the conversation moved on to the current one: "刚才那家" next. */
  earlierAccountIds?: string[];
  /** The accounts the last list showed, in its order: "第二个", "the second one". */
  lastListIds?: string[];
  /** The person the conversation is about: 他/她, "him", "that person". */
  lastContactIds?: string[];
  /**
   * The other person the last answer named (the boss asked for in "她老板是谁") and the pronoun the message used for
   * the person asked about: "上次跟他联系是哪天" next, with 他 after 她, means the boss.
   */
  answerContactIds?: string[];
  pronoun?: "f" | "m";
  /** The one risk signal the last list was filtered by (回款逾期): "加起来一共多少" next sums that list. */
  lastRisk?: Entities["risk"];
  /** The tender matches the last list showed, each its account and kind: "那个标啥时候截止" picks the one open tender. */
  lastTenders?: { accountId: string; kind: string }[];
  /** The dues the last receivables list showed: "一共多少", "total?" next sums the same list. */
  lastReceivableDue?: Entities["receivableDue"];
  /** The period and deal filters of the last deal list or forecast: "葛俊的呢" next asks the same of another rep. */
  lastDealAsk?: {
    dateRange?: Entities["dateRange"];
    dealList?: Entities["dealList"];
    industry?: string;
    region?: string;
    /** The competitor whose deals were listed ("华运抢了哪些单"): "一共多少" next sums the same deals. */
    competitor?: string;
  };
  /** The rep whose accounts the last turn was about ("show me he yiming's accounts"): "and his open deals" next. */
  lastRepId?: string;
  /** The choices the last reply offered (a question back): a typed answer picks one ("津湾那个", "the second"). */
  lastChoices?: { label: string; message: string }[];
  /** The choices not picked when the last turn answered one ("the supermarket one"): "and the other one?" next. */
  otherChoices?: { label: string; message: string }[];
};

export type UnderstandInput = {
  message: string;
  /** ISO timestamp; only its date part is used (the local calendar day). */
  now: string;
  accounts: AccountRef[];
  contacts?: ContactRef[];
  context?: ConversationContext;
  /**
   * Names of organisations the user may not see (other users' accounts): a piece of one of the user's
   * account names inside such a name is not a mention of that account ("钱塘大学" is not 钱塘大学…儿童医院).
   */
  otherNames?: string[];
  /** The names and aliases of accounts the user may not see: one written out is reported as not found. */
  hiddenAccountNames?: string[];
  /** The competitors on record, by name and aliases: "谱瑞在跟我们抢哪些单". */
  competitors?: { name: string; aliases: string[] }[];
  /** The reps whose accounts the user sees, when several (a manager): a list may be asked of one ("郑凯那边"). */
  reps?: { id: string; name: string }[];
};

export type AccountMention = { text: string; accountId: string; score: number };

export type DateRange = { from: string; to: string; text: string };

export type InteractionKindCode = "visit" | "call" | "email" | "meeting" | "event";

export type Entities = {
  /** A competitor the message names (its recorded name), and which of its deals are asked about. */
  competitor?: string;
  competitorStatus?: "open" | "lost" | "won" | "all";
  /** Resolved accounts in the order the message names them (or the context's, for a follow-up). */
  accountIds: string[];
  accountMentions: AccountMention[];
  /** Text that looks like an account name but matched none of the user's accounts. */
  unresolvedAccountText?: string;
  /** Organisation names written out that are none of the user's accounts (北京协和医院): reported, never replaced. */
  unresolvedNames?: string[];
  /** People named (王主任, "Dr. Wang", 张伟) who are no contact of the accounts in play. */
  unresolvedPeople?: string[];
  /** A named contact who works at another account than the one the message names: [contactId, accountId]. */
  contactElsewhere?: { contactId: string; accountId: string };
  contactIds: string[];
  /**
   * "杜文斌的领导是谁" where the boss works at another account: the person whose boss `contactIds` holds, and that
   * person's account (the talk stays there: "那个总工呢" next is at the person's account).
   */
  bossOf?: { contactId: string; accountId: string };
  /** A name or surname + title that fits contacts at several accounts, none named (沈院长): asked back, never picked. */
  ambiguousPerson?: { text: string; contactIds: string[]; guessed?: boolean };
  /** A shortened name that fits several accounts equally (湖州医院): asked back, never picked by a score. */
  ambiguousAccount?: { text: string; accountIds: string[] };
  /** A second question about the same account in the message ("who do we know there n last time we spoke"). */
  alsoAsked?: Intent;
  /** A group read from short words its members share (龙钢): the group first, then the members, to narrow down. */
  groupShared?: { text: string; accountIds: string[] };
  dateRange?: DateRange;
  /** One calendar day (YYYY-MM-DD) for an action's due date or an interaction's day. */
  date?: string;
  amount?: { amount: number; currency: string };
  tier?: Tier[];
  industry?: string;
  region?: string;
  /** One risk signal a list asks about: `late_payment` for 回款逾期 / "overdue payments". */
  risk?: "late_payment" | "main_contact_left" | "no_touch" | "competitor_stronger" | "lost_deal" | "orders_falling";
  interactionKind?: InteractionKindCode;
  /** A plan's horizon in months, when the message gives one. */
  horizonMonths?: number;
  actionTitle?: string;
  summary?: string;
  noticeText?: string;
  /** A list asked of one rep's accounts ("郑凯那边有啥逾期的"): the rep's user id. */
  ownerId?: string;
  /** Which receivables are asked about: past due, not yet due, or all (应收). */
  receivableDue?: "all" | "overdue" | "not_due";
  /** The receivables asked of longest past due first, and how many ("超期最久的是哪家": one). */
  receivableOldest?: { limit?: number };
  /** What a tender question asks the notice about, as the words its text may say it in (保证金, domestic). */
  noticeAbout?: string[];
  /** Words to find in the account's notes: what was said on a topic asked about (为啥还没付, 给了多少返点). */
  notesAbout?: string[];
  /** "巴总去年冬天交代的啥", "what were they complaining about back in march": what was said in `dateRange`. */
  saidThen?: boolean;
  /** The words a question named one deal by ("沙洋农场那个烘干机的单子现在多少钱": 烘干机). */
  dealNamed?: string;
  /** "他们最后一次下单是啥时候", "去年买过啥": their orders (of `dateRange` when one is said). */
  ordersAsked?: boolean;
  /** The figure a list is ranked by (战略价值最高的几家): find_accounts' sortBy. */
  sortBy?: "strategic_value" | "winnability" | "annual_revenue" | "wallet" | "employees";
  /** Monday-morning fields (issue 11): rep, action position/status/title, days, overdue. */
  week?: WeekEntities;
  /** A deal update (issue 18): the fields said and which deal. */
  deal?: DealEntities;
  /** A list of deals asked by stage, size or outcome ("100万以上还在谈判的单子"): find_deals' filters. */
  dealList?: {
    stages?: Stage[];
    minAmount?: number;
    maxAmount?: number;
    status?: "open" | "won" | "lost";
    sortBy?: "amount" | "close";
    /** Add the deals up stage by stage ("pipeline按阶段拆一下"). */
    byStage?: boolean;
    /** Only the first few are asked for ("前三个", "top three"). */
    limit?: number;
    /** Only the accounts of the list just shown ("which of them has the biggest open deal"). */
    accountIds?: string[];
  };
};

/** How sure each resolution is, 0-1: the caller asks back when two readings are close. */
export type Resolution = {
  kind: "account" | "contact" | "position" | "context" | "contact-account";
  id: string;
  confidence: number;
};

export type Understanding = {
  language: Language;
  intent: Intent;
  /** 0-1: how sure the cue tables are; the caller may ask back under ~0.5. */
  confidence: number;
  entities: Entities;
  followUp: boolean;
  /** Every account and person the message was read to mean, with how sure. */
  resolutions?: Resolution[];
  /** Short machine-readable notes on why (cue hits, resolution steps), for logs and evals. */
  reasons: string[];
};

/** A match of some surface text to an account, before overlapping matches are resolved. */
export type MentionCandidate = {
  start: number;
  end: number;
  accountId: string;
  score: number;
  text: string;
  kind: string;
  /** Other accounts the same words shorten to as well (湖州医院: 湖州市苕溪医院 and 湖州市南浔区人民医院). */
  rivals?: string[];
  /** A group's members the same short words fit too (龙钢 of 龙钢集团, 龙钢冷轧, 龙钢特钢): the group is read. */
  members?: string[];
};
