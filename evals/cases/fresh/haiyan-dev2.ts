// More development conversations over the fresh book (evals/books/haiyan), all of them development (misses listed).
// Written by someone who had not read the understanding's code nor the other conversations; every expectation was
// written by hand from the book's CSV files and notices, never from a tool result. Clock: Sunday 2026-11-22.
import { asUser, type Conversation, conv, named } from "../conversation-types";
import {
  DY,
  GROUP,
  HB,
  HIDDEN,
  HT,
  LW,
  MJP,
  NANSHAN,
  NEXT,
  NY,
  notFound,
  PCIE,
  PCPG,
  QC,
  QD,
  QF,
  RC,
  SL,
  WHY_RISKY,
  YXH,
} from "./haiyan-names";

/** Lists must never show rep2 (吴晓彤)'s accounts to rep1. */
const NOT_REP2 = ["汉唐", "潮汕", "Hantang", "Chaoshan"];

const ZH = [
  // 1. The chairman of 鹏城电网, what he thinks, who can open his door (苏慧敏 reports to him and supports us).
  conv(
    "zh",
    ["鹏城电网那边最后谁拍板啊", { tool: "power_map", acc: [PCPG], has: ["梁振邦"] }],
    ["他对咱们啥态度 跟博越走的近不", { tool: ["power_map", "account_overview"], acc: [PCPG], has: ["中立", "博越"] }],
    ["谁能帮我们引荐一下他", { tool: "power_map", acc: [PCPG], has: ["苏慧敏"] }],
  ),
  // 2. 韩冰 (CIO of 优鲜汇) by title; 邱宇航 reports to him; 简芳 wants 5% off and reports to the chairman 温志豪.
  conv(
    "zh",
    ["优鲜汇韩总手下管门店工程的那个叫啥", { tool: "power_map", acc: [YXH], has: ["邱宇航"] }],
    [
      "采购那个简总监是不是还在压价",
      {
        tool: ["power_map", "account_timeline", "account_overview", "last_contact"],
        acc: [YXH],
        has: ["简芳", "降价"],
      },
    ],
    ["她汇报给谁", { tool: "power_map", acc: [YXH], has: ["温志豪"] }],
  ),
  // 3. This month's closings: only 泉城热电碳管理平台 (11-30). December: 岱岳 12-10, 南山 12-15, 优鲜汇 12-20,
  // 鹏城电网 12-25, 榕城 12-28, 海滨 12-31 (潮汕快充 12-30 is rep2's).
  conv(
    "zh",
    ["这个月能签下来的单子有哪些", { tool: "forecast", has: ["泉城热电"], not: NOT_REP2 }],
    ["那12月呢", { tool: "forecast", has: ["岱岳", "南山", "优鲜汇", "榕城"], not: NOT_REP2 }],
  ),
  // 4. Unpaid past due: 南山供电局 (due 10-15) and 榕城置业 (due 11-10); 蓝湾's is not due yet (12-20).
  conv(
    "zh",
    [
      "有没有客户款逾期了还没回的",
      {
        tool: ["portfolio_kpis", "at_risk_accounts", "my_week", "find_accounts", "account_overview"],
        has: ["南山", "榕城"],
        not: NOT_REP2,
      },
    ],
    ["榕城那笔是买的啥", { tool: ["account_overview", "account_timeline"], acc: [RC], has: ["充电"] }],
  ),
  // 5. Stale accounts (60+ days): 泉城热电, 秦风便利, 丝路财险, 琴岛地产; 琴岛 last: 姜涛、史敏, no budget (05-18).
  conv(
    "zh",
    ["好久没联系的客户给我拉个单子", { tool: "stale_accounts", has: ["泉城", "秦风", "丝路", "琴岛"], not: NOT_REP2 }],
    [
      "琴岛上回见的谁 聊了啥",
      { tool: ["last_contact", "account_timeline", "account_overview"], acc: [QD], has: ["姜涛|史敏", "预算"] },
    ],
  ),
  // 6. Open tenders: 南粤银行 (信创 required; contact 程女士 = 程雪) and 鹏城电网.
  conv(
    "zh",
    ["最近有啥标能投的", { tool: "tender_matches", has: ["南粤", "鹏城电网"] }],
    ["南粤那个标有啥硬性门槛", { tool: ["tender_matches", "account_overview"], has: ["信创|国产化"] }],
    [
      "标书上联系人是谁 我们关系咋样",
      { tool: ["tender_matches", "power_map", "account_overview"], has: ["程雪|程女士"] },
    ],
  ),
  // 7. A visit that happened yesterday, then a call to schedule for next Tuesday.
  conv(
    "zh",
    [
      "昨天去了趟蓝湾 见了曾总 他们二期充电想年前把方案定下来 帮我记一下",
      { tool: "log_interaction", acc: [LW], card: "confirm", args: { kind: "visit" } },
    ],
    ["顺便下周二约于蕾通个电话", { tool: "add_action", acc: [LW], card: "confirm" }],
  ),
  // 8. A name nowhere in the book.
  conv("zh", ["华润置地最近有啥动静没", notFound("华润置地")]),
  // 9. rep2's account asked by rep1.
  conv("zh", ["汉唐那个商场能源项目现在到哪步了", { acc: [], not: HIDDEN }]),
  // 10. Score and why, then another account's.
  conv(
    "zh",
    ["优鲜汇分咋这么高", { tool: "explain_score", acc: [YXH] }],
    ["那秦风呢 为啥那么低", { tool: "explain_score", acc: [QF] }],
  ),
  // 11. Compare two banks.
  conv("zh", ["南粤银行跟岱岳农商行比比 哪个更值得花时间", { tool: "compare_accounts", acc: [NY, DY] }]),
  // 12. Region filter: 山东 = 泉城热电, 岱岳农商行, 琴岛地产; longest without contact: 琴岛 (05-18).
  conv(
    "zh",
    ["山东那边我有哪几家客户", { tool: "find_accounts", has: ["泉城", "岱岳", "琴岛"] }],
    ["这几家里哪个最久没去了", { tool: ["stale_accounts", "last_contact", "find_accounts"], has: ["琴岛"] }],
  ),
  // 13. Industry words: 商超 = retail (优鲜汇, 海滨百货, 秦风便利); 物业 = real estate (榕城, 蓝湾, 琴岛; 汉唐 is rep2's).
  conv(
    "zh",
    ["商超这块我手上有几家", { tool: "find_accounts", has: ["优鲜汇", "海滨百货", "秦风"] }],
    ["物业的呢", { tool: "find_accounts", has: ["榕城", "蓝湾", "琴岛"], not: NOT_REP2 }],
  ),
  // 14. The week.
  conv(
    "zh",
    ["今天先干啥", { tool: ["my_week", "list_actions"] }],
    ["有没有逾期没做的事", { tool: ["my_week", "list_actions"] }],
  ),
  // 15. A plan for 榕城, then saved.
  conv(
    "zh",
    ["帮榕城置业出个推进计划", { tool: "generate_plan", acc: [RC] }],
    ["行 就这个 存下来", { tool: "save_plan", acc: [RC], card: "confirm" }],
  ),
  // 16. 闽江电力: the lost 配网能效 tender went to 博越电气; 林鸿飞 is against us; procurement now 游可欣 (翁建华 left).
  conv(
    "zh",
    [
      "闽江电力配网能效那个标最后给谁了",
      { tool: ["tender_matches", "account_overview", "account_timeline"], has: ["博越"] },
    ],
    [
      "林总现在还是站博越那边?",
      { tool: ["power_map", "account_overview", "account_timeline"], acc: [MJP], has: ["博越"] },
    ],
    ["他们采购现在该找谁", { tool: "power_map", acc: [MJP], has: ["游可欣"] }],
  ),
  // 17. Pinyin run together: 南山供电局's meter deal is in negotiation; 侯建新 (计量科, neutral, 博越) doubts accuracy.
  conv(
    "zh",
    ["nanshangongdianju电表那个项目到哪步了", { tool: "account_overview", acc: [NANSHAN], has: ["谈判"] }],
    ["那边谁在卡我们", { tool: "power_map", acc: [NANSHAN], has: ["侯建新"] }],
  ),
  // 18. A wrong character (优先汇 for 优鲜汇): the parking-lot charging deal.
  conv("zh", ["优先汇停车场充电那个单子啥情况", { tool: "account_overview", acc: [YXH], has: ["停车场"] }]),
  // 19. Reporting line at 南粤: 冼慧君 → 莫俊杰 (supporter).
  conv(
    "zh",
    ["冼慧君上面是谁", { tool: "power_map", acc: [NY], has: ["莫俊杰"] }],
    ["莫行长对咱们啥看法", { tool: "power_map", acc: [NY], has: ["支持"] }],
  ),
  // 20. Tomorrow's briefing.
  conv("zh", ["明早的简报先给我预览下", { tool: "briefing_preview" }]),
  // 21. Chit-chat.
  conv("zh", ["辛苦了 周日还陪我加班哈哈", { tool: "none" }]),
  // 22. Attainment, then the whole portfolio.
  conv(
    "zh",
    ["我今年指标完成多少了", { tool: "attainment" }],
    ["整个盘子呢 管道还有多少", { tool: ["portfolio_kpis", "forecast"] }],
  ),
  // 23. The group with its two members; 鹏城综能 is up against 星联能源云.
  conv(
    "zh",
    [
      "鹏城电网集团连下面的几家一起看看",
      { tool: "group_overview", acc: GROUP, has: ["南山", "鹏城综合能源|鹏城综能"] },
    ],
    ["综能那边对手是谁", { tool: ["account_overview", "power_map", "group_overview"], acc: [PCIE], has: ["星联"] }],
  ),
  // 24. 泉城热电碳管理平台 closes 11-30; 马丽娜 (财务部经理) asked for installment payment.
  conv(
    "zh",
    ["泉城热电碳管理月底签得下来不", { tool: ["account_overview", "forecast"], acc: [QC], has: ["碳管理"] }],
    [
      "他们财务马经理上回要啥来着",
      { tool: ["power_map", "account_timeline", "account_overview", "last_contact"], acc: [QC], has: ["分期"] },
    ],
  ),
  // 25. A call today with 孙晓梅 (科技部科长), then send the chairman a quote next Tuesday.
  conv(
    "zh",
    [
      "今天上午跟岱岳孙科长通了个电话 网点电表数量基本定了 记一下",
      { tool: "log_interaction", acc: [DY], card: "confirm", args: { kind: "call" } },
    ],
    ["下周二给王董事长把报价送过去", { tool: "add_action", acc: [DY], card: "confirm" }],
  ),
  // 26. Another name nowhere in the book.
  conv("zh", ["中石化广东那边能约上不", notFound("中石化")]),
  // 27. rep2's person asked by rep1.
  conv("zh", ["纪伟坤上次要的升级报价发了没", { acc: [], not: HIDDEN }]),
  // 28. At risk, then one account's risk.
  conv(
    "zh",
    ["哪些客户有点悬", { tool: "at_risk_accounts", not: NOT_REP2 }],
    ["丝路财险风险大不大 为啥", { tool: WHY_RISKY, acc: [SL] }],
  ),
  // 29. 海滨百货: 庄明德 agreed to renew O&M (11-17); the renewal deal 海滨百货运维续约.
  conv(
    "zh",
    ["海滨百货最近跟进记录翻一下", { tool: "account_timeline", acc: [HB], has: ["庄明德|续约"] }],
    ["续约那个单子啥时候能关", { tool: ["account_overview", "forecast"], acc: [HB], has: ["运维续约"] }],
  ),
  // 30. 邝经理 (邝美玲, 采购部经理 at 鹏城电网) asked about bid qualifications on her last call.
  conv("zh", [
    "邝经理上回打电话问的啥",
    { tool: ["account_timeline", "last_contact", "power_map", "account_overview"], acc: [PCPG], has: ["资质"] },
  ]),
];

