import { MONEY_NOT_IN, noteTopicWords } from "../../engine/timeline/notes-about";
import { narrowByPlace } from "./described-by-place";
import type { Intent } from "./intents";
import { REP_SCOPED, rankAsked, repAsked, writesRep } from "./list-scope";
import { industryCode } from "./normalize-filters";
import { CJK_CHAR } from "./normalize-text";
import { questionWords } from "./question-words";
import { BY_STAGE, DEAL_WORD, dealListFilters } from "./read-deal-list";
import { reviseAskedOfPast } from "./revise-asked-of-past";
import {
  dealAsked,
  futureLogIsAction,
  keepDealFilters,
  listSorted,
  listTotal,
  rivalAsked,
  tenderOfLastList,
} from "./revise-intent";
import { dueAfterReceivables } from "./revise-receivables";
import type { Entities, UnderstandInput } from "./types";

/** What reviseReading reads: the intent the cues chose, the entities found so far, the message as read and masked. */
type Reading = {
  intent: Intent;
  entities: Entities;
  text: string;
  masked: string;
  mentionedIds: string[];
  rival: string | undefined;
  input: UnderstandInput;
};

/**
 * The intent once the message's accounts, people and dates are known (see revise-intent.ts), and the entities that
 * depend on it: a ranking's figure, the one tender of a listed kind, the notes' words, one rep's accounts.
 */
