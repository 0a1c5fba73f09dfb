// English conversations over the thirty-second book (evals/books/haiqing): a Qingdao anti-corrosion vendor's account
// managers typing in a chat box. Written blind: every expectation is hand-read from the book's CSV files (today is
// Sunday 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { BG, BJM, CRMS, CTT, JHB, LH, LT, LYT, MGR, NVW, R1, R2, XF, XP, XWS, YK } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|no access";

export const HAIQING_EN = named("haiqing-en", [
  // rep1 苏晴: terse, lower case, typos.
  conv("en", ["nordvick whats the latest", { acc: [NVW], has: ["Erik|Haugen|Dec 15|12-15|12月15|15 Dec"] }]),
  conv(
    "en",
    ["whos the decision maker at NVW", { tool: "power_map", acc: [NVW], has: ["Ingrid Solberg"] }],
    ["any vendor she favors?", { acc: [NVW], has: ["Skarsvik"] }],
  ),
  conv(
    "en",
    ["crms ovrdue?", { acc: [CRMS], has: ["380,000|380k|38万|0.38M|380000|380K"] }],
    ["whats holding up the payment", { acc: [CRMS], has: ["December|Dec|12月|payment run|parent"] }],
  ),
  conv("en", [
    "who owes me ovrdue money, largest on top",
    { tool: "receivables", acc: R1, has: ["烟台|Yantai", "1,250,000|1.25M|125万|1250000"] },
  ]),
  conv("en", [
    "q4 forcast - what closes by dec 31",
    { tool: "forecast", acc: R1, has: ["Nordvik|NVW", "烟台|Yantai"] },
  ]),
  conv("en", [
    "skarsvik - which of my deals r they in",
    {
      tool: "competitor_deals",
      acc: [LH, CRMS, NVW],
      has: ["Nordvik|NVW", "Cam Ranh|CRMS|金兰", "鲁海|Luhai"],
    },
  ]),
  conv("en", [
    "which deals did we lose in 2026, to whom",
    { acc: R1, has: ["乐亭|Laoting", "北洋|Beiyang", "徐圩|Xuwei", "蓝盾|Landun"] },
  ]),
  conv("en", [
    "luhai yantai wind acct - whos the finance contact n her phone",
    { acc: [LYT], has: ["林佳|Lin Jia", "0535-555-0203"] },
  ]),
  conv("en", [
    "any tender out for jianghai bridge? whats the ceiling",
    { acc: [JHB], has: ["1,460,000|1.46M|146万|1460000"] },
  ]),
  conv("en", ["my liaoning accts", { tool: "find_accounts", acc: [XP, XF], has: ["星浦|Xingpu", "先锋|Xianfeng"] }]),
  conv("en", ["compare yangkou lng and xuwei storage", { tool: "compare_accounts", acc: [YK, XWS] }]),
  conv("en", ["laoting wind score breakdown - y so bad", { tool: "explain_score", acc: [LT] }]),

  // Writes.
  conv("en", [
    "log call w erik haugen today, he got the NOK/EUR numbers",
    { tool: "log_interaction", card: "confirm", acc: [NVW], has: ["Erik|Haugen"] },
  ]),
  conv("en", [
    "visited cam ranh yard 11/19 w/ tran thi mai, went thru the coating spec. log it",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [CRMS],
      has: ["Tran Thi Mai|Mai", "Nov 19|11-19|11月19|19 Nov|November 19"],
    },
  ]),
  conv("en", [
    "remind me nov 30 to send kari lunde the restated offer",
    { tool: "add_action", card: "confirm", acc: [NVW], has: ["Nov 30|11-30|11月30|30 Nov|November 30"] },
  ]),
  conv("en", [
    "tmrw call budi re 2nd batch",
    { tool: "add_action", card: "confirm", acc: [BJM], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
  ]),
  conv("en", [
    "nordvik cp deal - drop it to 3.95M",
    { tool: "update_opportunity", card: "confirm", acc: [NVW], has: ["3,950,000|3.95M|395万|3950000"] },
  ]),
  conv("en", [
    "dewi's thickness records to-do is done, close it",
    { tool: ["update_action", "list_actions"], acc: [BJM] },
  ]),

  // Not in the book, another team's account.
  conv("en", ["Orsted Hornsea 2 - when did we last talk", { acc: [], has: [NF] }]),
  conv("en", ["cilegon tank terminal status", { acc: [], has: [NF], not: ["Agus Wijaya"] }]),

  // The manager 韩立铭.
  asUser(
    "manager",
    conv("en", [
      "team pipeline closing before new year, by deal",
      { tool: "forecast", acc: MGR, has: ["北港|Beigang", "Nordvik|NVW"] },
    ]),
  ),
  asUser(
    "manager",
    conv("en", ["quota attainment by rep", { tool: "attainment", acc: MGR }], ["whos furthest behind", { acc: MGR }]),
  ),
  asUser(
    "manager",
    conv(
      "en",
      [
        "show me he yiming's accounts",
        { acc: R2, has: ["北港|Beigang", "胜港|Shenggang", "大丰|Dafeng", "锦州湾|Jinzhou"] },
      ],
      ["and his open deals", { acc: R2, has: ["北港|Beigang", "1,100,000|1.1M|110万|1100000"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      ["which accounts are at risk and why", { tool: "at_risk_accounts", acc: MGR }],
      ["only the tier A ones", { acc: MGR }],
    ),
  ),
  asUser("manager", conv("en", ["portfolio kpis for the team pls", { tool: "portfolio_kpis", acc: MGR }])),
  asUser("manager", conv("en", ["preview su qing's weekly briefing", { tool: "briefing_preview" }])),
  asUser(
    "manager",
    conv("en", [
      "compare su qing's book with he yiming's - overdue money",
      { acc: MGR, has: ["2,290,000|2.29M|229万|2290000", "300,000|300k|30万|0.3M|300000|300K"] },
    ]),
  ),
  asUser(
    "manager",
    conv("en", [
      "who owns the actions on the jianghai bridge plan",
      { tool: ["show_plan", "list_actions"], acc: [JHB] },
    ]),
  ),
  asUser(
    "manager",
    conv("en", [
      "nordvik deal - how big, when does it close, who's against us",
      {
        acc: [NVW],
        has: ["4,200,000|4.2M|420万|4200000", "Dec 15|12-15|12月15|15 Dec|December 15", "Skarsvik"],
      },
    ]),
  ),
  asUser(
    "manager",
    conv("en", [
      "vung tau offshore wind - how's liang wei doing there",
      { acc: [], has: [NF], not: ["Pham Minh Duc"] },
    ]),
  ),
  asUser(
    "manager",
    conv(
      "en",
      ["total overdue across the team", { tool: "receivables", acc: MGR, has: ["2,590,000|2.59M|259万|2590000"] }],
      ["sort by amount", { acc: MGR, has: ["烟台|Yantai"] }],
    ),
  ),

  // rep2 贺一鸣 and rep3 梁薇.
  asUser(
    "rep2",
    conv(
      "en",
      ["beigang deal - is landun still undercutting us", { acc: [BG], has: ["蓝盾|Landun"] }],
      [
        "log a visit there today with jia yun about the paint payment",
        { tool: "log_interaction", card: "confirm", acc: [BG], has: ["贾云|Jia Yun"] },
      ],
    ),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["cilegon - who do we know there", { acc: [CTT], has: ["Agus Wijaya"] }],
      [
        "remind me 12/1 to send agus the revised quote",
        { tool: "add_action", card: "confirm", acc: [CTT], has: ["Dec 1|12-01|12月1|1 Dec|December 1"] },
      ],
    ),
  ),
  asUser("rep3", conv("en", ["nordvik status", { acc: [], has: [NF], not: ["Ingrid Solberg", "Erik Haugen"] }])),
]);
