// Chinese conversations over the seventh book (evals/books/hanlu), written by hand from its CSV files by a helper who
// never read the understanding code. The clock is the tests' (Sunday 2026-11-22): 明天 11-23, 下周三 11-25.
// Row ids (H.., C.., O.., R.., I..) name where each expected fact comes from.
import { asUser, type Conversation, conv, named } from "../conversation-types";
import {
  GL,
  HR,
  HS,
  KB,
  KH,
  KJ,
  LD,
  LG,
  LJ,
  MJ,
  MXY,
  ND,
  NF,
  QY,
  RCK,
  RCR,
  SCD,
  SX,
  TAS,
  TB,
  XFH,
  zhDate,
  zhMoney,
} from "./hanlu-names";

const PEOPLE = ["power_map", "contact_at_account"];
const LAST = ["last_contact", "account_timeline", "contact_at_account"];
const PLAN = ["generate_plan", "show_plan"];

export const HANLU_ZH: Conversation[] = named("hanlu-zh", [
  // H01; decision maker C01 郑国栋 (总经理); C04 蔡明辉 opponent, 冰峰冷链 strength 4.
  conv(
    "zh",
    ["麦香园最近咋样", { acc: [MXY], has: ["麦香园"] }],
    ["他们那边谁拍板", { tool: PEOPLE, acc: [MXY], has: ["郑国栋"] }],
    ["采购那个蔡明辉啥态度", { acc: [MXY], has: ["蔡明辉", "反对"] }],
  ),
  // Typo 麦香圆; risk: C04 opponent close to 冰峰冷链 (4 vs our 1), O01 against 冰峰冷链.
  conv("zh", ["麦香圆有啥风险没", { acc: [MXY], has: ["冰峰|蔡明辉"] }]),
  // Deal update on O01 (1500000): no deal-update tool is named, only a confirm card naming the account.
  conv("zh", ["麦香园那单150万 月底签", { card: "confirm", acc: [MXY], has: ["麦香园"] }]),
  // A completed visit today with C02 吴晓燕 of H01.
  conv("zh", [
    "今天下午去麦香园见了吴晓燕 聊最终报价 她说冰峰低8个点 帮我记下",
    { tool: "log_interaction", card: "confirm", acc: [MXY], has: ["麦香园", "吴晓燕"] },
  ]),
  // Typo 权利地图; C01 郑国栋, C02 吴晓燕.
  conv("zh", ["福州麦香园食品有限公司的权利地图", { tool: "power_map", acc: [MXY], has: ["郑国栋", "吴晓燕"] }]),
  // Who can introduce us to C01: C02 吴晓燕 reports to him, supporter, our strength 4.
  conv("zh", ["麦香园的郑总 谁能帮我引荐一下", { tool: PEOPLE, acc: [MXY], has: ["吴晓燕"] }]),
  // Group H02 with H03 连江 and H04 宁德; champion at group level C06 林秀英 (supporter, influence 4).
  conv(
    "zh",
    ["闽江海鲜集团下面几家公司都啥情况", { tool: "group_overview", acc: [MJ, LJ, ND], has: ["连江", "宁德"] }],
    ["集团层面谁是我们的内线", { tool: PEOPLE, acc: [MJ, LJ, ND], has: ["林秀英"] }],
  ),
  // Notice minjiang-transport-tender: deadline 2026-12-10 09:30, at least 50 refrigerated trucks.
  conv(
    "zh",
    ["闽江那个招标啥时候截止", { tool: "tender_matches", acc: [MJ], has: [zhDate("2026-12-10")] }],
    ["对冷藏车数量有要求吗", { acc: [MJ], has: ["50"] }],
  ),
  // O03: negotiation, 1800000, expected close 2026-12-15 (I08: 王建平 wants it signed before 12-15).
  conv(
    "zh",
    ["连江水产那个超低温冷库的单子到哪步了", { acc: [LJ], has: ["谈判", zhMoney(1800000)] }],
    ["预计啥时候签", { acc: [LJ], has: [zhDate("2026-12-15")] }],
  ),
  // C08 王建平 (厂长, H03) reports to C06 林秀英 of the parent H02.
  conv("zh", ["王厂长向谁汇报", { tool: PEOPLE, acc: [LJ, MJ], has: ["林秀英"] }]),
  // A future visit is a reminder (add_action) due tomorrow, naming H03 and C08.
  conv("zh", [
    "明天上午去连江水产拜访王厂长 提醒我一下",
    { tool: "add_action", card: "confirm", acc: [LJ], has: ["连江", "王建平"], args: { due: "2026-11-23" } },
  ]),
  // H03 has 王建平 (厂长) and 王丽 (品控主管), no 王主任: the write must not be guessed.
  conv(
    "zh",
    ["连江水产的联系人都有谁", { acc: [LJ], has: ["王建平", "王丽"] }],
    ["明天约王主任去看冷库 记一下", { tool: "none", acc: [LJ] }],
  ),
  // C09 王丽 asked for a temperature validation report (I09): a to-do, due before Friday.
  conv("zh", [
    "连江的王丽要超低温冷库温度验证报告 帮我建个待办 周五前发给她",
    { tool: "add_action", card: "confirm", acc: [LJ], has: ["王丽"] },
  ]),
  // 宁德 for rep1 is only H04 (rep2's H19 三都澳 is also in 宁德 and invisible). O04 lost to 顺捷冷运; C10 郭志强.
  conv(
    "zh",
    ["宁德那单为啥丢了", { acc: [ND], has: ["顺捷"] }],
    ["那个郭志强现在还偏向顺捷吗", { acc: [ND], has: ["郭志强", "顺捷"] }],
  ),
  // H05: C15 赵磊 left (true); R09 320000 due 2026-10-31 unpaid; C16 孙浩 same title 物流经理, close to 顺捷冷运.
  conv(
    "zh",
    ["鹭港有什么风险", { acc: [LG], has: ["赵磊|离职", "逾期|回款|未付|欠款|账款|应收"] }],
    ["赵磊走了以后谁接手的", { acc: [LG], has: ["孙浩"] }],
    ["他跟顺捷熟吗", { acc: [LG], has: ["顺捷"] }],
  ),
  // Typo 鹭岗; R09 due 2026-10-31.
  conv("zh", ["鹭岗那笔32万的货款啥时候到期的", { acc: [LG], has: [zhDate("2026-10-31")] }]),
  // Pinyin for 鹭港; R09 320000 unpaid.
  conv("zh", ["lugang回款情况", { acc: [LG], has: [zhMoney(320000)] }]),
  // C13 黄丽娟 last touched 2026-11-20 (I15: payment of the 32万).
  conv("zh", ["黄丽娟最近一次聊的啥", { tool: LAST, acc: [LG], has: [`${zhDate("2026-11-20")}|付款|货款`] }]),
  // 厦门 for rep1: H05 鹭港 and H06 鹭岛 — a question with both; then the pick.
  conv("zh", ["厦门那家最近怎么样", { card: "choices", acc: [LG, LD] }], ["鹭岛", { acc: [LD], has: ["鹭岛"] }]),
  // 黄氏 is H08's short name and a surname (C21 黄德海, C13 黄丽娟): the account is meant. C21 neutral.
  conv("zh", ["黄氏最近怎么样", { acc: [HS], has: ["黄氏"] }], ["黄德海对我们啥态度", { acc: [HS], has: ["中立"] }]),
  // 黄总: C13 黄丽娟 (鹭港 采购总监) or C21 黄德海 (黄氏乳业 董事长).
  conv("zh", ["黄总最近联系过吗", { card: "choices", acc: [LG, HS] }]),
  // C23 潘晓琳, 质量经理 of H08.
  conv("zh", ["潘晓琳是干嘛的", { tool: PEOPLE, acc: [HS], has: ["质量经理"] }]),
  conv("zh", ["给黄氏乳业做个客户计划", { tool: PLAN, acc: [HS], has: ["黄氏"] }]),
  // Person of another account: C22 方志刚 is 黄氏乳业's, not 鹭港's — a question, no write.
  conv("zh", ["在鹭港记一下今天和方志刚打的电话", { tool: "none", acc: [LG, HS] }]),
  // R13 180000 unpaid, due 2026-09-30.
  conv("zh", ["天宝欠的那笔钱多少 啥时候到期的", { acc: [TB], has: [zhMoney(180000), zhDate("2026-09-30")] }]),
  // A future visit (下周三 = 2026-11-25) with C24 戴永福 (总经理) of H09.
  conv("zh", [
    "下周三去天宝果业拜访戴总 聊冷库改造",
    { tool: "add_action", card: "confirm", acc: [TB], has: ["天宝", "戴永福"], args: { due: "2026-11-25" } },
  ]),
  // O10: negotiation, 2200000, against 冰峰冷链.
  conv(
    "zh",
    ["沙县那单谈到哪了", { acc: [SX], has: ["谈判", zhMoney(2200000)] }],
    ["对手是谁", { acc: [SX], has: ["冰峰"] }],
  ),
  // C27 江海燕 is only at H10: a call today, logged there.
  conv("zh", [
    "跟江海燕通了个电话 她要再降5个点",
    { tool: "log_interaction", card: "confirm", acc: [SX], has: ["沙县", "江海燕"] },
  ]),
  conv("zh", ["比较下麦香园和沙县", { tool: "compare_accounts", acc: [MXY, SX], has: ["麦香园", "沙县"] }]),
  conv("zh", ["闽江集团跟宁德大黄鱼比一比", { tool: "compare_accounts", acc: [MJ, ND], has: ["闽江", "宁德"] }]),
  // 榕城: H11 榕城中央厨房 and H12 榕城乳业; H12's O12 lost to 顺捷冷运 (award notice 430000).
  conv(
    "zh",
    ["榕城那家怎么样", { card: "choices", acc: [RCK, RCR] }],
    ["乳业那个", { acc: [RCR], has: ["榕城乳业"] }],
    ["为啥丢的", { acc: [RCR], has: ["顺捷"] }],
  ),
  // H07 last touched 2026-09-10 (I19, C19 苏文斌).
  conv("zh", ["清源茶业上次联系是啥时候", { tool: LAST, acc: [QY], has: [zhDate("2026-09-10")] }]),
  conv("zh", ["苏文斌是谁", { tool: PEOPLE, acc: [QY], has: ["董事长"] }]),
  // H16: no order since 2025-10, last touch 2026-04-08.
  conv("zh", ["客家冻品还有戏吗", { acc: [KJ], has: ["客家"] }]),
  // H14 C36 Ben Hollis left.
  conv("zh", ["Kauri Bay那个Ben还在吗", { acc: [KB], has: ["离职|已离开|不在|离开"] }]),
  // H15 last touched 2026-08-25 (I37 Priya Nair).
  conv("zh", ["南十字乳业上次拜访是啥时候", { tool: LAST, acc: [SCD], has: [zhDate("2026-08-25")] }]),
  conv("zh", [
    "刚跟Priya开完会 她想在厦门仓加奶酪",
    { tool: "log_interaction", card: "confirm", acc: [SCD], has: ["Priya Nair"] },
  ]),
  conv("zh", [
    "给Tasman的Grace发了封邮件 说报价更新了 记一下",
    { tool: "log_interaction", card: "confirm", acc: [TAS], has: ["Tasman", "Grace Liu"] },
  ]),
  // rep1's accounts in 福州市: H01, H02 (马尾), H03 (连江县), H11, H12; rep2's H17 鲜丰汇 is in 福州 too (invisible).
  conv("zh", [
    "福州的客户列一下",
    {
      tool: "find_accounts",
      has: ["麦香园", "闽江海鲜集团", "连江", "榕城中央厨房", "榕城乳业"],
      not: ["鲜丰汇", "康华", "鼓楼"],
    },
  ]),
  // dairy: H08, H12, H15.
  conv("zh", [
    "做乳制品的客户有哪几个",
    { tool: "find_accounts", has: ["黄氏", "榕城乳业", "Southern Cross"], not: ["麦香园", "沙县"] },
  ]),
  // seafood: H02, H03, H04, H14; rep2's 海润 and 三都澳 are invisible.
  conv("zh", [
    "海鲜水产类的客户",
    { tool: "find_accounts", has: ["闽江", "连江", "宁德", "Kauri Bay"], not: ["海润", "三都澳"] },
  ]),
  conv("zh", ["宁德有哪些客户", { tool: "find_accounts", has: ["大黄鱼"], not: ["三都澳"] }]),
  // Last touches before 09-23: H07 09-10, H12 08-16, H15 08-25, H16 04-08; H01 was touched 11-18.
  conv("zh", [
    "哪些客户好久没联系了",
    { tool: "stale_accounts", has: ["清源", "榕城乳业", "Southern Cross", "客家"], not: ["麦香园", "鲜丰汇"] },
  ]),
  // Unpaid past due: R09 鹭港, R13 天宝, R20 Kauri Bay.
  conv("zh", [
    "有回款风险的客户有哪些",
    { tool: ["at_risk_accounts", "find_accounts"], has: ["鹭港", "天宝", "Kauri Bay"], not: ["鲜丰汇"] },
  ]),
  // 冰峰冷链 on rep1's deals: O01 麦香园, O02 闽江集团, O10 沙县, O13 Tasman; rep2's O19 Canterbury, rep3's O20/O23.
  conv("zh", [
    "冰峰在跟我们抢哪些单",
    { tool: "competitor_deals", has: ["麦香园", "闽江", "沙县", "Tasman"], not: ["Canterbury", "安泰康", "康华"] },
  ]),
  // Lost to 顺捷冷运: O04 宁德, O12 榕城乳业 (rep3's O23 was lost to 冰峰冷链).
  conv("zh", ["今年丢给顺捷的单子", { tool: "competitor_deals", has: ["宁德", "榕城乳业"], not: ["安泰康"] }]),
  // rep1 open deals closing by 12-31: O03 连江 12-15, O10 沙县 12-18, O13 Tasman 12-19, O01 麦香园 12-20,
  // O05 鹭港 12-28, O09 天宝 12-31. rep2's O18 海润 12-12 and rep3's O20 康华 12-30 are invisible.
  conv("zh", [
    "年底前能签的单子有哪些 大概多少钱",
    { tool: "forecast", has: ["连江", "沙县", "Tasman", "麦香园", "鹭港", "天宝"], not: ["海润", "康华", "鲜丰汇"] },
  ]),
  conv("zh", ["我这周该干啥", { tool: "my_week", not: ["康华", "鲜丰汇", "海润"] }]),
  // Notices: the 闽江 tender matches rep1's H02; the 鼓楼中心血站 tender is rep3's account.
  conv("zh", ["最近有啥招标", { tool: "tender_matches", has: ["闽江"], not: ["鼓楼中心血站"] }]),
  // Not in the book.
  conv("zh", ["闽都冷饮最近怎么样", { acc: [], has: [NF] }]),
  // Not in the book after an account in context: never answered for 麦香园.
  conv(
    "zh",
    ["麦香园咋样", { acc: [MXY], has: ["麦香园"] }],
    ["那闽都冷饮呢", { acc: [], has: [NF], not: ["郑国栋", "吴晓燕"] }],
  ),
  // rep3's H22 (other team): not found, nothing of it shown.
  conv("zh", ["康华医药那单GSP的进展咋样", { acc: [], has: [NF], not: ["高振宇", "宋佳", "380万", "3,800,000"] }]),
  // rep2's H18 (same team, other rep): rep1 does not see it.
  conv("zh", ["海润水产的冷库续约谈得怎样了", { acc: [], has: [NF], not: ["洪志坚", "95万", "950,000"] }]),
  conv("zh", ["麦香园的评分为啥这么低", { tool: "explain_score", acc: [MXY], has: ["麦香园"] }]),
  conv("zh", ["连江水产下一步该怎么做", { acc: [LJ], has: ["连江"] }]),
  conv(
    "zh",
    ["天宝果业的客户计划", { tool: PLAN, acc: [TB], has: ["天宝"] }],
    ["保存吧", { tool: "save_plan", card: "confirm", acc: [TB], has: ["天宝"] }],
  ),
  // The manager (食品零售大客户部) sees rep1's and rep2's accounts, not rep3's (医药冷链事业部).
  asUser("manager", conv("zh", ["鲜丰汇最近怎样", { acc: [XFH], has: ["鲜丰汇"] }])),
  asUser(
    "manager",
    conv("zh", ["百睿生物疫苗那单怎么样了", { acc: [], has: [NF], not: ["蒋文涛", "160万", "1,600,000"] }]),
  ),
  // Team deals closing by 12-31 include rep2's O18 海润 (12-12) and rep1's O01 麦香园; never rep3's O20 康华.
  asUser(
    "manager",
    conv("zh", ["团队年底前能签的单子", { tool: "forecast", has: ["海润", "麦香园"], not: ["康华", "百睿"] }]),
  ),
  // rep2's H18: O18 negotiation; I42 洪志坚 wants the unit price 3% lower.
  asUser(
    "rep2",
    conv("zh", ["海润那单还差什么", { acc: [HR], has: ["海润"] }], ["洪总要降多少", { acc: [HR], has: ["3%"] }]),
  ),
  asUser("rep2", conv("zh", ["麦香园的情况", { acc: [], has: [NF], not: ["郑国栋", "吴晓燕"] }])),
  // rep3's H22: decision maker C47 高振宇 (总裁).
  asUser("rep3", conv("zh", ["康华医药谁说了算", { tool: PEOPLE, acc: [KH], has: ["高振宇"] }])),
  // Notice gulou-blood-tender: deadline 2026-12-14 09:00.
  asUser(
    "rep3",
    conv("zh", ["鼓楼血站的招标啥时候截止", { tool: "tender_matches", acc: [GL], has: [zhDate("2026-12-14")] }]),
  ),
]);
