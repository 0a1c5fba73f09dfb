// English conversations over the thirty-fourth book (evals/books/gusu): a senior account manager's polite, formal
// English beside quick chat-box shorthand. Written blind: every expectation is hand-read from the book's CSV files
// (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  HES,
  HH,
  HJ,
  JF,
  JFS,
  JFY,
  JSH,
  KS,
  LCPM,
  LX1,
  LX2,
  PJ,
  RK,
  THW,
  VHPS,
  WY,
  XDH,
  XJ,
  YF,
  YG,
  YHC,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|cannot find|can't find|not found|no account|don't see|no matching";
/** Every account rep1 owns. */
const R1 = [JF, JFY, JFS, WY, LX1, LX2, KS, YF, YG, XJ, HJ, HH, PJ, RK, LCPM, VHPS];
/** rep2's accounts. */
const R2 = [THW, XDH, JSH, YHC];

export const GUSU_EN = named("gusu-en", [
  conv("en", [
    "Could you kindly tell me where we stand with Lion City Property Management on the IoT rollout?",
    { acc: [LCPM], has: ["1,900,000|1.9M|190万|1900000"] },
  ]),
  conv(
    "en",
    ["who makes the call at LCPM", { tool: "power_map", acc: [LCPM], has: ["Daniel Tan"] }],
    ["Priya Nair leans towards which vendor?", { acc: [LCPM], has: ["LiftSense"] }],
  ),
  conv(
    "en",
    ["VHPS deal size?", { acc: [VHPS], has: ["2,100,000|2.1M|210万|2100000"] }],
    ["when does Catherine expect the owners committee approval", { acc: [VHPS], has: ["Feb|2月|-02"] }],
  ),
  conv("en", ["liangxi hospital - anything new this month", { card: "choices", acc: [LX1, LX2] }]),
  conv("en", [
    "I would like to know the risks on Wuyue Metro - sorry, I meant on the station escalator monitoring deal specifically.",
    { acc: [WY], has: ["潘志勇|Pan Zhiyong", "沪安|Hu'an|Huan"] },
  ]),
  conv(
    "en",
    [
      "who owes us money past the due date, sorted by size",
      { acc: R1, has: ["园区物业|金枫园区|Jinfeng SIP", "1,250,000|1.25M|125万|1250000"] },
    ],
    ["sum them up", { acc: R1, has: ["2,540,000|2.54M|254万|2540000"] }],
  ),
  conv("en", ["which of my accounts have gone quiet", { tool: "stale_accounts", acc: R1, has: ["濠河|Haohe"] }]),
  conv("en", [
    "pipeline forecast for Q4",
    { tool: "forecast", acc: R1, has: ["浦江悦汇|Pujiang Yuehui", "园区物业|金枫园区|Jinfeng SIP"] },
  ]),
  conv("en", [
    "tender notices that mention my accounts - anything?",
    { tool: "tender_matches", acc: R1, has: ["金枫|Jinfeng"] },
  ]),
  conv("en", [
    "Could you kindly tell me what the Jinfeng lift IoT terminal tender requires from bidders, and when bids close?",
    { acc: [JF], has: ["Dec 11|12-11|12月11|11 Dec|December 11"] },
  ]),
  conv("en", [
    "who won the liangxi no2 outpatient lift modernisation, and at what price",
    { acc: [LX2], has: ["江南|Jiangnan", "1,260,000|1.26M|126万|1260000"] },
  ]),
  conv("en", [
    "has the Xujiang housing bureau published a procurement intention? budget?",
    { acc: [XJ], has: ["2,300,000|2.3M|230万|2300000"] },
  ]),
  conv("en", ["Kunshan Chengtou and Yufeng Plaza side by side please", { tool: "compare_accounts", acc: [KS, YF] }]),
  conv("en", [
    "which deals are we fighting LiftSense on",
    { tool: "competitor_deals", acc: [LCPM, VHPS], has: ["Lion City|LCPM|狮城", "Victoria|VHPS|维港"] },
  ]),
  conv("en", [
    "deals lost in 2026 and who took them",
    { acc: R1, has: ["梁溪二院|梁溪第二|Liangxi No.2|Liangxi No. 2", "瑞康|Ruikang"] },
  ]),
  conv("en", [
    "my accounts in shanghai?",
    { tool: "find_accounts", acc: [PJ, RK], has: ["浦江悦汇|Pujiang Yuehui", "瑞康|Ruikang"] },
  ]),
  conv("en", ["what's dragging down Liangxi No.2's score", { tool: "explain_score", acc: [LX2] }]),
  conv("en", ["what should I focus on this week", { tool: "my_week" }]),
  conv("en", ["pull up the account plan for Pujiang Yuehui", { tool: "show_plan", acc: [PJ] }]),
  conv("en", ["can you write up an account plan for Victoria Habour Property", { tool: "generate_plan", acc: [VHPS] }]),
  conv("en", [
    "I would like to know our contact person at Haohe Property and the date of our most recent conversation.",
    { acc: [HH], has: ["江涛|Jiang Tao", "May 12|05-12|5月12|12 May"] },
  ]),
  conv("en", [
    "At the Xujiang housing bureau, who approves the rescue platform, and to whom does that person report?",
    { acc: [XJ], has: ["陶敏|Tao Min", "薛志刚|Xue Zhigang"] },
  ]),
  conv("en", ["Marcus Lim's email pls", { acc: [LCPM], has: ["marcus.lim@lioncity-pm.example.com"] }]),
  conv("en", [
    "I would like to know the amount and expected signing date of the emergency rescue platform at Liangxi No.1.",
    { acc: [LX1], has: ["850,000|850k|85万|0.85M|850000", "Dec 15|12-15|12月15|15 Dec|December 15"] },
  ]),

  // Writes.
  conv("en", [
    "just spoke to Marcus Lim on the phone, he says the board signs off the payment Dec 10 - record it",
    { tool: "log_interaction", card: "confirm", acc: [LCPM], has: ["Marcus"] },
  ]),
  conv("en", [
    "Kelvin Chung and I toured Kowloon Bay yesterday, went over the lift list estate by estate. log pls",
    { tool: "log_interaction", card: "confirm", acc: [VHPS], has: ["Nov 21|11-21|11月21|21 Nov|November 21"] },
  ]),
  conv("en", [
    "set a reminder on Nov 26: email Priya our sensor price sheet compared with LiftSense",
    { tool: "add_action", card: "confirm", acc: [LCPM], has: ["Nov 26|11-26|11月26|26 Nov|November 26"] },
  ]),
  conv("en", [
    "need a reminder for tomorrow to phone Mr Zou at Kunshan Chengtou about the draft contract",
    {
      tool: "add_action",
      card: "confirm",
      acc: [KS],
      has: ["邹建国|Zou Jianguo", "Nov 23|11-23|11月23|23 Nov|November 23"],
    },
  ]),
  conv("en", [
    "Could you kindly update the Lion Citi IoT rollout amount to 1.75M?",
    { tool: "update_opportunity", card: "confirm", acc: [LCPM], has: ["1,750,000|1.75M|175万|1750000"] },
  ]),
  conv("en", [
    "VHPS modernisation is now at proposal stage, update it",
    { tool: "update_opportunity", card: "confirm", acc: [VHPS] },
  ]),
  conv("en", [
    "11/18 I was at Qinhuai Huijin, sat down with Chu Hai about the outstanding balance. add to the log",
    { tool: "log_interaction", card: "confirm", acc: [HJ], has: ["褚海|Chu Hai"] },
  ]),
  conv("en", [
    "the to-do to send Kelvin the modernisation schedule is done, please mark it",
    { tool: ["update_action", "list_actions"], acc: [VHPS] },
  ]),
  conv("en", [
    "Yufeng Plaza escalator deal - push close date to Jan 20",
    { tool: "update_opportunity", card: "confirm", acc: [YF], has: ["Jan 20|01-20|1月20|20 Jan|January 20"] },
  ]),

  // Not in the book, another team's account.
  conv("en", ["Marina Bay Towers Management - when did we last talk to them?", { acc: [], has: [NF] }]),
  conv("en", ["what's going on with Harbourview Estate", { acc: [], has: [NF], not: ["Raymond Chan", "Grace Ho"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", [
      "what's holding up Taihu Bay Property's payment",
      { acc: [THW], has: ["330,000|330k|33万|0.33M|330000"] },
    ]),
  ),
  asUser(
    "manager",
    conv("en", ["which of Gu Xiaochuan's deals are due to close in December", { acc: R2, has: ["太湖湾|Taihu Bay"] }]),
  ),
  asUser("rep2", conv("en", ["jiangnan still bidding on taihu bay iot?", { acc: [THW], has: ["江南|Jiangnan"] }])),
  asUser(
    "rep3",
    conv(
      "en",
      [
        "Harbourview - who is the engineering contact and what did she ask for last time",
        { acc: [HES], has: ["Grace Ho", "training|dashboard|培训"] },
      ],
      [
        "pls record a call with Grace today - I emailed her the training timetable",
        { tool: "log_interaction", card: "confirm", acc: [HES] },
      ],
    ),
  ),
  asUser(
    "rep3",
    conv("en", ["anything new at Lion City Property?", { acc: [], has: [NF], not: ["Daniel Tan", "Priya Nair"] }]),
  ),
]);
