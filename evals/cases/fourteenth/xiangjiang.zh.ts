// Chinese conversations over the fourteenth book (evals/books/xiangjiang), typed the way account managers type. Every
// expectation is hand-read from the book's CSV files (today is Sunday 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { AY, BB, FRL, FRT, GX, HP, HT, JH, KC, LC, MG, NY, QG, SHG, SM, TY, XS, XZ, YJW } from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到";
/** The two spellings of 芙蓉医检 a reply may use (short form, or inside the full name). */
const FURONG_LAB = "芙蓉医检|芙蓉医学检验";

export const XIANGJIANG_ZH = named("xiangjiang-zh", [
  // Accounts, short names, pinyin, typos.
  conv("zh", ["芙蓉医检最近啥情况", { acc: [FRL], has: [FURONG_LAB] }]),
  conv("zh", ["芙蓉那边还欠咱多少钱", { card: "choices", acc: [FRL, FRT] }]),
  conv(
    "zh",
    ["furong yijian 谁拍板的", { tool: "power_map", acc: [FRL], has: ["周海涛"] }],
    ["钱佩向谁汇报", { acc: [FRL], has: ["周海涛"] }],
    ["她是不是偏向瑞析", { acc: [FRL], has: ["瑞析"] }],
  ),
  conv("zh", [
    "芙蓉体检那个lis升级 多少钱 啥时候能关",
    { acc: [FRT], has: ["45万|450,000|450000|0.45M", "12月28|12-28|12/28"] },
  ]),
  conv("zh", [
    "嗯那个就是说芙蓉体检那个吴总监我上次去见她是啥时候来着好像是十月份吧",
    { acc: [FRT], has: ["10月15|10-15|10/15"] },
  ]),
  conv("zh", ["南岳最近有啥动静", { acc: [NY], has: ["南岳"] }]),
  conv(
    "zh",
    ["南岳医检试剂合同谈到哪一步了", { acc: [NY], has: ["90万|900,000|900000|0.9M"] }],
    ["他们董事长叫啥", { acc: [NY], has: ["曹建平"] }],
  ),
  conv("zh", ["和平那个流水线招标啥时候开标", { acc: [HP], has: ["12月14|12-14|12/14"] }]),
  conv(
    "zh",
    ["和平医院欠的那笔款 多少 逾期多久了", { acc: [HP], has: ["52万|520,000|520000|0.52M"] }],
    ["催款是找的谁", { acc: [HP], has: ["罗斌"] }],
  ),
  conv("zh", ["和平医苑的罗斌对咱啥态度", { acc: [HP], has: ["反对|opponent|不支持|康迈"] }]),
  // The same surname and title at two accounts (and a third at another team's account, invisible).
  conv("zh", ["刘主任最近聊了啥", { card: "choices", acc: [FRL, HP], not: ["刘德明"] }]),
  conv("zh", ["和平医院的刘主任上次啥时候联系的", { acc: [HP], has: ["11月18|11-18|11/18"] }]),
  // People and the departed contact.
  conv(
    "zh",
    ["龙城医检的黄涛还在不", { acc: [LC], has: ["梁宇"] }],
    ["那他对咱们啥态度", { acc: [LC], has: ["中立|neutral|观望|瑞析"] }],
  ),
  conv(
    "zh",
    ["荷塘医院 权力地图", { tool: "power_map", acc: [HT], has: ["贺志明", "邹丽华", "彭军"] }],
    ["彭军那边康迈做得怎么样", { acc: [HT], has: ["康迈"] }],
  ),
  conv("zh", ["芙蓉医检联系人里谁反对我们", { acc: [FRL], has: ["钱佩"] }]),
  conv("zh", ["TPM那边谁愿意给咱做参考客户", { acc: [TY], has: ["颜博"] }]),
  conv("zh", ["九华体检的欧阳总想要啥", { acc: [JH], has: ["分析仪|报价"] }]),
  // Money owed.
  conv("zh", ["我哪些客户有逾期没回的款", { has: [FURONG_LAB, "和平", "Song Hong|红河"], not: ["安源", "湘中"] }]),
  conv("zh", ["石门卫生院那12万到期没", { acc: [SM], has: ["12月5|12-05|12-5|12/5"] }]),
  conv("zh", ["红河医院那笔款还没回吗", { acc: [SHG], has: ["64万|640,000|640000|0.64M"] }]),
  // Groups and tenders.
  conv("zh", ["播北医共体下面几家卫生院 汇总下", { tool: "group_overview", acc: [BB, QG, SM], has: ["青杠", "石门"] }]),
  conv("zh", ["播北那个lis的采购意向 预算多少", { acc: [BB], has: ["200万|2,000,000|2000000|2M"] }]),
  conv("zh", ["最近有啥招标跟我客户有关的", { tool: "tender_matches", has: ["和平"] }]),
  // Competitors and lost deals.
  conv("zh", ["沅江湾那单丢给谁了", { acc: [YJW], has: ["康迈"] }]),
  conv("zh", ["康程体检的维保为啥丢了", { acc: [KC], has: ["瑞析"] }]),
  conv("zh", ["瑞析在跟咱抢哪些单子", { tool: "competitor_deals", has: [FURONG_LAB, "龙城"] }]),
  conv("zh", ["梅克纳那单竞争对手是谁", { acc: [MG], has: ["Meridian|麦瑞迪安"] }]),
  // Staleness, risk, scores, forecasts.
  conv("zh", ["赣西医院好久没去了吧 上次是啥时候", { acc: [GX], has: ["4月8|04-08|4-8|4/8"] }]),
  conv("zh", ["哪些客户很久没联系了", { tool: "stale_accounts", has: ["赣西"] }]),
  conv("zh", ["天元医检评分为啥是这个分", { tool: "explain_score", acc: [TY] }]),
  conv("zh", ["对比下芙蓉医检和龙城医检", { tool: "compare_accounts", acc: [FRL, LC] }]),
  conv("zh", ["年底前能签的单子有哪些", { has: ["龙城", "南岳", FURONG_LAB] }]),
  // Writes by chat.
  conv("zh", [
    "帮我记一下 今天给邹丽华打了电话 她说院里1月定分析仪",
    { tool: "log_interaction", card: "confirm", acc: [HT] },
  ]),
  conv("zh", ["明天去南岳医检找曹董签合同 帮我加个待办", { tool: "add_action", card: "confirm", acc: [NY] }]),
  conv("zh", ["龙城医检扩容那单 对方签了 改成赢单", { tool: "update_opportunity", card: "confirm", acc: [LC] }]),
  conv("zh", [
    "芙蓉医检流水线那单金额改成310万",
    { tool: "update_opportunity", card: "confirm", acc: [FRL], has: ["310万|3,100,000|3100000|3.1M"] },
  ]),
  conv("zh", ["给和平医院出个推进计划", { tool: "generate_plan", acc: [HP] }]),
  // Not in the book, or another rep's / another team's account.
  conv("zh", ["长沙宁乡康华检验所情况咋样", { acc: [], has: [NF] }]),
  conv("zh", ["星沙医院的试剂合同怎样了", { acc: [], has: [NF] }]),
  conv("zh", ["湘中血站刘主任电话多少", { acc: [], has: [NF], not: ["刘德明"] }]),
  // Out of scope.
  conv("zh", ["帮我写首诗 祝周总生日快乐", { tool: "none", acc: [] }]),
  // Other users.
  asUser("manager", conv("zh", ["星沙医院的试剂合同多少钱", { acc: [XS], has: ["80万|800,000|800000|0.8M"] }])),
  asUser("manager", conv("zh", ["团队里哪些客户回款逾期了", { has: ["安源", "和平"], not: ["湘中"] }])),
  asUser("rep2", conv("zh", ["安源医检欠的维保款多少", { acc: [AY], has: ["15万|150,000|150000|0.15M"] }])),
  asUser("rep2", conv("zh", ["芙蓉医检最近咋样", { acc: [], has: [NF] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["湘中血站那个流水线到啥阶段了", { acc: [XZ], has: ["420万|4,200,000|4200000|4.2M"] }],
      ["刘主任上次拜访说了啥", { acc: [XZ], has: ["刘德明"] }],
    ),
  ),
]);
