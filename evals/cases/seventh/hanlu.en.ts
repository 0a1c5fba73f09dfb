// English conversations over the seventh book (evals/books/hanlu), written by hand from its CSV files by a helper who
// never read the understanding code. The clock is the tests' (Sunday 2026-11-22): tomorrow 11-23.
import { asUser, type Conversation, conv, named } from "../conversation-types";
import { CL, enDate, enMoney, KB, LD, LG, LJ, MJ, MXY, ND, NF_EN, RCK, RCR, SCD, TAS } from "./hanlu-names";

const PEOPLE = ["power_map", "contact_at_account"];
const LAST = ["last_contact", "account_timeline", "contact_at_account"];

export const HANLU_EN: Conversation[] = named("hanlu-en", [
  // H13: decision maker C31 Olivia Harper; C33 Grace Liu neutral, close to 冰峰冷链.
  conv(
    "en",
    ["hows tasman looking", { acc: [TAS], has: ["Tasman"] }],
    ["who signs off there?", { tool: PEOPLE, acc: [TAS], has: ["Olivia Harper"] }],
    ["and what does grace think of us", { acc: [TAS], has: ["Grace Liu", "neutral"] }],
  ),
  // H01: C04 蔡明辉 opponent, influence 4.
  conv("en", ["whos blocking us at maixiangyuan", { tool: PEOPLE, acc: [MXY], has: ["蔡明辉"] }]),
  // H14: C36 Ben Hollis left; R20 210000 unpaid since 2026-10-20.
  conv(
    "en",
    ["Kauri Bay risks?", { acc: [KB], has: ["Ben Hollis|left", "overdue|unpaid|late|receivable|210"] }],
    ["is Ben still there", { acc: [KB], has: ["left|no longer|departed"] }],
  ),
  // rep1 deals closing by 12-31 (see the zh set); rep2's Canterbury (2027-01-10) and rep3's 康华 are not rep1's.
  conv("en", [
    "forecast for deals closing before year end",
    {
      tool: "forecast",
      has: ["Tasman", "麦香园|Maixiangyuan", "沙县|Shaxian"],
      not: ["Canterbury", "康华", "Kanghua"],
    },
  ]),
  // Australia: H13 Melbourne, H15 Sydney; H14 is in New Zealand.
  conv("en", [
    "list my australian accounts",
    { tool: "find_accounts", has: ["Tasman", "Southern Cross"], not: ["Kauri Bay", "Canterbury"] },
  ]),
  // New Zealand for rep1: only H14 (rep2's Canterbury Lamb, rep3's Harbourview are invisible).
  conv("en", ["any NZ customers?", { tool: "find_accounts", has: ["Kauri Bay"], not: ["Canterbury", "Harbourview"] }]),
  conv("en", [
    "compare tasman vs southern cross",
    { tool: "compare_accounts", acc: [TAS, SCD], has: ["Tasman", "Southern Cross"] },
  ]),
  // H05: C15 赵磊 left, successor C16 孙浩 (物流经理).
  conv(
    "en",
    ["what's going on at lugang fresh", { acc: [LG], has: ["Lugang|鹭港"] }],
    ["who replaced Zhao Lei", { acc: [LG], has: ["孙浩|Sun Hao"] }],
  ),
  conv("en", [
    "how are the Minjiang subsidiaries doing",
    { tool: "group_overview", acc: [MJ, LJ, ND], has: ["连江|Lianjiang", "宁德|Ningde"] },
  ]),
  // rep3's H22 (other team).
  conv("en", ["Kanghua pharma status?", { acc: [], has: [NF_EN], not: ["高振宇", "3.8M", "3,800,000"] }]),
  // Not in the book.
  conv("en", ["how's Fresh Harvest Co doing", { acc: [], has: [NF_EN] }]),
  // Not in the book, after an account in context.
  conv(
    "en",
    ["tasman overview", { acc: [TAS], has: ["Tasman"] }],
    ["ok and Pacific Reef Foods?", { acc: [], has: [NF_EN], not: ["Olivia Harper"] }],
  ),
  // rep2's H19.
  conv("en", ["Sanduao fisheries?", { acc: [], has: [NF_EN], not: ["雷振宇"] }]),
  conv("en", [
    "log a call with Olivia today - she said the board approved the bonded store",
    { tool: "log_interaction", card: "confirm", acc: [TAS], has: ["Tasman", "Olivia Harper"] },
  ]),
  conv("en", [
    "remind me to send Declan the customs support proposal on Dec 1",
    { tool: "add_action", card: "confirm", acc: [TAS], has: ["Tasman", "Declan"], args: { due: "2026-12-01" } },
  ]),
  // Deal update on O13 (expected close 2026-12-19): a confirm card naming the account.
  conv("en", ["Tasman slipped to January", { card: "confirm", acc: [TAS], has: ["Tasman"] }]),
  conv("en", [
    "set a reminder tomorrow to chase James Whitaker on the overdue invoice",
    {
      tool: "add_action",
      card: "confirm",
      acc: [KB],
      has: ["Kauri Bay", "James Whitaker"],
      args: { due: "2026-11-23" },
    },
  ]),
  // C35 Aroha Ngata is Kauri Bay's, not Lugang's: a question, no write.
  conv("en", ["log a call with Aroha Ngata at Lugang today", { tool: "none", acc: [LG, KB] }]),
  conv("en", [
    "who havent i talked to in a while",
    { tool: "stale_accounts", has: ["Southern Cross", "清源|Qingyuan"], not: ["Tasman"] },
  ]),
  conv("en", [
    "which deals is bingfeng fighting us on",
    { tool: "competitor_deals", has: ["Tasman", "麦香园|Maixiangyuan"], not: ["Canterbury"] },
  ]),
  conv("en", [
    "deals we lost to shunjie",
    { tool: "competitor_deals", has: ["宁德|Ningde", "榕城乳业|Rongcheng Dairy"] },
  ]),
  // C37 Priya Nair last touched 2026-08-25 (I37).
  conv("en", ["when did I last speak to Priya", { tool: LAST, acc: [SCD], has: [enDate("2026-08-25")] }]),
  conv("en", ["what should I focus on this week", { tool: "my_week", not: ["Canterbury", "Kanghua", "康华"] }]),
  conv("en", [
    "any tenders worth bidding",
    { tool: "tender_matches", has: ["Minjiang|闽江"], not: ["鼓楼中心血站", "Gulou"] },
  ]),
  // O06 400000.
  conv("en", ["how big is the ludao fresh deal", { acc: [LD], has: [enMoney(400000)] }]),
  // Xiamen: H05 and H06; then the supermarket chain is H05.
  conv(
    "en",
    ["whats new with our xiamen account", { card: "choices", acc: [LG, LD] }],
    ["the supermarket chain", { acc: [LG], has: ["Lugang|鹭港"] }],
  ),
  conv("en", ["rongcheng?", { card: "choices", acc: [RCK, RCR] }]),
  conv("en", ["why is kauri bay scored like that", { tool: "explain_score", acc: [KB], has: ["Kauri Bay"] }]),
  conv("en", [
    "draft an account plan for Tasman",
    { tool: ["generate_plan", "show_plan"], acc: [TAS], has: ["Tasman"] },
  ]),
  // C32 Declan O'Connor, China Operations Manager, reports to C31 Olivia Harper.
  conv(
    "en",
    ["tell me about Declan O'Connor", { tool: PEOPLE, acc: [TAS], has: ["China Operations Manager"] }],
    ["who does he report to", { tool: PEOPLE, acc: [TAS], has: ["Olivia Harper"] }],
  ),
  // O13 1300000, negotiation, close 2026-12-19.
  conv("en", ["tasman deal - how much and when", { acc: [TAS], has: [enMoney(1300000), enDate("2026-12-19")] }]),
  asUser("rep2", conv("en", ["next steps for Canterbury Lamb", { acc: [CL], has: ["Canterbury"] }])),
  asUser(
    "manager",
    conv(
      "en",
      ["how is canterbury lamb doing", { acc: [CL], has: ["Canterbury"] }],
      ["and Harbourview?", { acc: [], has: [NF_EN], not: ["Emma Clarke"] }],
    ),
  ),
]);
