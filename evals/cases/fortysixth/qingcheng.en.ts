// English conversations over the forty-sixth book (evals/books/qingcheng), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { AK, CH, DLCE, DQ, DS, FLRJ, GCH, GYRH, JR, KVDC, LJ, LQ, MX, MY, NCJL, VLH, XQ, YBCJ, ZYRH } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|don't have";
/** Every account rep1 owns. */
const R1 = [JR, DQ, XQ, MX, MY, LQ, DS, GYRH, ZYRH, GCH, VLH, KVDC, YBCJ, NCJL, DLCE, AK];

export const QINGCHENG_EN = named("qingcheng-en", [
  // People first: an overseas hospital's finance head, his boss, then the deal.
  conv(
    "en",
    ["who's the finance chief at VLH, and whom does he answer to", { acc: [VLH], has: ["Anan Sisavath", "Somphone"] }],
    [
      "why hasnt he paid the service invoice yet",
      { acc: [VLH], has: ["420,000|420k|42万|0.42M|420000", "exchange|FX|外汇"] },
    ],
    [
      "and his boss - when did i last see him and what did he want",
      { acc: [VLH], has: ["Oct 30|10-30|10月30|30 Oct|October 30"] },
    ],
    ["is heliomed still sniffing around that CT deal", { acc: [VLH], has: ["Heliomed"] }],
  ),
  // The leasing parent and the imaging centre that reports into it.
  conv(
    "en",
    ["Minxin Leasing - who does the CFO report to", { acc: [MX], has: ["钟国栋|Zhong Guodong"] }],
    ["who else reports to him over there", { acc: [MX], has: ["江波|Jiang Bo", "刘佳|Liu Jia"] }],
    ["does anyone at the mianyang imaging centre report up into minxin?", { acc: [MX, MY], has: ["孙立|Sun Li"] }],
  ),
  // A hospital's line up into the group.
  conv(
    "en",
    ["Qin Fang at jinrong west, who's her boss", { acc: [XQ, JR], has: ["苏敏|Su Min"] }],
    [
      "and HER boss?",
      { acc: [XQ, JR], has: ["吴海峰|Wu Haifeng", "Jinrong Medical Group|锦蓉医疗集团|锦蓉集团|Jinrong Group"] },
    ],
    ["when did we last talk to him", { acc: [JR], has: ["Nov 19|11-19|11月19|19 Nov|November 19"] }],
  ),
  conv(
    "en",
    ["katmandu valley diagnostic - what's going on with their MR", { acc: [KVDC], has: ["62"] }],
    ["when does their service contract go to tender", { acc: [KVDC], has: ["Feb|February|2月"] }],
    [
      "called Sita this morning, helium refill quote is with her now - pls record that",
      { tool: "log_interaction", card: "confirm", acc: [KVDC], has: ["Sita"] },
    ],
  ),
  // The contact who moved between customers.
  conv(
    "en",
    [
      "where did Zhou Jian end up? he used to run the equipment dept at Longquan",
      { acc: [LQ, GYRH], has: ["贵阳仁和|Guiyang Renhe"] },
    ],
    ["who took over from him at longquan", { acc: [LQ], has: ["何晓琳|He Xiaolin"] }],
    ["she's close to one of our competitors isn't she", { acc: [LQ], has: ["蓉科|Rongke"] }],
  ),
  conv(
    "en",
    ["Director Zhang's mobile?", { card: "choices", acc: [DQ, GYRH] }],
    ["the radiology one at jinrong east", { acc: [DQ], has: ["028-555-0202"] }],
  ),
  // Money, stale accounts, forecast.
  conv(
    "en",
    ["who owes us money past due - sort by amount", { acc: R1, has: ["岷信|Minxin", "900,000|900k|0.9M|90万|900000"] }],
    ["sum it up", { acc: R1, has: ["2,670,000|2.67M|267万|2670000"] }],
  ),
  conv(
    "en",
    ["accounts i havent touched in ages?", { tool: "stale_accounts", acc: R1, has: ["钢城|Gangcheng"] }],
    ["has the panzhihua one put out any buying plan since", { acc: [GCH], has: ["950,000|950k|95万|0.95M|950000"] }],
  ),
  conv(
    "en",
    [
      "what can I realistically close before year end",
      { tool: ["forecast", "find_deals"], acc: R1, has: ["Lanxang|VLH|澜沧"] },
    ],
    ["biggest of those?", { acc: [VLH], has: ["3,100,000|3.1M|310万|3100000"] }],
  ),
  // Tenders.
  conv(
    "en",
    ["anything on the tender sites for my hospitals?", { tool: "tender_matches", acc: R1, has: ["锦蓉|Jinrong"] }],
    [
      "deadline + deposit for the jinrong one?",
      { acc: [JR], has: ["Dec 11|12-11|12月11|11 Dec|December 11", "60,000|60k|6万|0.06M|60000"] },
    ],
    ["budget vs price cap", { acc: [JR], has: ["6,800,000|6.8M|680万|6800000", "6,650,000|6.65M|665万|6650000"] }],
    [
      "11/26 - need to grab the bid docs before they close, put it on my list",
      { tool: "add_action", card: "confirm", acc: [JR], has: ["Nov 26|11-26|11月26|26 Nov|November 26"] },
    ],
  ),
  conv("en", [
    "Nanchong CT service award - which outfit got it, how much",
    { acc: [NCJL], has: ["蓉科|Rongke", "356,000|356k|35.6万|0.356M|356000"] },
  ]),
  // Competitors, comparisons, the group.
  conv(
    "en",
    [
      "where are we up against heliomed",
      {
        tool: "competitor_deals",
        acc: [JR, XQ, VLH, KVDC],
        has: ["锦蓉|Jinrong", "Lanxang|VLH", "Kathmandu|KVDC"],
      },
    ],
    [
      "and xikang?",
      {
        tool: "competitor_deals",
        acc: [MY, GYRH, AK],
        has: ["绵阳|Mianyang", "贵阳仁和|Guiyang Renhe", "安康|Ankang"],
      },
    ],
  ),
  conv(
    "en",
    ["compare jinrong east vs jinrong west", { tool: "compare_accounts", acc: [DQ, XQ] }],
    [
      "now the whole jinrong group rolled up",
      { tool: "group_overview", acc: [JR, DQ, XQ], has: ["东区|East", "西区|West"] },
    ],
  ),
  // Who blocks, who helps, then a write.
  conv(
    "en",
    ["yibin changjiang - who's blocking us", { acc: [YBCJ], has: ["孔德胜|Kong Desheng"] }],
    ["and who's in our corner", { acc: [YBCJ], has: ["贺敏|He Min"] }],
    [
      "ping me tmrw to ring her about the on-site engineer clause",
      { tool: "add_action", card: "confirm", acc: [YBCJ], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
    ],
  ),
  conv(
    "en",
    [
      "dean yang (guiyang renhe) and I had a sit-down yesterday re a resident engineer in guiyang - pls record",
      {
        tool: "log_interaction",
        card: "confirm",
        acc: [GYRH],
        has: ["杨国庆|Yang Guoqing", "Nov 21|11-21|11月21|21 Nov|November 21"],
      },
    ],
    [
      "also set the refurb CT opportunity there to negotiation stage",
      { tool: "update_opportunity", card: "confirm", acc: [GYRH] },
    ],
  ),
  // A fact from a note months back.
  conv("en", [
    "jinrong east - how much did we cut CT downtime by? need it for a reference letter",
    { acc: [DQ], has: ["72"] },
  ]),
  conv(
    "en",
    ["Dali Cang'er - what do they want and whats the budget", { acc: [DLCE], has: ["160,000|160k|16万|0.16M|160000"] }],
    [
      "set a reminder Dec 2 - video call with Duan about remote monitoring",
      { tool: "add_action", card: "confirm", acc: [DLCE], has: ["Dec 2|12-02|12月2|2 Dec|December 2"] },
    ],
  ),
  conv("en", ["can you build out a 2027 plan for Minxin Leasing", { tool: "generate_plan", acc: [MX] }]),
  conv("en", ["busy week ahead - what should I hit first?", { tool: "my_week" }]),
  conv("en", ["Zunyi Renhe ortho score breakdown - what's dragging it down", { tool: "explain_score", acc: [ZYRH] }]),

  // Not in the book, out of scope.
  conv(
    "en",
    ["Chengdu Tianfu Women's and Children's Hospital, who's our contact there", { acc: [], has: [NF] }],
    ["ok what about Pokhara Lakeside Imaging", { acc: [], has: [NF] }],
    ["never mind. write me a haiku about MRI coils", { acc: [] }],
  ),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv(
      "en",
      [
        "Liangjiang Imaging MR refurb - who are we up against and when does it close",
        { acc: [LJ], has: ["西康|Xikang", "Jan 10|01-10|1月10|10 Jan|January 10"] },
      ],
      ["and Qilin hospital in qujing - whats outstanding there", { acc: [], has: [NF] }],
    ),
  ),
  asUser(
    "rep2",
    conv(
      "en",
      ["Fuling Renji - what was the dean after last time", { acc: [FLRJ], has: ["球管|tube"] }],
      ["what's happening with Vientiane Lanxang lately", { acc: [], has: [NF], not: ["Somphone", "Anan"] }],
    ),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      [
        "Cuihu hospital MR service deal - close date and who's the rival",
        { acc: [CH], has: ["Dec 22|12-22|12月22|22 Dec|December 22", "滇南|Diannan"] },
      ],
      [
        "log a visit with Director Zhang there today - went through the two preventive maintenance visits a year",
        { tool: "log_interaction", card: "confirm", acc: [CH], has: ["张磊|Zhang Lei"] },
      ],
      ["Kathmandu Valley Diagnostic - any news", { acc: [], has: [NF], not: ["Rajan", "Sita"] }],
    ),
  ),
]);
