// Chinese conversations over the thirty-fifth book (evals/books/helan): a Yinchuan solar O&M vendor's sales manager
// and field reps. Written blind: every expectation is hand-read from the book's CSV files (today is Sunday 2026-11-22,
// TEST_NOW); see the book's README for the figures.
import { asUser, conv, named } from "../conversation-types";
import {
  ALS,
  CDM,
  DH,
  DX,
  ESS,
  GH,
  GHG,
  GHN,
  HN,
  HSP,
  LD,
  ND,
  QY,
  RSSP,
  SSYG,
  TGL,
  TYS,
  YC,
  ZW,
  ZYNX,
  ZYQH,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没找到|没有找到|找不到|查不到|不在你的|看不到|无权";
/** Every account rep1 (贾建军) owns. */
const R1 = [ZYNX, HSP, YC, GHG, GHN, TGL, ZW, SSYG, DH, CDM, RSSP, ND, ALS, LD, HN, ESS];
/** Every account rep2 (苏晓雯) owns. */
const R2 = [TYS, QY, DX, GH];
/** Every account the manager (马慧琴) sees: rep1's and rep2's. */
const MGR = [...R1, ...R2];

export const HELAN_ZH = named("helan-zh", [
  // The manager: pipeline, forecast, reps, lists and follow-ups on them.
  asUser(
    "manager",
    conv(
      "zh",
      [
        "团队pipeline按阶段拆一下看看",
        { acc: MGR, has: ["850万|8,500,000|8.5M|8500000", "750万|7,500,000|7.5M|7500000"] },
      ],
      ["按金额排一下", { acc: MGR, has: ["中源宁夏|中源电力宁夏", "560万|5,600,000|5.6M|5600000"] }],
      ["前三个", { acc: [ZYNX, SSYG, RSSP], has: ["中源", "塞上阳光|阳光", "RSSP|Red Sea|红海"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      ["本季度能关的单子有哪些 总共多少钱", { tool: "forecast", acc: MGR, has: ["1089万|10,890,000|10.89M|10890000"] }],
      ["只看苏晓雯的", { acc: [TYS, GH], has: ["太阳山", "130万|1,300,000|1.3M|1300000"] }],
    ),
  ),
  asUser(
    "manager",
    conv("zh", [
      "预测加权跟不加权分别多少",
      { tool: "forecast", acc: MGR, has: ["2799万|27,990,000|27.99M|27990000|1089万|10,890,000|10.89M|10890000"] },
    ]),
  ),
  asUser(
    "manager",
    conv("zh", [
      "今年赢单金额按人分一下",
      {
        acc: MGR,
        has: [
          "贾建军",
          "苏晓雯",
          "230万|2,300,000|2.3M|2300000|1383万|13,830,000|13.83M|13830000",
          "45万|450,000|0.45M|450000|135万|1,350,000|1.35M|1350000",
        ],
      },
    ]),
  ),
  asUser(
    "manager",
    conv("zh", ["俩人目标完成率现在啥样", { tool: "attainment", acc: MGR, has: ["贾建军", "苏晓雯"] }]),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      ["这个月底前要签的大单有哪些", { acc: MGR, has: ["腾格里", "240万|2,400,000|2.4M|2400000"] }],
      ["最大那个谁在跟 对手是谁", { acc: [TGL], has: ["贾建军", "西能"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      ["今年输掉的单都丢给谁了", { acc: MGR, has: ["天跟", "昊日", "西能"] }],
      ["按金额排下", { acc: [GHN, DH, QY], has: ["国恒内蒙|国恒电力内蒙古", "210万|2,100,000|2.1M|2100000"] }],
    ),
  ),
  asUser("manager", conv("zh", ["阿拉善光储归谁管", { acc: [ALS], has: ["贾建军"] }])),
  asUser(
    "manager",
    conv(
      "zh",
      ["晓雯手上都有哪些客户 在跟的单子也列下", { acc: R2, has: ["太阳山", "清源", "丹霞", "共和"] }],
      ["她那几个单里最大的是哪个", { acc: [TYS, GH], has: ["太阳山", "130万|1,300,000|1.3M|1300000"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      ["全组逾期没回的款一共多少", { tool: "receivables", acc: MGR, has: ["405万|4,050,000|4.05M|4050000"] }],
      ["欠得最多的是哪家", { acc: [HSP], has: ["红寺堡", "150万|1,500,000|1.5M|1500000"] }],
    ),
  ),
  asUser("manager", conv("zh", ["韩东那个中源青海支架单咋样了", { acc: [], has: [NF], not: ["王志强", "260万"] }])),
  asUser("manager", conv("zh", ["整个组的经营指标给我过一下", { tool: "portfolio_kpis", acc: MGR }])),
  asUser(
    "manager",
    conv("zh", [
      "西能运维跟咱们在抢哪些项目",
      { tool: "competitor_deals", acc: [ZYNX, TGL, ND, QY], has: ["中源", "腾格里", "宁东"] },
    ]),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      ["明年一季度pipeline有多少", { acc: MGR, has: ["1635万|16,350,000|16.35M|16350000"] }],
      ["里面最大的一单", { acc: [ZYNX], has: ["中源", "560万|5,600,000|5.6M|5600000"] }],
    ),
  ),
  asUser(
    "manager",
    conv("zh", [
      "建军在谈判阶段的单有几个 加起来多少",
      { acc: R1, has: ["红寺堡", "腾格里", "阿拉善", "720万|7,200,000|7.2M|7200000"] },
    ]),
  ),
  asUser(
    "manager",
    conv("zh", ["国恒甘肃那单这月能拿下不", { acc: [GHG], has: ["145万|1,450,000|1.45M|1450000", "11月30|11-30"] }]),
  ),
  asUser(
    "manager",
    conv("zh", ["RSSP谁负责的 还欠多少钱", { acc: [RSSP], has: ["贾建军", "45万|450,000|0.45M|450000"] }]),
  ),

  // rep1 贾建军: short names, near-duplicates, places, a common word.
  conv("zh", ["中源光伏那边最近咋样", { card: "choices", acc: [HSP, YC, ZYNX] }]),
  conv("zh", ["中卫那块咱有几个客户", { acc: [ZW, TGL], has: ["沙坡头", "腾格里"] }]),
  conv("zh", ["阳光那个托管的单到哪一步了", { acc: [SSYG], has: ["方案|solution", "410万|4,100,000|4.1M|4100000"] }]),
  conv("zh", ["今儿阳光挺好 木啥事 帮我瞅瞅这礼拜该干啥", { tool: "my_week", acc: R1 }]),

  // rep1: people.
  conv(
    "zh",
    ["藤格里谁拍板", { tool: "power_map", acc: [TGL], has: ["冯建国"] }],
    ["那白主任啥态度", { acc: [TGL], has: ["反对|opponent|不支持"] }],
  ),
  conv("zh", ["王站长电话多少来着", { card: "choices", acc: [HSP, DH], not: ["王志强"] }]),
  conv("zh", ["hongsibu王站长向谁汇报", { acc: [HSP, ZYNX], has: ["马兰芳"] }]),
  conv(
    "zh",
    ["宁东管设备的部长换人了吧 现在谁", { acc: [ND], has: ["邵鹏"] }],
    ["吴倩啥时候走的", { acc: [ND], has: ["9月|09-|2026-09"] }],
  ),
  conv("zh", ["想搭上腾格里田总监 谁能给引荐一下", { acc: [TGL, ZW], has: ["何永平"] }]),

  // rep1: money, stale accounts, competitors, tenders.
  conv(
    "zh",
    [
      "谁还欠咱钱 整个单子出来",
      { tool: "receivables", acc: R1, has: ["红寺堡", "150万|1,500,000|1.5M|1500000", "盐池", "陇电"] },
    ],
    ["加起来多少钱", { acc: R1, has: ["315万|3,150,000|3.15M|3150000"] }],
  ),
  conv(
    "zh",
    ["哪些客户老长时间木去了", { tool: "stale_accounts", acc: R1, has: ["惠农"] }],
    ["它上回啥时候去的", { acc: [HN], has: ["5月14|05-14"] }],
  ),
  conv("zh", [
    "昊日那帮人跟咱撞了几个项目",
    { tool: "competitor_deals", acc: [GHG, DH, LD], has: ["国恒甘肃|国恒电力甘肃"] },
  ]),
  conv(
    "zh",
    ["最近挂网的标里有木有咱客户的", { tool: "tender_matches", acc: R1, has: ["中源"] }],
    ["那运维框架啥时候开标 保证金多少", { acc: [ZYNX], has: ["12月11|12-11", "8万|80,000|80000"] }],
  ),

  // rep1: writes.
  conv("zh", [
    "今儿上午去红寺堡见了丁主管 看了那3排电机 换了俩控制器",
    { tool: "log_interaction", card: "confirm", acc: [HSP], has: ["丁晓东"] },
  ]),
  conv("zh", [
    "11/20跟国恒甘肃孙慧通了电话 业绩材料发过去了 记一下",
    { tool: "log_interaction", card: "confirm", acc: [GHG], has: ["孙慧", "11月20|11-20"] },
  ]),
  conv("zh", [
    "昨儿去阿拉善见了韩经理 合同条款都过了 得劲",
    { tool: "log_interaction", card: "confirm", acc: [ALS], has: ["韩雪", "11月21|11-21"] },
  ]),
  conv("zh", ["明天去盐池找李站长催那68万", { tool: "add_action", card: "confirm", acc: [YC], has: ["11月23|11-23"] }]),
  conv("zh", [
    "25号约了宁东邵部长讲发电量对比 加个待办",
    { tool: "add_action", card: "confirm", acc: [ND], has: ["11月25|11-25"] },
  ]),
  conv("zh", [
    "12.2给塞上阳光陈总监送整体方案 到时候提醒我",
    { tool: "add_action", card: "confirm", acc: [SSYG], has: ["12月2|12-02"] },
  ]),
  conv("zh", [
    "红寺堡支架那单降到313万了",
    { tool: "update_opportunity", card: "confirm", acc: [HSP], has: ["313万|3,130,000|3.13M|3130000"] },
  ]),
  conv("zh", ["沙坡头清洗那单推到谈判了", { tool: "update_opportunity", card: "confirm", acc: [ZW] }]),
  conv("zh", ["给海燕发备件清单那个待办 整完了 勾掉", { tool: ["update_action", "list_actions"], acc: [YC] }]),

  // rep1: another team's accounts, not in the book, out of scope.
  conv("zh", ["中源青海最近啥情况", { acc: [], has: [NF], not: ["王志强"] }]),
  conv("zh", ["太阳山那边咋样了", { acc: [], has: [NF], not: ["马国强", "李娟"] }]),
  conv("zh", ["银川滨河光伏电站有单子木有", { acc: [], has: [NF] }]),
  conv("zh", ["明天银川刮风不", { acc: [] }]),

  // rep2 苏晓雯 and rep3 韩东.
  asUser(
    "rep2",
    conv("zh", ["太阳山那单月底能定不", { acc: [TYS], has: ["130万|1,300,000|1.3M|1300000", "11月29|11-29"] }]),
  ),
  asUser(
    "rep2",
    conv("zh", [
      "明天提醒我给丹霞冯经理打电话问付款",
      { tool: "add_action", card: "confirm", acc: [DX], has: ["11月23|11-23"] },
    ]),
  ),
  asUser("rep3", conv("zh", ["中源青海那单到哪了", { acc: [ZYQH], has: ["260万|2,600,000|2.6M|2600000", "天跟"] }])),
  asUser("rep3", conv("zh", ["中源宁夏那个运维招标咋样了", { acc: [], has: [NF], not: ["马兰芳", "周振华"] }])),
]);