export function reviseReading(r: Reading): Intent {
  const { entities, text, masked, mentionedIds, rival, input } = r;
  // "战略价值最高的几家": a list ranked by a figure, asked of no account in particular.
  const sortBy = mentionedIds.length === 0 ? rankAsked(masked) : undefined;
  if (sortBy) entities.sortBy = sortBy;
  const ranked = sortBy && ["help", "find_accounts", "account_overview"].includes(r.intent);
  const intent =
    (ranked ? "find_accounts" : undefined) ??
    rivalAsked(rival, mentionedIds, masked) ??
    listTotal(r.intent, entities, masked, mentionedIds, input.context) ??
    (mentionedIds.length === 0 ? listSorted(r.intent, entities, masked, input.context) : undefined) ??
    dealAsked(r.intent, entities) ??
    futureLogIsAction(r.intent, entities, input.now, input.message);
  const history = reviseAskedOfPast(intent, entities, text, masked, mentionedIds, input);
  if (history) return history;
  // "超期最久的是哪家 从几号开始欠的", "拖得最久的是哪家", "who's been overdue the longest": the money longest past due first,
  // one account when one is asked for; of the whole book (or the rep's) unless an account is named.
  if (
    mentionedIds.length === 0 &&
    LONGEST_OWED.test(masked) &&
    ["help", "receivables", "at_risk_accounts", "find_accounts", "stale_accounts"].includes(intent)
  ) {
    entities.receivableOldest = ONE_ASKED.test(masked) ? { limit: 1 } : {};
    entities.accountIds = [];
    return reviseOwner("receivables", entities, text, input);
  }
  // "哪家欠得最多" right after the receivables (listed by what is owed, most first): the first of that list.
  const owed = input.context?.lastIntent === "receivables" ? (input.context.lastListIds ?? []) : [];
  if (owed.length > 0 && mentionedIds.length === 0 && OWES_MOST.test(masked)) {
    entities.accountIds = [owed[0]];
    return "account_overview";
  }
  if (dueAfterReceivables(intent, entities, masked, mentionedIds, input.context)) return "receivables";
  // "欠款呢 还有多少没回" right after one account: what that account owes, not every late payer of the book.
  const talked = input.context?.lastAccountIds ?? [];
  const aboutOne = ONE_ACCOUNT_TOPICS.includes((input.context?.lastIntent ?? "") as Intent);
  if (
    intent === "at_risk_accounts" &&
    entities.risk === "late_payment" &&
    mentionedIds.length === 0 &&
    talked.length === 1 &&
    aboutOne &&
    masked.trim().length <= 20 &&
    HOW_MUCH_OWED.test(masked)
  ) {
    entities.accountIds = [talked[0]];
    entities.receivableDue = "all";
    return "receivables";
  }
  // "冰川比咱低多少", "what's frostline putting on the table" right after one account: what its notes say of that rival.
  if (rival && mentionedIds.length === 0 && talked.length === 1 && aboutOne && RIVAL_AT_ACCOUNT.test(masked)) {
    const named = (input.competitors ?? []).find((c) => c.name === rival);
    entities.accountIds = [talked[0]];
    entities.notesAbout = [...new Set([rival, ...(named?.aliases ?? []), ...questionWords(masked)])];
    return "account_overview";
  }
  // "如果没有的话帮我draft一个吧", "if there's none, draft one": right after a plan was shown, a new one for that account.
  const planShown = input.context?.lastIntent === "show_plan" && (input.context.lastAccountIds ?? []).length === 1;
  if (planShown && mentionedIds.length === 0 && ["help", "show_plan"].includes(intent) && DRAFT_ONE.test(masked)) {
    entities.accountIds = [...(input.context?.lastAccountIds ?? [])];
    return "generate_plan";
  }
  // "RSSP tabuk O&M bid - status?": our bid for one account's deal, its status, is the account's deals.
  if (
    intent === "tender_matches" &&
    mentionedIds.length === 1 &&
    OUR_BID_STATUS.test(masked) &&
    !TENDER_SAID.test(masked)
  )
    return reviseOwner("account_overview", entities, text, input);
  // "那个标啥时候截止" after tenders of several accounts: the one of the kind asked about.
  const tender = intent === "tender_matches" ? tenderOfLastList(masked, entities, input.context) : undefined;
  if (tender) entities.accountIds = [tender];
  // "whats holding up the payment" right after one account's money: a topic of its notes, of the account talked about.
  if (intent === "help" && mentionedIds.length === 0 && talked.length === 1 && noteTopicWords(text, null).length > 0) {
    entities.accountIds = [talked[0]];
    entities.notesAbout = noteTopicWords(text, null);
    return "account_overview";
  }
  // "吉大港那笔钱为啥还没付", "釜山海工那单fjordmarin给了多少返点": what the account's notes say on it.
  if (intent === "account_overview" && entities.accountIds.length > 0) {
    const named = rival ? (input.competitors ?? []).find((c) => c.name === rival) : null;
    const words = [...new Set([...noteTopicWords(text, named), ...questionWords(masked)])];
    if (words.length > 0) entities.notesAbout = words;
    // "那个烘干机的单子现在多少钱": the deal named (by its Chinese words), for "bump it to …" next.
    const dealWords = questionWords(masked).filter((w) => CJK_CHAR.test(w));
    if (DEAL_WORD.test(masked) && dealWords.length > 0) entities.dealNamed = dealWords.join(" ");
  }
  // "海沧集卡那28万尾款怎么还没到账", "津湾那笔款还没付吧": whether one account's money came in is its overview (what it
  // owes, since when), with what its notes say on payment; "华通一局尾款催了没 还差多少" stays its receivables.
  if (intent === "receivables" && mentionedIds.length <= 1 && entities.accountIds.length === 1) {
    const words = noteTopicWords(text, null);
    if (words.length > 0 || MONEY_CAME_IN_ASKED.test(masked)) {
      if (words.length > 0) entities.notesAbout = words;
      return reviseOwner("account_overview", entities, text, input);
    }
  }
  // "陶思远的单子", "tao siyuan's deals": a rep named with deals and no account is that rep's deals.
  // "how many open deals does Jia Jianjun have": a count or list of deals, not the forecast the word "deals" suggests.
  const dealsNotForecast = intent === "forecast" && !entities.dateRange && !FORECAST_SAID.test(masked);
  if (
    mentionedIds.length === 0 &&
    (intent === "help" || intent === "find_accounts" || dealsNotForecast) &&
    DEAL_WORD.test(masked) &&
    repAsked(text, "find_deals", input.reps ?? [])
  ) {
    entities.dealList = dealListFilters(masked, entities.amount);
    return reviseOwner("find_deals", entities, text, input);
  }
  // "which of them has the biggest open deal" right after a list of accounts: the biggest deal of those accounts.
  const listed = input.context?.lastIntent && ACCOUNT_LISTS.includes(input.context.lastIntent as Intent);
  const shown = input.context?.lastListIds ?? [];
  // "他俩的单子各多少钱" after a list of two: the deals of those accounts.
  const ofThem = BIGGEST_OF.test(masked) || (shown.length <= 5 && THEM.test(masked));
  if (listed && shown.length > 1 && mentionedIds.length === 0 && DEAL_WORD.test(masked) && ofThem) {
    entities.accountIds = [];
    // "长沙那两家哪家有在跟的单子": of those listed, the ones in the place said.
    entities.dealList = {
      ...dealListFilters(masked, entities.amount),
      accountIds: narrowByPlace(text, shown, input.accounts),
      ...(BIGGEST_OF.test(masked) ? { limit: 1 } : {}),
    };
    return "find_deals";
  }
  // "is sunshine's deal bigger than xiaoxiang's?": two accounts' deals set side by side.
  if (mentionedIds.length >= 2 && DEAL_WORD.test(masked) && SIZES_COMPARED.test(masked)) {
    entities.dealList = { ...dealListFilters(masked, entities.amount), accountIds: [...mentionedIds] };
    entities.accountIds = [];
    return "find_deals";
  }
  // "只要工厂的", "just the ones in Guangxi" right after a deal list: the same deals, narrowed by kind or place.
  const lastDeals = input.context?.lastIntent === "find_deals" || input.context?.lastIntent === "forecast";
  const narrowed = intent === "find_accounts" && (entities.industry || entities.region);
  if (lastDeals && narrowed && mentionedIds.length === 0 && masked.length <= 30 && !ACCOUNTS_SUBJECT.test(masked)) {
    keepDealFilters(entities, input.context?.lastDealAsk);
    entities.dealList = { ...input.context?.lastDealAsk?.dealList, ...dealListFilters(masked, entities.amount) };
    return "find_deals";
  }
  // "团队pipeline按阶段拆一下", "pipeline by stage": the open deals added up stage by stage.
  if (mentionedIds.length === 0 && FILTERED_DEALS_FROM.includes(intent) && BY_STAGE.test(masked)) {
    entities.dealList = dealListFilters(masked, entities.amount);
    return reviseOwner("find_deals", entities, text, input);
  }
  // "湖北的高校跟医院 还没签下来的 50万以上的", "total open pipeline at universities?": deals of accounts of a kind or
  // a place, no account named, are the deal list so filtered.
  // "江苏有在谈项目的客户有哪些" asks for accounts: without money asked, a list of accounts stays one.
  const accountsAsked = ACCOUNTS_SUBJECT.test(masked) && !DEAL_MONEY.test(masked);
  if (mentionedIds.length === 0 && FILTERED_DEALS_FROM.includes(intent) && OPEN_DEALS.test(masked) && !accountsAsked) {
    const book = [...new Set(input.accounts.map((a) => a.industry ?? "").filter(Boolean))];
    const industry = entities.industry ?? industryCode(masked, book);
    if (industry || entities.region) {
      if (industry) entities.industry = industry;
      entities.dealList = dealListFilters(masked, entities.amount);
      return reviseOwner("find_deals", entities, text, input);
    }
  }
  // "贺一鸣今年签了多少", "how much has he yiming closed this year": a rep's won revenue is their attainment.
  const repNamed = (input.reps ?? []).filter((rep) => writesRep(text, rep.name));
  if (mentionedIds.length === 0 && repNamed.length === 1 && REP_WON.test(masked) && REP_WON_FROM.includes(intent)) {
    entities.week = { ...entities.week, rep: repNamed[0].name };
    return "attainment";
  }
  // "and his open deals" right after one rep's accounts: that rep's, not the user's whole book.
  const lastRep = input.context?.lastRepId;
  if (lastRep && mentionedIds.length === 0 && repNamed.length === 0 && REP_PRONOUN.test(masked)) {
    if (DEAL_WORD.test(masked) && ["help", "find_accounts", "forecast", "find_deals"].includes(intent)) {
      entities.dealList = dealListFilters(masked, entities.amount);
      entities.ownerId = lastRep;
      return "find_deals";
    }
    if (REP_SCOPED.includes(intent)) entities.ownerId = lastRep;
  }
  return reviseOwner(intent, entities, text, input);
}

