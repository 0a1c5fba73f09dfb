// Chinese conversations over the forty-first book (evals/books/kunlun), typed on a phone between site visits. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  AGM,
  BC,
  BLM,
  BLS,
  CEH,
  CS,
  DG,
  ETMS,
  HS,
  HSG,
  HT,
  HX,
  JL,
  QJ,
  QLJ,
  QYS,
  SCM,
  TC,
  TM,
  WCW,
  XX,
  XY,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户|不是你的客户";
/** Every account rep1 (祁雪梅) owns. */
const R1 = [QLJ, DG, HSG, BLM, BLS, XY, CEH, QJ, TC, JL, HX, SCM, BC, CS, HS, AGM];
/** Every account the manager (马国栋) sees: rep1's and rep2's. */
const MGR = [...R1, HT, QYS, ETMS, TM];

export const KUNLUN_ZH = named("kunlun-zh", [
  // Short names, near-duplicates, places, a common word, pinyin and typos.
  conv("zh", ["北岭那边最近有啥进展没", { card: "choices", acc: [BLM, BLS] }]),
  conv(
    "zh",
    ["格尔木那片我有几家客户", { acc: [XY, CEH], has: ["鑫源", "察尔汗"] }],
    ["察尔汗那家还欠多少", { acc: [CEH], has: ["9万|90,000|90000|0.09M"] }],
  ),
  conv("zh", ["前进最近有啥新动静", { acc: [QJ], has: ["侯骁|安全评估"] }]),
  conv("zh", ["hongshagang今年签了多少钱", { acc: [HSG], has: ["85万|850,000|850000|0.85M"] }]),
  conv("zh", [
    "格尔目鑫源那单多少钱 几号签",
    { acc: [XY], has: ["240万|2,400,000|2400000|2.4M", "12月29|12-29|12.29"] },
  ]),

  // People and the power map.
  conv(
    "zh",
    ["张总工手机号多少", { card: "choices", acc: [DG, BLM] }],
    ["北岭煤业那个", { acc: [BLM], has: ["0952-555-0404"] }],
  ),
  conv("zh", ["东沟老马上回见面是几号", { acc: [DG], has: ["11月6|11-06|11.6|11/6"] }]),
  conv(
    "zh",
    ["祁连集团最后谁拍板", { tool: "power_map", acc: [QLJ], has: ["孙德明"] }],
    ["杜部长上面是谁", { acc: [QLJ], has: ["孙德明"] }],
  ),
  conv(
    "zh",
    ["北岭煤业机电部长是不是换人了", { acc: [BLM], has: ["赵永平"] }],
    ["老王哪个月走的", { acc: [BLM], has: ["9月|09-|2026-09"] }],
  ),
  conv("zh", ["想约祁连孙董 谁能帮忙牵个线", { acc: [QLJ, DG, HSG], has: ["杜丽|马永福|曹建新"] }]),

  // Money.
  conv(
    "zh",
    [
      "哪几家款超期没回",
      {
        tool: "receivables",
        acc: R1,
        has: ["东沟", "140万|1,400,000|1400000|1.4M", "金岭", "鑫源|格尔木", "Saryarka|萨尔亚卡"],
      },
    ],
    ["合计呢", { acc: R1, has: ["289万|2,890,000|2890000|2.89M"] }],
  ),
  conv(
    "zh",
    ["金岭尾款多少 拖了多久", { acc: [JL], has: ["65万|650,000|650000|0.65M", "10月31|10-31|10.31"] }],
    ["那东沟呢", { acc: [DG], has: ["140万|1,400,000|1400000|1.4M", "9月30|09-30|9.30"] }],
  ),
  conv("zh", ["超期最久的是哪家 从几号开始欠的", { acc: R1, has: ["Saryarka|萨尔亚卡", "7月20|07-20|7.20"] }]),

  // Deals, forecast, filters.
  conv("zh", ["手上在跟的单子一共多少钱", { acc: R1, has: ["2520万|25,200,000|25200000|25.2M"] }]),
  conv(
    "zh",
    [
      "这个季度能签的有哪几单",
      { tool: "forecast", acc: R1, has: ["东沟", "鑫源|格尔木", "察尔汗", "Saryarka|萨尔亚卡"] },
    ],
    ["加起来多少", { acc: R1, has: ["1045万|10,450,000|10450000|10.45M"] }],
  ),
  conv("zh", ["最大那单是哪个", { acc: R1, has: ["祁连", "560万|5,600,000|5600000|5.6M"] }]),
  conv(
    "zh",
    ["今年丢了几单", { acc: R1, has: ["北岭水泥", "河西"] }],
    ["输给谁了 一共多少", { acc: [BLS, HX], has: ["华运", "110万|1,100,000|1100000|1.1M"] }],
  ),
  conv("zh", ["谈判阶段的单加一块多少", { acc: R1, has: ["970万|9,700,000|9700000|9.7M"] }]),
  conv("zh", [
    "宁夏的客户拉个单子",
    { tool: "find_accounts", acc: [BLM, BLS, JL, CS], has: ["北岭煤业", "北岭水泥", "金岭", "长胜"] },
  ]),
  conv("zh", ["青海那几家在跟的单合计多少", { acc: [XY, CEH, BC], has: ["315万|3,150,000|3150000|3.15M"] }]),

  // Competitors.
  conv(
    "zh",
    ["秦川在跟我抢哪几单", { tool: "competitor_deals", acc: [QLJ, DG], has: ["祁连", "东沟"] }],
    ["金额一共", { acc: [QLJ, DG], has: ["880万|8,800,000|8800000|8.8M"] }],
  ),

  // Stale accounts, groups.
  conv(
    "zh",
    ["哪几家很久没跑了", { tool: "stale_accounts", acc: R1, has: ["北川"] }],
    ["北川上回去是哪天", { acc: [BC], has: ["5月12|05-12|5.12"] }],
  ),
  conv("zh", [
    "祁连集团连同下面两个矿 一起看下",
    { tool: "group_overview", acc: [QLJ, DG, HSG], has: ["东沟", "红沙岗"] },
  ]),

  // Tenders.
  conv(
    "zh",
    ["最近有没有我客户挂网的标", { tool: "tender_matches", acc: R1, has: ["祁连"] }],
    ["那个560w的 保证金多少 几号开标", { acc: [QLJ], has: ["5万|50,000|50000", "12月10|12-10|12.10"] }],
  ),

  // My week.
  conv("zh", ["接下来几天先跑哪几家", { tool: "my_week" }]),

  // Writes: logs, future actions, deal updates, to-dos done.
  conv("zh", [
    "刚从东沟出来 见了张总工 120架方案他认了 就等商务",
    { tool: "log_interaction", card: "confirm", acc: [DG], has: ["张志强"] },
  ]),
  conv("zh", [
    "昨天电话催了金岭任经理65w 她说12月初付",
    { tool: "log_interaction", card: "confirm", acc: [JL], has: ["任静", "11月21|11-21"] },
  ]),
  conv("zh", [
    "明天去北岭煤业见赵部长 提醒我带分项报价",
    { tool: "add_action", card: "confirm", acc: [BLM], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "27号约了察尔汗欧阳主任看现场 加个待办",
    { tool: "add_action", card: "confirm", acc: [CEH], has: ["11月27|11-27"] },
  ]),
  conv("zh", [
    "12.2给长胜黎部长送租赁方案 记得提醒",
    { tool: "add_action", card: "confirm", acc: [CS], has: ["12月2|12-02"] },
  ]),
  conv("zh", [
    "东沟单 改300w 12/18签",
    { tool: "update_opportunity", card: "confirm", acc: [DG], has: ["300万|3,000,000|3000000|3M"] },
  ]),
  conv("zh", ["前进隧道租赁那单推到报价阶段了", { tool: "update_opportunity", card: "confirm", acc: [QJ] }]),
  conv("zh", [
    "红沙岗牛科长那个寄样带的待办 已经弄完了 勾掉吧",
    { tool: ["update_action", "list_actions"], acc: [HSG] },
  ]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["靖远那个煤矿最近咋样了", { acc: [], has: [NF] }]),
  conv("zh", ["五彩湾煤业现在啥情况", { acc: [], has: [NF], not: ["艾尔肯", "张建华"] }]),
  conv("zh", ["帮我订张明天兰州到西宁的火车票", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv(
      "zh",
      ["咱部门超期应收一共多少", { acc: MGR, has: ["321万|3,210,000|3210000|3.21M"] }],
      ["祁雪梅的呢", { acc: R1, has: ["289万|2,890,000|2890000|2.89M"] }],
    ),
  ),
  asUser(
    "manager",
    conv("zh", [
      "鲁文斌手上在跟的单有哪些",
      { acc: [HT, QYS, ETMS, TM], has: ["Erdene|额尔德尼", "280万|2,800,000|2800000|2.8M"] },
    ]),
  ),
  asUser("manager", conv("zh", ["星峡煤业那边咋样", { acc: [], has: [NF], not: ["陈卫东"] }])),
  asUser("rep2", conv("zh", ["泉眼山今年签了多少", { acc: [QYS], has: ["55万|550,000|550000|0.55M"] }])),
  asUser("rep2", conv("zh", ["东沟煤业那单到哪步了", { acc: [], has: [NF], not: ["张志强", "马永福"] }])),
  asUser(
    "rep3",
    conv("zh", ["星峡欠的款 超期多久了", { acc: [XX], has: ["150万|1,500,000|1500000|1.5M", "9月15|09-15|9.15"] }]),
  ),
  asUser("rep3", conv("zh", ["五彩湾张总工电话发我", { acc: [WCW], has: ["0994-555-2102"] }])),
  asUser("rep3", conv("zh", ["鑫源铅锌最近啥情况", { acc: [], has: [NF], not: ["魏长青", "韩立"] }])),
]);
