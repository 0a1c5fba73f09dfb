// Chinese conversations over the forty-third book (evals/books/taishan): an industrial-gas vendor's account managers
// typing in a chat box. Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22,
// TEST_NOW); see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  CGI,
  FGW,
  FR,
  GM,
  HD,
  HHS,
  HK,
  HY,
  JHG,
  JN,
  LC,
  LSA,
  LW,
  QH,
  QRH,
  QRX,
  RZ,
  WX,
  XL,
  XM,
  XY,
  YHG,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你的客户|没有这个客户|未找到";
/** Every account rep1 (鲁文静) owns. */
const R1 = [XY, LW, RZ, HY, QRH, QRX, JHG, XM, GM, QH, XL, WX, HD, HK, LSA, CGI];
/** Every account the manager (丛建伟) sees: rep1's and rep2's. */
const MGR = [...R1, FR, LC, FGW, JN];

export const TAISHAN_ZH = named("taishan-zh", [
  // Short names: near-duplicates, a place, a common word, pinyin, a typo.
  conv("zh", ["齐润那边最近有啥动静", { card: "choices", acc: [QRH, QRX] }]),
  conv("zh", ["鑫岳钢厂那边液氧用量咋样了", { card: "choices", acc: [XY, LW, RZ] }]),
  conv("zh", ["沙河那块咱手上有几家客户", { acc: [JHG, XM], has: ["晶华", "旭明"] }]),
  conv("zh", ["光明那边钢瓶租金给了没", { acc: [GM], has: ["9.5万|95,000|95000|9万5"] }]),
  conv("zh", ["xinlan bandaoti 那个大宗气单子多少钱", { acc: [XL], has: ["450万|4,500,000|4500000|4.5M"] }]),
  conv("zh", ["泉慧医院那个医用气体工程 招标挂出来没", { acc: [QH], has: ["12月10|12-10"] }]),

  // People: who decides, reporting lines, phones, last contact.
  conv(
    "zh",
    ["鑫岳集团最后谁拍板", { tool: "power_map", acc: [XY], has: ["韩振东"] }],
    ["曲主任上面是谁", { acc: [XY], has: ["韩振东"] }],
  ),
  conv(
    "zh",
    ["孙部长电话多少", { card: "choices", acc: [LW, HY] }],
    ["莱芜那个", { acc: [LW], has: ["0531-555-0202"] }],
  ),
  conv("zh", ["芯澜厂务现在谁管", { acc: [XL], has: ["严颖"] }], ["她电话多少", { acc: [XL], has: ["0510-555-1103"] }]),
  conv("zh", ["想约华冶宋总 找谁牵线合适", { tool: "power_map", acc: [HY], has: ["孙立强|蔡婷"] }]),
  conv(
    "zh",
    ["晶华玻璃柳主任手机给我下", { acc: [JHG], has: ["0319-555-0702"] }],
    ["任总的呢", { acc: [JHG], has: ["0319-555-0701"] }],
  ),

  // Money.
  conv(
    "zh",
    ["哪些客户欠款逾期了", { acc: R1, has: ["莱芜", "135万|1,350,000|1350000|1.35M", "晶华", "Lahore|拉合尔"] }],
    ["加起来多少", { acc: R1, has: ["340.5万|3,405,000|3405000|3.405M|340万5"] }],
  ),
  conv("zh", ["日照板材那45万啥时候到期", { acc: [RZ], has: ["12月15|12-15"] }]),

  // Deals, filters, competitors, lists.
  conv("zh", [
    "300万以上还没签的单子列一下",
    { acc: R1, has: ["560万|5,600,000|5600000|5.6M", "芯澜", "莱芜", "Lahore|拉合尔"] },
  ]),
  conv("zh", [
    "冀北空分在抢咱哪些单子",
    { tool: "competitor_deals", acc: [LW, HY, JHG], has: ["莱芜", "华冶", "晶华"] },
  ]),
  conv("zh", ["今年丢了哪些单", { acc: R1, has: ["齐润新材", "Chittagong|吉大港|CGI"] }]),
  conv("zh", ["河南的客户有哪些", { tool: "find_accounts", acc: [GM, HD], has: ["光明", "恒达"] }]),
  conv(
    "zh",
    ["哪些客户很久没联系了", { tool: "stale_accounts", acc: R1, has: ["恒达"] }],
    ["它最后一次联系是啥时候", { acc: [HD], has: ["5月14|05-14"] }],
  ),
  conv("zh", ["鑫岳集团下面几家汇总看看", { tool: "group_overview", acc: [XY, LW, RZ], has: ["莱芜", "日照"] }]),

  // Tender notices.
  conv(
    "zh",
    ["最近有跟我客户有关的招标吗", { tool: "tender_matches", acc: R1, has: ["泉惠"] }],
    ["保证金多少 啥时候交", { acc: [QH], has: ["3万|30,000|30000", "12月8|12-08"] }],
  ),
  conv("zh", ["齐润新材料液氮那个标最后谁中了", { acc: [QRX], has: ["鲁华", "76万|760,000|760000|0.76M"] }]),
  conv("zh", ["河口园区的氮气管道啥时候招标", { acc: [HK], has: ["3月|2027-03"] }]),

  // To-dos, week, plans.
  conv("zh", ["这周有哪些待办到期", { tool: ["list_actions", "my_week"] }]),
  conv("zh", ["芯澜那边我还有啥待办", { tool: "list_actions", acc: [XL] }]),
  conv("zh", ["给泉惠医院做个客户计划", { tool: "generate_plan", acc: [QH] }]),

  // Writes: what happened, what is to come, deals, to-dos done.
  conv("zh", [
    "今天上午去莱芜特钢找孙部长 标书技术部分他过了一遍 没大问题",
    { tool: "log_interaction", card: "confirm", acc: [LW], has: ["孙建华"] },
  ]),
  conv("zh", [
    "11/20给华冶蔡部长打了电话 分项报价她收到了",
    { tool: "log_interaction", card: "confirm", acc: [HY], has: ["蔡婷", "11月20|11-20"] },
  ]),
  conv("zh", [
    "昨天跟芯澜汤凯通了电话 纯度和最低用量都写进报价了 记一下",
    { tool: "log_interaction", card: "confirm", acc: [XL], has: ["汤凯", "11月21|11-21"] },
  ]),
  conv("zh", ["明天把报价发给华冶蔡部长", { tool: "add_action", card: "confirm", acc: [HY], has: ["11月23|11-23"] }]),
  conv(
    "zh",
    ["泉惠那个医用气体的招标文件下了没 截止哪天", { acc: [QH], has: ["12月10|12-10"] }],
    ["标书10号前要交 记一下", { tool: "add_action", card: "confirm", acc: [QH], has: ["12月10|12-10|12月9|12-09"] }],
  ),
  conv("zh", [
    "12/3前把VPSA标书送到莱芜特钢 提醒我下",
    { tool: "add_action", card: "confirm", acc: [LW], has: ["12月3|12-03"] },
  ]),
  conv("zh", [
    "后天去沙河晶华找葛总监催款",
    { tool: "add_action", card: "confirm", acc: [JHG], has: ["11月24|11-24"] },
  ]),
  conv("zh", [
    "晶华玻璃现场制氧那单金额改成275万",
    { tool: "update_opportunity", card: "confirm", acc: [JHG], has: ["275万|2,750,000|2750000|2.75M"] },
  ]),
  conv("zh", [
    "齐润化工管道工程签了 118万 赢单",
    { tool: "update_opportunity", card: "confirm", acc: [QRH], has: ["118万|1,180,000|1180000|1.18M"] },
  ]),
  conv("zh", ["微矽的报价发了 那个待办勾掉吧", { tool: ["update_action", "list_actions"], acc: [WX] }]),
  conv("zh", ["芯兰半导体那单推到谈判阶段", { tool: "update_opportunity", card: "confirm", acc: [XL] }]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["宁波镇海那个化工园最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["淮海钢铁孙部长最近啥情况", { acc: [], has: [NF], not: ["孙志刚", "邱国栋"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("zh", ["团队逾期应收一共多少", { acc: MGR, has: ["430.5万|4,305,000|4305000|4.305M|4.31M"] }]),
  ),
  asUser("manager", conv("zh", ["鲁文静今年完成率怎么样", { tool: "attainment" }])),
  asUser(
    "manager",
    conv("zh", ["团队商机按阶段汇总下 谈判阶段一共多少", { acc: MGR, has: ["1070万|10,700,000|10700000|10.7M"] }]),
  ),
  asUser("manager", conv("zh", ["柴慧的伊河玻璃咋样了", { acc: [], has: [NF], not: ["晏红"] }])),
  asUser("rep2", conv("zh", ["丰润钢铁那90万啥时候能回", { acc: [FR], has: ["年底|12月"] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["淮海钢铁欠咱多少", { acc: [HHS], has: ["150万|1,500,000|1500000|1.5M"] }],
      ["伊河那笔呢 啥时候到期", { acc: [YHG], has: ["85万|850,000|850000|0.85M", "11月30|11-30"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["莱芜特钢现在啥情况", { acc: [], has: [NF], not: ["聂广军", "孙建华"] }])),
  asUser("rep2", conv("zh", ["芯澜半导体的单子到哪一步了", { acc: [], has: [NF], not: ["严颖", "彭立"] }])),
]);