const EN = [
  // 1. 南粤银行: the president 关振华 decides; procurement 程雪 is an opponent and reports to 莫俊杰.
  conv(
    "en",
    ["who's the decision maker at nanyue bank", { tool: "power_map", acc: [NY], has: ["关振华"] }],
    ["and their procurement person? is she against us", { tool: "power_map", acc: [NY], has: ["程雪"] }],
    ["who does she report to", { tool: "power_map", acc: [NY], has: ["莫俊杰"] }],
  ),
  // 2. December closings; the biggest is 鹏城电网营销侧能源管理平台 (3.2M, 12-25).
  conv(
    "en",
    [
      "deals closing in december?",
      { tool: "forecast", has: ["岱岳|Daiyue", "南山|Nanshan", "优鲜汇|Youxianhui"], not: NOT_REP2 },
    ],
    ["which one's the biggest", { tool: "forecast", has: ["鹏城电网|Pengcheng"] }],
  ),
  // 3. Unpaid past due: 南山供电局 and 榕城置业.
  conv("en", [
    "anyone owe us money past due?",
    {
      tool: ["portfolio_kpis", "at_risk_accounts", "my_week", "find_accounts", "account_overview"],
      has: ["南山|Nanshan", "榕城|Rongcheng"],
      not: NOT_REP2,
    },
  ]),
  // 4. Regions in English: Fujian = 闽江, 海滨, 榕城; Shaanxi = 秦风, 丝路 (汉唐 is rep2's).
  conv(
    "en",
    ["accounts in fujian", { tool: "find_accounts", has: ["闽江|Minjiang", "海滨|Haibin", "榕城|Rongcheng"] }],
    ["what about shaanxi", { tool: "find_accounts", has: ["秦风|Qinfeng", "丝路|Silk Road"], not: NOT_REP2 }],
  ),
  // 5. Power companies not visited lately: only 泉城热电 (09-01) among the energy accounts.
  conv("en", [
    "power companies i havent been in touch with lately",
    { tool: ["stale_accounts", "find_accounts", "last_contact"], has: ["泉城|Quancheng"], not: NOT_REP2 },
  ]),
  // 6. A visit yesterday with 苏慧敏 at 鹏城电网, then a quote to send Tuesday.
  conv(
    "en",
    [
      "log a visit yesterday w/ su huimin at pcpg, budget for the marketing platform looks ok",
      { tool: "log_interaction", acc: [PCPG], card: "confirm", args: { kind: "visit" } },
    ],
    ["and remind me to send them the quote on tuesday", { tool: "add_action", acc: [PCPG], card: "confirm" }],
  ),
  // 7. Score and why.
  conv("en", ["whats haibin's score and why", { tool: "explain_score", acc: [HB] }]),
  // 8. Compare two retail accounts.
  conv("en", ["compare youxianhui vs haibin dept store", { tool: "compare_accounts", acc: [YXH, HB] }]),
  // 9. Open tenders; the 鹏城电网 notice's contact is 邝女士 = 邝美玲.
  conv(
    "en",
    ["any tenders we should bid on", { tool: "tender_matches", has: ["南粤|Nanyue", "鹏城|Pengcheng"] }],
    [
      "who's the contact on the pcpg one",
      { tool: ["tender_matches", "power_map", "account_overview"], has: ["邝美玲|邝女士|Kuang"] },
    ],
  ),
  // 10. A name nowhere in the book.
  conv("en", ["anything new w/ Guangzhou Metro?", notFound("Guangzhou Metro")]),
  // 11. rep2's account asked by rep1.
  conv("en", ["whats up with hantang properties, did the mall deal move", { acc: [], not: HIDDEN }]),
  // 12. Chit-chat.
  conv("en", ["thx, thats all for now", { tool: "none" }]),
  // 13. The week.
  conv(
    "en",
    ["what's on my plate this week", { tool: ["my_week", "list_actions"] }],
    ["anything overdue", { tool: ["my_week", "list_actions"] }],
  ),
  // 14. A plan for 岱岳 (王建军 agreed to sign before year-end), then saved.
  conv(
    "en",
    ["draft a plan to get daiyue signed before year end", { tool: "generate_plan", acc: [DY] }],
    ["ok save it", { tool: "save_plan", acc: [DY], card: "confirm" }],
  ),
  // 15. 优鲜汇 by title: the chairman 温志豪, the CIO 韩冰, and 邱宇航 who reports to 韩冰.
  conv(
    "en",
    ["youxianhui - what does the chairman think of us", { tool: "power_map", acc: [YXH], has: ["温志豪"] }],
    ["and their IT guy?", { tool: "power_map", acc: [YXH], has: ["韩冰"] }],
    ["who reports to him", { tool: "power_map", acc: [YXH], has: ["邱宇航"] }],
  ),
  // 16. 丝路财险: last contact 08-19 with 高明远 and 贾婷婷; 贾婷婷 leans to 星联能源云.
  conv(
    "en",
    ["when did we last talk to silk road insurance", { tool: "last_contact", acc: [SL], has: ["高明远|贾婷婷"] }],
    ["their IT manager leans xinglian right?", { tool: "power_map", acc: [SL], has: ["贾婷婷"] }],
  ),
  // 17. 榕城置业: up against 星联能源云; 余佳 (招采中心经理) favours them.
  conv(
    "en",
    [
      "who are we up against at rongcheng",
      { tool: ["account_overview", "power_map"], acc: [RC], has: ["星联|Xinglian"] },
    ],
    ["who on their side likes xinglian", { tool: "power_map", acc: [RC], has: ["余佳"] }],
  ),
  // 18. 闽江电力's year: lost to 博越电气; 翁建华 (procurement) has left.
  conv(
    "en",
    ["recap minjiang for me, what happened this year", { tool: "account_timeline", acc: [MJP], has: ["博越|Boyue"] }],
    ["is weng jianhua still there?", { tool: "power_map", acc: [MJP], has: ["翁建华", "left|no longer"] }],
  ),
  // 19. Attainment.
  conv("en", ["how am i tracking vs target", { tool: "attainment" }]),
  // 20. Portfolio.
  conv("en", ["portfolio summary pls", { tool: "portfolio_kpis" }]),
  // 21. Tomorrow's briefing.
  conv("en", ["preview tomorrow's briefing", { tool: "briefing_preview" }]),
  // 22. The group, then one member's deal (南山 meters: negotiation).
  conv(
    "en",
    ["pcpg group overview incl the subsidiaries", { tool: "group_overview", acc: GROUP }],
    ["nanshan's meter deal - what stage", { tool: "account_overview", acc: [NANSHAN], has: ["negotiat|Negotiat"] }],
  ),
  // 23. A call just now with 叶小琳 at 鹏城综能.
  conv("en", [
    "just got off a call with ye xiaolin at pengcheng integrated energy, she wants a demo of the charging platform",
    { tool: "log_interaction", acc: [PCIE], card: "confirm", args: { kind: "call" } },
  ]),
  // 24. A future visit to schedule.
  conv("en", [
    "put a visit to qinfeng on my calendar for next tue",
    { tool: "add_action", acc: [QF], card: "confirm" },
  ]),
  // 25. At risk, then one account.
  conv(
    "en",
    ["which accounts are at risk", { tool: "at_risk_accounts", not: NOT_REP2 }],
    ["what about qindao, how risky", { tool: WHY_RISKY, acc: [QD] }],
  ),
  // 26. A person nowhere in the book at a known account.
  conv("en", [
    "who's wang lei at nanyue bank",
    { tool: ["power_map", "none", "find_accounts"], acc: [NY], has: ["Wang Lei|王磊"] },
  ]),
  // 27. rep2 on her own account: 汉唐置业商场能源管理 is up against 博越电气.
  asUser(
    "rep2",
    conv("en", [
      "hantang mall deal, who's the competitor",
      { tool: ["account_overview", "power_map"], acc: [HT], has: ["博越|Boyue"] },
    ]),
  ),
  // 28. Region plus industry: Guangdong retail = 优鲜汇 only.
  conv("en", [
    "guangdong retail accounts",
    { tool: "find_accounts", has: ["优鲜汇|Youxianhui"], not: ["海滨", "秦风"] },
  ]),
  // 29. Banks; then "the small one in shandong" = 岱岳农商行, chairman 王建军.
  conv(
    "en",
    ["list my banks", { tool: "find_accounts", has: ["南粤|Nanyue", "岱岳|Daiyue"] }],
    ["the small one in shandong, who's their chairman", { tool: "power_map", acc: [DY], has: ["王建军"] }],
  ),
  // 30. 蓝湾物业二期充电运营 (solution stage), then next steps there.
  conv(
    "en",
    [
      "blue bay phase 2 charging deal, what stage",
      { tool: ["account_overview", "forecast"], acc: [LW], has: ["solution|Solution"] },
    ],
    ["next steps?", { tool: NEXT, acc: [LW] }],
  ),
];

export const HAIYAN_DEV2: Conversation[] = named("haiyan-dev2", [...ZH, ...EN]);
