// English conversations over the thirty-ninth book (evals/books/liaohai), typed on a phone between ship visits. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  ABC,
  BJS,
  DCS,
  DOSB,
  DOSC,
  DOSG,
  GHS,
  GHT,
  HBM,
  HHO,
  HHP,
  HX,
  HXF,
  HYD,
  JZB,
  JZP,
  LGO,
  LSF,
  QHD,
  QJ,
  SD,
  SPT,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|no match|isn't in your";
/** Every account rep1 owns. */
const R1 = [DOSG, DOSC, DOSB, HXF, GHS, GHT, JZP, BJS, HYD, QJ, HHO, HX, QHD, SD, SPT, ABC];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, HBM, LSF, HHP, JZB];

export const LIAOHAI_EN = named("liaohai-en", [
  // Overseas owners with acronyms, pinyin short names, near-duplicates.
  conv(
    "en",
    ["SPT where r we", { acc: [SPT], has: ["4.1M|4,100,000|410万|4100000"] }],
    ["unpaid invoices there?", { acc: [SPT], has: ["1.15M|1,150,000|115万|1150000"] }],
  ),
  conv(
    "en",
    ["ABC - who signs off", { tool: "power_map", acc: [ABC], has: ["Dimitris|Katsaros"] }],
    ["maria alexiou leaning to any yard?", { acc: [ABC], has: ["Meridian"] }],
  ),
  conv(
    "en",
    ["straits pacific tech supt name", { acc: [SPT], has: ["Rahul Nair"] }],
    ["his email", { acc: [SPT], has: ["rahul.nair@straits-pacific.example.com"] }],
  ),
  conv("en", ["yuanhai whats up", { card: "choices", acc: [DOSG, DOSC, DOSB] }]),
  conv("en", ["DOSC first ship dd ETA?", { acc: [DOSC], has: ["Jan 10|01-10|1月10|January 10"] }]),

  // Money and pipeline numbers.
  conv(
    "en",
    [
      "past due invoices, largest on top",
      { acc: R1, has: ["Straits|SPT|海峡太平洋", "1.15M|1,150,000|115万|1150000"] },
    ],
    ["total?", { acc: R1, has: ["2.75M|2,750,000|275万|2750000"] }],
  ),
  conv("en", [
    "what lands in Q4",
    { tool: "forecast", acc: R1, has: ["远海集运|DOS Container|DOSC", "海峡轮渡|Haixia"] },
  ]),
  conv("en", [
    "open deals over 2M",
    {
      acc: R1,
      has: [
        "远海集团|DOSG|Dalian Ocean Shipping Group",
        "远海集运|DOSC|DOS Container",
        "前进|Qianjin",
        "SPT|Straits",
        "ABC|Aegean",
      ],
    },
  ]),
  conv("en", ["deals closing before xmas", { acc: R1, has: ["海峡轮渡|Haixia", "远海集运|DOSC|DOS Container"] }]),
  conv(
    "en",
    ["how many open deals do i have", { acc: R1, has: ["11"] }],
    ["total value?", { acc: R1, has: ["24.14M|24,140,000|2414万|24140000"] }],
  ),
  conv("en", [
    "haiheng mtc deal size + close date",
    { acc: [HHO], has: ["880,000|880k|88万|0.88M|880000", "Dec 28|12-28|12月28|December 28"] },
  ]),

  // Stale accounts, tenders, competitors, comparisons.
  conv("en", ["accts gone quiet on me?", { tool: "stale_accounts", acc: R1, has: ["海星|Haixing"] }]),
  conv(
    "en",
    ["tender notices hitting my customers?", { tool: "tender_matches", acc: R1, has: ["远海|Dalian Ocean|DOSG"] }],
    ["bid deadline + deposit?", { acc: [DOSG], has: ["Dec 16|12-16|12月16|December 16", "80,000|80k|8万|80000"] }],
  ),
  conv("en", [
    "qhd harbour craft dd award - winner n price",
    { acc: [QHD], has: ["津湾|Jinwan", "520,000|520k|52万|0.52M|520000"] },
  ]),
  conv("en", [
    "deals meridian is on",
    { tool: "competitor_deals", acc: [SPT, ABC], has: ["SPT|Straits|海峡太平洋", "ABC|Aegean|爱琴海"] },
  ]),
  conv("en", [
    "beichuan - where r they competing w us",
    { tool: "competitor_deals", acc: [DOSG, DOSC, HYD, DOSB], has: ["远海|Dalian Ocean|DOS"] },
  ]),
  conv("en", ["DOSC and DOSB side by side", { tool: "compare_accounts", acc: [DOSC, DOSB] }]),

  // People.
  conv("en", ["qianjin tech director name + phone", { acc: [QJ], has: ["张国栋|Zhang Guodong", "0315-555-1002"] }]),
  conv("en", ["zhang jianjun reports to?", { acc: [DOSC], has: ["李海龙|Li Hailong"] }]),
  conv("en", ["sun left ganghang shipping? whos the new fleet mgr", { acc: [GHS], has: ["邹凯|Zou Kai"] }]),
  conv("en", ["last mtg w tan wei ming?", { acc: [SPT], has: ["Nov 2|11-02|11月2|November 2"] }]),

  // Writes.
  conv("en", [
    "log call w rahul today - survey scope agreed, he sends final spec tmr",
    { tool: "log_interaction", card: "confirm", acc: [SPT], has: ["Rahul"] },
  ]),
  conv("en", [
    "saw dimitri katsaros in piraeus yesterday, he wants a feb yard slot",
    { tool: "log_interaction", card: "confirm", acc: [ABC], has: ["Katsaros", "Nov 21|11-21|11月21|November 21"] },
  ]),
  conv("en", [
    "11/27 chase grace lin on the RFQ usd prices",
    { tool: "add_action", card: "confirm", acc: [SPT], has: ["Nov 27|11-27|11月27|November 27"] },
  ]),
  conv("en", [
    "tmr call haiheng liang chen re mtc price asap",
    { tool: "add_action", card: "confirm", acc: [HHO], has: ["Nov 23|11-23|11月23|November 23"] },
  ]),
  conv("en", [
    "ABC BWTS now 2.5M thx",
    { tool: "update_opportunity", card: "confirm", acc: [ABC], has: ["2.5M|2,500,000|250万|2500000"] },
  ]),
  conv("en", ["mark done: send tug dd quote to du hong", { tool: ["update_action", "list_actions"], acc: [GHT] }]),

  // Not in the book, other reps' accounts.
  conv("en", ["Blue Harbor Tankers - any news", { acc: [], has: [NF] }]),
  conv("en", ["LGO dd deal?", { acc: [], has: [NF], not: ["Lee Kok Hwa"] }]),
  conv("en", ["Hanbit overdue?", { acc: [], has: [NF], not: ["Park Soo-jin", "Kim Jae-won"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", [
      "past due per rep, my team",
      { acc: MGR, has: ["2.75M|2,750,000|275万|2750000", "560,000|560k|56万|0.56M|560000"] },
    ]),
  ),
  asUser("manager", conv("en", ["xiaoting's biggest open deal?", { acc: R1, has: ["6.8M|6,800,000|680万|6800000"] }])),
  asUser(
    "rep2",
    conv("en", [
      "hanbit PO when? and the overdue",
      { acc: [HBM], has: ["Dec 18|12-18|12月18|December 18", "560,000|560k|56万|0.56M|560000"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["DCS unpaid amt?", { acc: [DCS], has: ["760,000|760k|76万|0.76M|760000"] }],
      ["and their deal?", { acc: [DCS], has: ["1.1M|1,100,000|110万|1100000"] }],
    ),
  ),
  asUser("rep3", conv("en", ["LGO whos the DM", { acc: [LGO], has: ["Lee Kok Hwa"] }])),
  asUser("rep3", conv("en", ["spt tanker dd deal?", { acc: [], has: [NF], not: ["Rahul"] }])),
]);
