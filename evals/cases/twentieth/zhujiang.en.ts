// English conversations over the twentieth book (evals/books/zhujiang), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  BH,
  HWC,
  JSR,
  KLFM,
  KM,
  LAT,
  LD,
  LJ,
  MFD,
  PC,
  QH,
  TT,
  XJC,
  XJY,
  YC,
  YF,
  YG,
  YJ,
  YL,
  YLDG,
  YLFS,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find";
/** Every account rep1 (陈晓琳) owns. */
const R1 = [XJC, XJY, YL, YLDG, YLFS, HWC, YF, LJ, KM, TT, BH, LAT, PC, KLFM, QH, YG];
/** Every account rep3 (梁嘉伟) owns. */
const R3 = [JSR, YC, LD, YJ];

export const ZHUJIANG_EN = named("zhujiang-en", [
  conv("en", ["hows KL Fresh Mart doing", { acc: [KLFM], has: ["2,000,000|2M|200万|2000000|2.0M"] }]),
  conv(
    "en",
    ["who makes the call at KLFM", { tool: "power_map", acc: [KLFM], has: ["Tan Wei Ming"] }],
    ["and Nurul - whose side is she on", { acc: [KLFM], has: ["StoreNova"] }],
  ),
  conv("en", ["xinjia - any update?", { card: "choices", acc: [XJC, XJY] }]),
  conv(
    "en",
    [
      "overdue invoices pls biggest first",
      { acc: R1, has: ["东莞粤来|Dongguan|Yuelai Dongguan", "880,000|0.88M|88万|880000|880k"] },
    ],
    ["total?", { acc: R1, has: ["1,870,000|1.87M|187万|1870000"] }],
  ),
  conv("en", ["when's the Pengcheng Youpin payment due", { acc: [PC], has: ["Dec 15|12-15|12月15|December 15"] }]),
  conv("en", ["which accounts have i neglected lately", { tool: "stale_accounts", acc: R1, has: ["百汇|Baihui"] }]),
  conv("en", [
    "Yuelai group overview incl the subsidiaries",
    { tool: "group_overview", acc: [YL, YLDG, YLFS], has: ["东莞|Dongguan", "佛山|Foshan"] },
  ]),
  conv(
    "en",
    ["any open tenders for my accounts", { tool: "tender_matches", acc: R1, has: ["粤来|Yuelai"] }],
    ["when does it close", { acc: [YL], has: ["Dec 9|12-09|12月9|December 9|12-9"] }],
  ),
  conv("en", ["who won the Foshan Yuelai inventory job", { acc: [YLFS], has: ["银枢|Yinshu"] }]),
  conv("en", [
    "Bay City Mall procurement intention - budget and timing?",
    { acc: [HWC], has: ["1,600,000|1.6M|160万|1600000", "January|Jan|1月|2027-01"] },
  ]),
  conv("en", [
    "where is StoreNova up against us",
    { tool: "competitor_deals", acc: [YF, KLFM], has: ["椰风|Yefeng", "KL Fresh"] },
  ]),
  conv("en", ["forecast for Q4 pls", { tool: "forecast", acc: R1 }]),
  conv("en", ["whats on my plate this week", { tool: "my_week" }]),
  conv("en", ["show my open to-dos", { tool: "list_actions" }]),
  conv("en", ["how am i tracking vs target this year", { tool: "attainment" }]),
  conv("en", ["which of my accounts are at risk", { tool: "at_risk_accounts", acc: R1 }]),
  conv(
    "en",
    ["YDF risks?", { acc: [YF], has: ["450,000|0.45M|45万|450000|450k"] }],
    ["who replaced Wu Jiahao", { acc: [YF], has: ["何静怡|He Jingyi"] }],
  ),
  conv("en", [
    "pharmacy accounts in my book?",
    { acc: [XJY, KM, LAT], has: ["新佳大药房|Xinjia Pharmacy", "康民|Kangmin", "鹭安堂|Lu'antang"] },
  ]),
  conv("en", [
    "log a visit with Tan Wei Ming today, he wants a price hold till Dec 31",
    { tool: "log_interaction", card: "confirm", acc: [KLFM] },
  ]),
  conv("en", [
    "remind me tomorrow to send Nurul the data residency note",
    { tool: "add_action", card: "confirm", acc: [KLFM], has: ["Nov 23|11-23|2026-11-23|11月23"] },
  ]),
  conv("en", [
    "set up a call w Jian Jiayi at Yungang on Dec 3 re tax refund forms",
    { tool: "add_action", card: "confirm", acc: [YG], has: ["Dec 3|12-03|12月3|12-3"] },
  ]),
  conv("en", [
    "change the KL Fresh Mart deal to 1.9M",
    { tool: "update_opportunity", card: "confirm", acc: [KLFM], has: ["1,900,000|1.9M|190万|1900000"] },
  ]),
  conv("en", ["write an account plan for Yefeng duty free", { tool: "generate_plan", acc: [YF] }]),
  conv("en", ["Cebu Mart - last contact?", { acc: [], has: [NF] }]),
  conv("en", ["Jakarta Sinar status?", { acc: [], has: [NF], not: ["Budi Santoso"] }]),
  conv("en", ["write a poem about self checkout machines", { acc: [] }]),
  // rep3 (梁嘉伟) writes mostly English; he sees only his four.
  asUser(
    "rep3",
    conv(
      "en",
      ["Sinar Retail - where are we on the self-checkout pilot", { acc: [JSR], has: ["2,600,000|2.6M|260万|2600000"] }],
      ["who's Dewi again", { acc: [JSR], has: ["Head of Store Operations|Store Operations"] }],
    ),
  ),
  asUser(
    "rep3",
    conv("en", ["anything overdue in my book?", { acc: R3, has: ["椰城|Yecheng", "600,000|0.6M|60万|600000|600k"] }]),
  ),
  asUser(
    "rep3",
    conv("en", [
      "邕江 deal closing when? is 海晟 still in",
      { acc: [YJ], has: ["Dec 15|12-15|12月15", "海晟|Haisheng"] },
    ]),
  ),
  asUser("rep3", conv("en", ["KL Fresh Mart pipeline?", { acc: [], has: [NF], not: ["Tan Wei Ming"] }])),
  asUser(
    "rep3",
    conv("en", [
      "log a call w Zhang Haitao at Ludao today - wants kiosk pricing asap",
      { tool: "log_interaction", card: "confirm", acc: [LD] },
    ]),
  ),
  asUser(
    "rep2",
    conv("en", [
      "Manila Family Drug - how much do they owe and why late",
      { acc: [MFD], has: ["300,000|0.3M|30万|300000|300k", "audit"] },
    ]),
  ),
  asUser(
    "manager",
    conv("en", ["Yuelai tender - who on the team owns that account", { acc: [YL], has: ["陈晓琳|Chen Xiaolin"] }]),
  ),
]);