/** Lists of accounts a next question may pick from by their deals. */
const ACCOUNT_LISTS: readonly Intent[] = ["find_accounts", "at_risk_accounts", "stale_accounts", "receivables"];
/** The biggest of them asked: 哪家…最大, 谁的单子最大, "which of them has the biggest". */
const BIGGEST_OF = /(哪|谁).{0,10}最(大|多|值钱)|\b(which|who)\b.{0,30}\b(biggest|largest)\b/i;

/** Our bid's status asked ("… bid - status?", "where are we on the bid"), not a tender notice. */
const OUR_BID_STATUS =
  /\bbid\b.{0,20}\b(status|where are we|how'?s it going|update)\b|\b(status|where are we)\b.{0,20}\bbid\b/i;
const TENDER_SAID = /\b(tenders?|notices?|deadline|rfp|rfq|who won|awarded)\b|招标|公告|截止|中标/i;

/** The accounts just listed, pointed at: 他俩, 这两家, 它们, both, each, their. */
const THEM = /他俩|她俩|他们俩|这俩|这两家|那两家|它们|他们的|各自|\bboth\b|\beach\b|\btheir\b/i;
/** Sizes set against each other: bigger, larger, 哪个大, 比…大. */
const SIZES_COMPARED = /\b(bigger|larger|smaller|more|less)\b|更大|更多|哪个大|哪家大|比.{0,12}(大|多|小|少)/i;

/** The forecast itself asked: 预测, 加权, forecast, weighted, projection, quota. */
const FORECAST_SAID =
  /预测|加权|预计|指标|目标|\bforecast|\bweighted\b|\bprojection|\bquota\b|\btarget\b|\bexpected\b/i;

/** Accounts as what a list is of, and money asked of deals (a size, a sum). */
const ACCOUNTS_SUBJECT = /客户|\b(accounts?|customers?|clients?)\b/i;
const DEAL_MONEY =
  /多少钱|金额|加起来|合计|总共|一共|\d|[一二两三四五六七八九十百千]+万|\b(total|how much|sum|value|worth|pipeline)\b/i;

/** Deals still open said: 还没签下来的, 还开着的单子, 在跟的单子, "open pipeline", "open deals". */
const OPEN_DEALS =
  /(还)?(没|未)签(下来|掉)?的|(开着|在跟|在谈|没关|未关)的?(单|单子|项目|商机)|(单子|商机|项目)|\b(open )?(pipeline|deals?|opportunities|opps)\b/i;
const FILTERED_DEALS_FROM: readonly Intent[] = ["find_accounts", "forecast", "account_overview", "help", "find_deals"];

/** A rep's results asked: 签了多少, 拿了多少单, 业绩, "how much has X won", "X's numbers this year". */
const REP_WON =
  /(签|拿|赢|成交|做|完成)(了|下)?多少|业绩|\bhow much (has|did|have) .{1,30}\b(won|closed|signed|booked|sold)\b|\b(won|closed|signed|booked)\b.{0,12}\b(so far|this year|ytd)\b|\bnumbers\b/i;
const REP_WON_FROM: readonly Intent[] = [
  "help",
  "find_accounts",
  "forecast",
  "find_deals",
  "attainment",
  "account_overview",
  "portfolio_kpis",
];
/** The rep just talked about, pointed at: 他的, 她的, his, her. */
const REP_PRONOUN = /他的|她的|他那边|她那边|\b(his|her)\b/i;

/** Which one owes the most: 哪家欠得最多, 谁欠的最多, "who owes the most", "the biggest debtor". */
/** What a rival offers or how it stands at one account: its price, terms, pitch, ties. */
const RIVAL_AT_ACCOUNT =
  /比(咱|我们|我)|(低|高|便宜|贵)(了)?多少|报价|报了|给了|开了|条件|关系|\b(offer(ing|ed)?|pitch(ing)?|putting on the table|propos(e|ing)|quot(e|ed|ing)|pric(e|ed|ing)|cheaper|undercut(ting)?|relationship|beat us|by how much)\b/i;

/** Turns about one account, after which a short question about money owed is that account's. */
const ONE_ACCOUNT_TOPICS: readonly Intent[] = [
  "account_overview",
  "receivables",
  "power_map",
  "forecast",
  "account_timeline",
  "last_contact",
  "explain_score",
];
/** How much is owed asked: 还有多少没回, 欠多少, "how much do they owe". */
const HOW_MUCH_OWED = /多少|几个?钱|\bhow much\b|\bwhat(?:'s| is| do)?\b.{0,12}\bowe/i;

/** The money longest past due asked about: 超期最久, 拖得最久, 欠得最久, "overdue the longest", "oldest unpaid". */
const LONGEST_OWED =
  /(超期|逾期|拖欠|拖款|拖|欠款?|欠钱|没付|未付|没回款)(得|的|了)?(时间)?最(久|长)|最(久|早)(没|未)(付|回款|结)|\b(overdue|late|owed|owing|unpaid)\b.{0,12}\b(longest|oldest)\b|\b(longest|oldest)\b.{0,12}\b(overdue|unpaid|debt|receivables?|invoice)\b/i;
/** One account asked for: 哪家, 哪个, which one, who. */
const ONE_ASKED = /哪(家|个|一家)|\bwhich( one| account)?\b|\bwho\b/i;

const OWES_MOST =
  /(哪|谁)(家|个|一家|一个)?.{0,3}欠(得|的)?(钱)?最多|欠(得|的)最多的(是)?(哪|谁)|\bwho(?:'s| is)? ow(es|ing) (us )?(the )?most\b|\b(biggest|largest) debtor\b|\bwhich (one|account) owes (us )?(the )?most\b/i;

/** Asking for one to be made: draft一个, 起草一份, 做一个, "draft one", "make one for me". */
const DRAFT_ONE =
  /(draft|起草|生成|拟|做|写|出)\s*(一个|一份|个|份)|\b(draft|make|create|build|write|generate)\b.{0,8}\b(one|it)\b/i;

/** Whether money came in, asked of it: 还没付吧, 回来没, 到账了吗, 超期了吗. */
const MONEY_CAME_IN_ASKED = new RegExp(`${MONEY_NOT_IN.source}|超期|拖欠|过期`);

/** "郑凯那边有啥逾期的", and "杜晓萌那边一共多少" after the team's receivables: one rep's accounts of the list asked. */
function reviseOwner(intent: Intent, entities: Entities, text: string, input: UnderstandInput): Intent {
  const rep = repAsked(text, intent, input.reps ?? []);
  if (rep) entities.ownerId = rep;
  return intent;
}
