// Chinese conversations over the fortysecond book (evals/books/lushan), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { AT, BCY, CQ, FH, HD, JJ, KR, LD, LL, MJ, MKY, MKZ, NC, OJ, PBP, SMI, WN, XC, YD, YK, ZG } from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户|不是你的客户";
/** Every account rep1 (熊雅琴) owns. */
const R1 = [FH, NC, JJ, MKZ, MKY, BCY, YD, CQ, HD, MJ, WN, XC, LL, PBP, KR, AT];
/** Every account the manager (彭志远) sees: rep1's and rep2's. */
const MGR = [...R1, SMI, YK, ZG, LD];

export const LUSHAN_ZH = named("lushan-zh", [
  // Who decides, reporting lines, who can introduce us.
  conv(
    "zh",
    ["抚河集团最后谁说了算", { tool: "power_map", acc: [FH], has: ["罗国华"] }],
    ["那钟慧敏归谁管", { acc: [FH], has: ["罗国华"] }],
  ),
  conv("zh", ["南昌制药付婷的领导是哪位", { acc: [NC], has: ["万建平"] }]),
  conv("zh", ["集团那个质量总监黎振东不好约 谁能帮我引荐下", { acc: [FH, NC], has: ["付婷"] }]),
  conv(
    "zh",
    ["长青生物里头 谁跟何总关系最近", { acc: [CQ], has: ["罗雪"] }],
    ["杜明呢 他向谁汇报", { acc: [CQ], has: ["何静"] }],
  ),
  conv(
    "zh",
    ["闽康制药现在管采购的是谁", { acc: [MKZ], has: ["郑晓燕"] }],
    ["她跟晶华啥关系", { acc: [MKZ], has: ["销售|五年|5年"] }],
  ),
  conv("zh", ["郑晓艳这个月联系几次了 跟上个月比呢", { acc: [MKZ], has: ["3次|三次|3 次", "1次|一次|1 次"] }]),
  conv("zh", ["闽康制药车间那个黄主任 会帮咱说话不", { acc: [MKZ], has: ["黄志明"] }]),
  conv("zh", ["陈主任手机号多少来着", { card: "choices", acc: [HD, MJ] }]),
  conv(
    "zh",
    ["洪都医院陈主任 最后一次联系哪天", { acc: [HD], has: ["11月18|11-18"] }],
    ["这个月跟她一共几次了", { acc: [HD], has: ["2次|两次|2 次"] }],
  ),
  conv("zh", ["闽江医院陈美林对我们啥态度 Verrex跟她熟还是我们熟", { acc: [MJ], has: ["中立", "Verrex"] }]),
  conv(
    "zh",
    ["星辰药业管包材采购那个经理叫啥 偏向谁", { acc: [XC], has: ["许文静", "恒泰"] }],
    ["她老板是谁", { acc: [XC], has: ["叶振宇"] }],
  ),
  conv("zh", ["百草源孙红梅邮箱发我", { acc: [BCY], has: ["sun.hm@baicaoyuan-tcm.example.cn"] }]),
  conv(
    "zh",
    ["庐陵中药刘部长电话", { acc: [LL], has: ["0796-555-1302"] }],
    ["她向谁汇报", { acc: [LL], has: ["刘福生"] }],
  ),
  conv("zh", ["百草园宋董上回见面说啥了", { acc: [BCY], has: ["72万|720,000|720000|0.72M", "12月15|12-15"] }]),
  conv("zh", ["南昌制药采购部经理跟哪家竞品走得近", { acc: [NC], has: ["邹伟", "恒泰"] }]),
  conv("zh", ["fu ting 这个月联系了几回 上个月几回", { acc: [NC], has: ["2次|两次|2 次", "1次|一次|1 次"] }]),
  conv("zh", ["皖南药业那个方经理 对咱啥态度", { acc: [WN], has: ["中立", "晶华"] }]),

  // Near-duplicates, a place, lists and a pick.
  conv("zh", ["闽康那边最近有啥进展", { card: "choices", acc: [MKZ, MKY] }]),
  conv("zh", ["抚河制药最近咋样", { card: "choices", acc: [NC, JJ, FH] }]),
  conv("zh", ["亳州一共有几家是咱的客户", { acc: [BCY, YD], has: ["百草源", "药都"] }]),
  conv(
    "zh",
    ["安徽的客户列一下", { tool: "find_accounts", acc: [BCY, YD, WN, KR], has: ["百草源", "药都", "皖南", "科瑞"] }],
    ["里面哪家最久没联系了", { acc: [WN], has: ["皖南"] }],
  ),

  // Money.
  conv(
    "zh",
    [
      "谁的货款过期了还没给",
      { acc: R1, has: ["南昌制药", "120万|1,200,000|1200000|1.2M", "庐陵", "88万|880,000|880000|0.88M"] },
    ],
    ["总共多少钱", { acc: R1, has: ["345万|3,450,000|3450000|3.45M"] }],
    ["最大那笔他们咋说的", { acc: [NC], has: ["12月中旬|60万"] }],
  ),
  conv("zh", ["九江制药那笔钱哪天到期", { acc: [JJ], has: ["11月30|11-30"] }]),

  // Deals.
  conv("zh", ["谈判阶段的单子有哪些", { acc: R1, has: ["南昌制药", "百草源", "Penang|槟城"] }]),
  conv("zh", ["今年12月底前要签的 加起来多大金额", { acc: R1, has: ["616万|6,160,000|6160000|6.16M"] }]),

  // Tenders.
  conv(
    "zh",
    ["抚河集团集采挂网了没", { acc: [FH], has: ["12月14|12-14"] }],
    ["限价多少 保证金多少", { acc: [FH], has: ["410万|4,100,000|4100000|4.1M", "4万|40,000|40000"] }],
  ),

  // Writes: logs, reminders, deal updates, a to-do done.
  conv("zh", [
    "刚跟付婷通了电话 她说Verrex的样送晚了 记一下",
    { tool: "log_interaction", card: "confirm", acc: [NC], has: ["付婷"] },
  ]),
  conv("zh", [
    "11/20去闽康制药拜访了郑总监 按2000万支重新报了价",
    { tool: "log_interaction", card: "confirm", acc: [MKZ], has: ["郑晓燕", "11月20|11-20"] },
  ]),
  conv("zh", [
    "昨天见了万建平的老板 聊了明年集采 帮我记上",
    { tool: "log_interaction", card: "confirm", acc: [FH, NC], has: ["罗国华", "11月21|11-21"] },
  ]),
  conv("zh", [
    "19号打给洪都陈主任 参数审批还没批下来",
    { tool: "log_interaction", card: "confirm", acc: [HD], has: ["陈立华", "11月19|11-19"] },
  ]),
  conv("zh", [
    "明天提醒我给罗雪打电话 约对比测试的时间",
    { tool: "add_action", card: "confirm", acc: [CQ], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "12.2去亳州百草源找宋董签合同 建个待办",
    { tool: "add_action", card: "confirm", acc: [BCY], has: ["12月2|12-02"] },
  ]),
  conv("zh", [
    "后天约了闽江医院陈主任 帮我记个提醒",
    { tool: "add_action", card: "confirm", acc: [MJ], has: ["11月24|11-24"] },
  ]),
  conv("zh", [
    "百草源那单降到68万了 改一下",
    { tool: "update_opportunity", card: "confirm", acc: [BCY], has: ["68万|680,000|680000|0.68M"] },
  ]),
  conv("zh", ["给孙红梅发检测报告那个待办 已经发了 标成完成", { tool: ["update_action", "list_actions"], acc: [BCY] }]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["江苏泰州天元制药的采购是谁", { acc: [], has: [NF] }]),
  conv("zh", ["瓯江制药陈经理电话多少", { acc: [], has: [NF], not: ["陈志强", "0577-555-2301"] }]),
  conv("zh", ["南昌明天要下雨吗", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("zh", ["组里逾期没回的款总共多少", { acc: MGR, has: ["387万|3,870,000|3870000|3.87M"] }])),
  asUser("manager", conv("zh", ["越州医药周总最近怎样", { acc: [], has: [NF], not: ["周敏"] }])),
  asUser("rep2", conv("zh", ["章贡饮片赖厂长上次哪天见的", { acc: [ZG], has: ["11月9|11-09"] }])),
  asUser("rep2", conv("zh", ["抚河集团罗董手机多少", { acc: [], has: [NF], not: ["0791-555-0101"] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["瓯江陈经理对咱啥态度", { acc: [OJ], has: ["支持"] }],
      ["那80万啥时候给", { acc: [OJ], has: ["12月10|12-10"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["洪都医院陈主任最近咋样", { acc: [], has: [NF], not: ["陈立华"] }])),
]);
