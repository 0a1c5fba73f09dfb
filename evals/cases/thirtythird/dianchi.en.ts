// English conversations over the thirty-third book (evals/books/dianchi), typed the way a new account manager types in
// a chat box. Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW):
// see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  BC,
  BFM,
  CMOE,
  CY,
  EY,
  FJ,
  FX,
  GJ,
  GLG,
  HP,
  JC,
  JS,
  KF,
  MHCC,
  MZ,
  QS,
  SXH,
  TP,
  VFPE,
  XDL,
  XDS,
  YCSS,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|isn't in";
/** Every account rep1 owns. */
const R1 = [CY, HP, KF, XDL, XDS, BC, GJ, EY, FX, QS, SXH, JS, GLG, JC, VFPE, MHCC];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, CMOE, TP, FJ, MZ];

export const DIANCHI_EN = named("dianchi-en", [
  // Overseas accounts, abbreviations, people.
  conv(
    "en",
    [
      "hi, could you pull up Vientiane Fresh for me? how is their deal going",
      { acc: [VFPE], has: ["1,300,000|1.3M|130万|1300000"] },
    ],
    ["also do they have any unpaid invoices with us", { acc: [VFPE], has: ["480,000|480k|48万|0.48M|480000"] }],
  ),
  conv("en", ["who's the decision maker at MHCC pls", { tool: "power_map", acc: [MHCC], has: ["Kyaw Min"] }]),
  conv(
    "en",
    ["at VFPE who is closest to ThermoTrace?", { acc: [VFPE], has: ["Noy Vongsa"] }],
    ["whens the last time someone spoke with her", { acc: [VFPE], has: ["Nov 18|11-18|11月18|18 Nov|November 18"] }],
  ),
  conv(
    "en",
    ["xianda - can u check how they're doing", { card: "choices", acc: [XDL, XDS] }],
    ["the supermarket one", { acc: [XDS] }],
    ["ok and the other one?", { acc: [XDL] }],
  ),
  conv("en", ["Wang changzhang at Eryuan, whats his number", { acc: [EY], has: ["0872-555-0802"] }]),
  conv("en", [
    "who reports to He Zhiyuan at caiyun group",
    {
      acc: [CY, HP, KF],
      has: ["段晓红|Duan Xiaohong", "罗建新|Luo Jianxin", "杨春燕|Yang Chunyan", "普文杰|Pu Wenjie"],
    },
  ]),
  conv("en", ["can you 看一下 the Mandalay coffee deal, what stage is it at", { acc: [MHCC], has: ["solution|方案"] }]),

  // Approach, scores, plans, my week.
  conv("en", [
    "sorry I'm new here, can you explain why shuxianhui is in the tier it's in",
    { tool: "explain_score", acc: [SXH] },
  ]),
  conv("en", ["how should I approach Mandalay Highland Coffee? havent met anyone there yet", { acc: [MHCC] }]),
  conv(
    "en",
    ["does qianshan dairy have a plan yet? can u show me", { tool: "show_plan", acc: [QS] }],
    ["if there's none, draft one for me pls", { tool: "generate_plan", acc: [QS] }],
  ),
  conv("en", ["what should i focus on this week", { tool: "my_week" }]),

  // Lists with filters, then a pick; deals, competitors.
  conv(
    "en",
    [
      "which of my accounts are in yunnan",
      { tool: "find_accounts", acc: R1, has: ["彩云|Caiyun", "洱源|Eryuan", "高黎贡|Gaoligong"] },
    ],
    ["just the coffee ones pls", { acc: [KF, GLG, MHCC], has: ["彩云咖啡|Caiyun Coffee", "高黎贡|Gaoligong"] }],
  ),
  conv(
    "en",
    [
      "deals closing before the end of the year?",
      {
        acc: R1,
        has: [
          "花拍|Caiyun Flower|CFA|Flower Auction",
          "鲜果|Binchuan Fruit|预冷库",
          "柑橘|Citrus",
          "蜀鲜汇|Shuxianhui",
        ],
      },
    ],
    ["for the largest of those, which competitor are we fighting", { acc: [SXH], has: ["冷云|Lengyun"] }],
  ),
  conv("en", [
    "what deals did we lose this year and to whom",
    { acc: R1, has: ["鲜达超市|Xianda Fresh|冷柜", "冷云|Lengyun", "锦城|Jincheng", "雪峰|Xuefeng"] },
  ]),
  conv("en", [
    "where are we running into ThermoTrace these days",
    {
      tool: "competitor_deals",
      acc: [VFPE],
      has: ["Vientiane|VFPE|万象"],
      not: ["Chiang Mai", "FreshMart"],
    },
  ]),

  // Tenders and money.
  conv("en", [
    "has eryuan dairy published anything about buying soon?",
    { acc: [EY], has: ["1,200,000|1.2M|120万|1200000"] },
  ]),
  conv("en", [
    "the xianda supermarket fridge monitoring bid, which vendor got it and at what price",
    { acc: [XDS], has: ["冷云|Lengyun", "765,000|765k|76.5万|0.765M|765000"] },
  ]),
  conv("en", [
    "for the shuxianhui bid, is there a minimum registered capital?",
    { acc: [SXH], has: ["1000万|10,000,000|10M|10 million"] },
  ]),
  conv("en", ["is the binchuan co-op late paying us anything", { acc: [BC], has: ["300,000|300k|30万|0.3M|300000"] }]),

  // Writes.
  conv("en", [
    "just got off the phone with Noy, she said the ThermoTrace loggers failed a humidity test. pls record it",
    { tool: "log_interaction", card: "confirm", acc: [VFPE], has: ["Noy"] },
  ]),
  conv("en", [
    "I visited Daw Thida Aung in Mandalay yesterday and showed her the batch traceability demo, could you log it",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [MHCC],
      has: ["Nov 21|11-21|11月21|21 Nov|November 21"],
    },
  ]),
  conv("en", [
    "pls remind me on Nov 27 to send Khamphone the revised proposal",
    { tool: "add_action", card: "confirm", acc: [VFPE], has: ["Nov 27|11-27|11月27|27 Nov|November 27"] },
  ]),
  conv("en", [
    "tomorrow i need to call huang jing at shuxianhui about the site visit, add a reminder",
    {
      tool: "add_action",
      card: "confirm",
      acc: [SXH],
      has: ["黄静|Huang Jing", "Nov 23|11-23|11月23|23 Nov|November 23"],
    },
  ]),
  conv("en", [
    "move the gaoligong traceability deal to proposal pls",
    { tool: "update_opportunity", card: "confirm", acc: [GLG] },
  ]),
  conv("en", [
    "can you update the xianda cold chain truck deal to 1.5M",
    { tool: "update_opportunity", card: "confirm", acc: [XDL], has: ["1,500,000|1.5M|150万|1500000"] },
  ]),
  conv("en", [
    "the to-do about sending wang zhiming the roastery quote is done, can u mark it",
    { tool: ["update_action", "list_actions"], acc: [KF] },
  ]),

  // Out of scope, not in the book, another team's account.
  conv("en", ["translate this into Thai for me: our loggers support 4G and bluetooth", { acc: [] }]),
  conv("en", ["any history with Luang Prabang Organic Farms?", { acc: [], has: [NF] }]),
  conv("en", ["Bangkok FreshMart status?", { acc: [], has: [NF], not: ["Prasert", "Kanya"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", [
      "chiang mai orchid still hasnt paid, whats the holdup",
      { acc: [CMOE], has: ["360,000|360k|36万|0.36M|360000", "fiscal|财年|财务年度"] },
    ]),
  ),
  asUser(
    "manager",
    conv("en", ["team deals closing by end of dec?", { acc: MGR, has: ["Chiang Mai|CMOE|清迈", "蜀鲜汇|Shuxianhui"] }]),
  ),
  asUser(
    "rep2",
    conv("en", ["CMOE reefer deal - are we still up against ThermoTrace", { acc: [CMOE], has: ["ThermoTrace"] }]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["BFM, the QA director there - is she on our side?", { acc: [BFM], has: ["Kanya Thongdee", "neutral|中立"] }],
      [
        "I just phoned her and sent the API spec, pls record that",
        { tool: "log_interaction", card: "confirm", acc: [BFM] },
      ],
    ),
  ),
  asUser("rep3", conv("en", ["Vientiane Fresh status", { acc: [], has: [NF], not: ["Khamphone", "Noy Vongsa"] }])),
  asUser(
    "rep3",
    conv("en", ["YCSS last touchpoint?", { acc: [YCSS], has: ["Oct 19|10-19|10月19|19 Oct|October 19"] }]),
  ),
]);
