// English conversations over the forty-ninth book (evals/books/yuelu): dictated voice messages, written blind. Every
// expectation is hand-read from the book's CSV files and notices (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { CD, DS, FSJ, FSY, GF, HC, HR, HS, JC, MAE, MY, PY, RRA, SN, ST, SY, XH, YF, YY } from "./names";

/** An honest "not found" (or "not yours") in English. */
const NF =
  "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|no access|don't have access|not in your";
/** Every account rep1 owns. */
const R1 = [XH, YY, CD, ST, FSY, FSJ, HR, SY, DS, YF, JC, PY, GF, MAE, SN, HC];

export const YUELU_EN = named("yuelu-en", [
  // The Vietnamese dealer, with a fact only an April note holds.
  conv(
    "en",
    [
      "um so whats going on with mekong agri like are they ever gonna pay us",
      { acc: [MAE], has: ["588,000|588k|58.8万|0.588M|588000"] },
    ],
    ["and who over there is leaning towards akitsu", { acc: [MAE], has: ["Tran Thi Lan"] }],
    [
      "ok remind me tomorrow to send Thanh the distribution terms draft",
      { tool: "add_action", card: "confirm", acc: [MAE], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
    ],
    ["wait what did le minh duc ask us for way back in the spring", { acc: [MAE], has: ["manual"] }],
  ),
  // A self-corrected name in a log (Chen is at the other depot), then the near-duplicate compared.
  conv(
    "en",
    [
      "log a call with Chen no sorry with Zhou at the yueyang depot he says the six dryers are fine technically but payment waits on the group",
      { tool: "log_interaction", card: "confirm", acc: [YY], has: ["周海军|Zhou Haijun"] },
    ],
    ["and how much do they owe us again", { acc: [YY], has: ["760,000|760k|76万|0.76M|760000"] }],
    ["compare them with the changde depot", { tool: "compare_accounts", acc: [YY, CD] }],
  ),
  // Two accounts share Fengshou; the answer to the question back is a description.
  conv(
    "en",
    ["hey whats the latest at fengshou", { card: "choices", acc: [FSY, FSJ] }],
    ["the hubei one the coop", { acc: [FSJ], has: ["王大勇|Wang Dayong|harvester|收割机"] }],
    ["when did i last see wang", { acc: [FSJ], has: ["Oct 16|10-16|10月16|16 Oct|October 16"] }],
  ),
  conv(
    "en",
    [
      "how big is the shayang dryer deal and when does it close",
      { acc: [SY], has: ["2,100,000|2.1M|210万|2100000", "Dec 28|12-28|12月28|28 Dec|December 28"] },
    ],
    ["whos the competitor there", { acc: [SY], has: ["Akitsu"] }],
    [
      "ok bump it to two point one five million",
      { tool: "update_opportunity", card: "confirm", acc: [SY], has: ["2,150,000|2.15M|215万|2150000"] },
    ],
  ),
  // The provincial station by its English abbreviation, and its open tender.
  conv(
    "en",
    ["HAMES any tenders out", { acc: [ST], has: ["2,400,000|2.4M|240万|2400000"] }],
    [
      "so um like what do we need to qualify and when do bids close",
      { acc: [ST], has: ["Dec 10|12-10|12月10|10 Dec|December 10"] },
    ],
    ["and the deposit", { acc: [ST], has: ["40,000|40k|4万|40000"] }],
    ["who's the director there and is he on our side", { acc: [ST], has: ["贺明|He Ming", "neutral"] }],
  ),
  conv(
    "en",
    [
      "overdue invoices pls biggest first",
      { tool: "receivables", acc: R1, has: ["岳阳|Yueyang", "760,000|760k|76万|0.76M|760000"] },
    ],
    ["total?", { acc: R1, has: ["2,356,000|2.356M|235.6万|2356000|2.36M"] }],
    [
      "so yeah which one is the vietnam dealer and how much is theirs",
      { acc: R1, has: ["588,000|588k|58.8万|0.588M|588000"] },
    ],
  ),
  // A competitor by its pinyin, its award, the deals lost.
  conv(
    "en",
    [
      "which deals are we fighting runhe on",
      { tool: "competitor_deals", acc: [XH, YY, CD, ST, JC], has: ["岳阳|Yueyang", "常德|Changde"] },
    ],
    [
      "and who won that xianghe yiyang depot dryer tender at what price",
      { acc: [XH], has: ["润禾|Runhe", "936,000|936k|93.6万|0.936M|936000"] },
    ],
    ["what did we lose this year and to who", { acc: R1, has: ["沃田|Wotian", "润禾|Runhe"] }],
  ),
  conv(
    "en",
    [
      "list my hubei accounts",
      {
        tool: "find_accounts",
        acc: [FSJ, SY, JC, HC],
        has: ["沙洋|Shayang", "荆楚|Jingchu", "汉川|Hanchuan", "荆州|Jingzhou"],
      },
    ],
    [
      "which of those havent i talked to in over a month",
      { acc: [FSJ, SY, JC, HC], has: ["荆州|Jingzhou|丰收|Fengshou"] },
    ],
  ),
  conv(
    "en",
    [
      "who calls the shots at jingchu machinery and who reports to him",
      { tool: "power_map", acc: [JC], has: ["万俊|Wan Jun", "程刚|Cheng Gang"] },
    ],
    ["cheng gang hes close to wotian right", { acc: [JC], has: ["沃田|Wotian"] }],
    ["and the after sales lady nie could she put in a good word with wan", { acc: [JC], has: ["聂小芳|Nie Xiaofang"] }],
  ),
  conv("en", [
    "met Tang at yanfeng yesterday um they want twenty pilots trained and certified log it as a visit",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [YF],
      has: ["Nov 21|11-21|11月21|21 Nov|November 21", "唐福生|Tang Fusheng"],
    },
  ]),
  // A departed buyer: the to-do names his successor.
  conv(
    "en",
    [
      "add a to do for dec 2 call ms deng at de shan machinery about the five percent discount",
      { tool: "add_action", card: "confirm", acc: [DS], has: ["Dec 2|12-02|12月2|2 Dec|December 2", "邓丽|Deng Li"] },
    ],
    ["oh and is huang still there or did he leave", { acc: [DS], has: ["left|离职|no longer"] }],
  ),
  conv(
    "en",
    ["so yeah which accounts have gone quiet on me", { tool: "stale_accounts", acc: R1, has: ["赣抚|Ganfu"] }],
    ["when was i last there and what did they say", { acc: [GF], has: ["Mar 10|03-10|3月10|10 Mar|March 10"] }],
  ),
  conv(
    "en",
    ["forecast for q4 whats likely to close", { tool: "forecast", acc: R1, has: ["沙洋|Shayang"] }],
    ["and which accounts are at risk", { tool: "at_risk_accounts", acc: R1 }],
  ),
  conv(
    "en",
    [
      "the jiangxi farm company poyang lake where are we on drones vs yifei",
      { acc: [PY], has: ["960,000|960k|96万|0.96M|960000"] },
    ],
    ["ok move it to negotiation", { tool: "update_opportunity", card: "confirm", acc: [PY] }],
    ["and their dryer invoice is due when", { acc: [PY], has: ["Dec 15|12-15|12月15|15 Dec|December 15"] }],
  ),
  conv(
    "en",
    [
      "um hanchuan paddy they asked about leasing right how much was the harvester quote",
      { acc: [HC], has: ["504,000|504k|50.4万|0.504M|504000"] },
    ],
    ["draft an account plan for them", { tool: "generate_plan", acc: [HC] }],
  ),
  // Out of scope, then a name not in the book.
  conv(
    "en",
    ["whats the weather in changsha this weekend", { acc: [] }],
    ["ok then write me a short poem about rice harvest", { acc: [] }],
    ["um saigon agritech status?", { acc: [], has: [NF] }],
  ),
  conv("en", ["red river agritech whats up with them", { acc: [], has: [NF], not: ["Pham Quoc Huy"] }]),

  // rep3, the manager, rep2.
  asUser(
    "rep3",
    conv(
      "en",
      ["RRA where's the harvester deal at", { acc: [RRA], has: ["1,600,000|1.6M|160万|1600000"] }],
      ["whos pushing against us there", { acc: [RRA], has: ["Akitsu"] }],
      [
        "log an email to Huy today sent him the dealer price list",
        { tool: "log_interaction", card: "confirm", acc: [RRA] },
      ],
    ),
  ),
  asUser(
    "manager",
    conv("en", ["how much does mianyang machinery owe us", { acc: [MY], has: ["336,000|336k|33.6万|0.336M|336000"] }]),
  ),
  asUser(
    "rep2",
    conv(
      "en",
      ["hesheng anything new", { acc: [HS], has: ["exclusive|独家"] }],
      ["and yanfeng coop whats the drone deal at", { acc: [], has: [NF] }],
    ),
  ),
]);
