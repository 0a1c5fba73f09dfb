// Chinese conversations over the forty-fourth book (evals/books/huashan), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  BRS,
  CC,
  DLS,
  FJ,
  FS,
  FW,
  HG,
  HZ,
  JQ,
  LQ,
  LY,
  MY,
  NAI,
  QCJT,
  QDS,
  QH,
  QJ,
  WB,
  XHD,
  XLC,
  XLJ,
  YS,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你的|没有这个客户|没有该客户";
/** Every account rep1 (苗雨桐) owns. */
const R1 = [QCJT, DLS, QDS, XLC, XLJ, MY, FJ, XHD, QJ, FW, CC, YS, HG, WB, BRS, JQ];
/** Every account the manager (贺文博) sees: rep1's and rep2's. */
const MGR = [...R1, NAI, LQ, HZ, FS];

export const HUASHAN_ZH = named("huashan-zh", [
  // Short names, near-duplicates, a place, a common word, pinyin.
  conv("zh", ["秦川那个研究所最近有啥进展", { card: "choices", acc: [DLS, QDS, QCJT] }]),
  conv("zh", ["西岭那边情况咋样了", { card: "choices", acc: [XLC, XLJ] }]),
  conv("zh", ["绵阳那块咱有几个客户", { acc: [MY, FJ], has: ["航电", "涪江"] }]),
  conv("zh", ["前进那边近来有什么新情况", { acc: [QJ], has: ["校准"] }]),
  conv("zh", [
    "dongli suo 那个振动台单子到哪步了",
    { acc: [DLS], has: ["420万|4,200,000|4200000|4.2M", "谈判|negotiation"] },
  ]),

  // People and the power map.
  conv(
    "zh",
    ["秦川集团谁说了算", { tool: "power_map", acc: [QCJT], has: ["周振邦"] }],
    ["韩部长汇报给谁", { acc: [QCJT], has: ["周振邦"] }],
  ),
  conv(
    "zh",
    ["王主任手机多少", { card: "choices", acc: [DLS, YS] }],
    ["燕山所那个", { acc: [YS], has: ["010-555-1202"] }],
  ),
  conv(
    "zh",
    ["西领车辆质量部长现在是哪位", { acc: [XLC], has: ["孙海鹏"] }],
    ["之前那个赵宏伟呢 啥时候走的", { acc: [XLC], has: ["8月|08-|2026-08"] }],
  ),
  conv(
    "zh",
    ["强度所袁主任上面是谁", { acc: [QDS], has: ["方立军"] }],
    ["那谭科长呢 他跟哪家走得近", { acc: [QDS], has: ["渝测"] }],
  ),
  conv("zh", ["燕山所金国栋那条线 找谁引荐比较靠谱", { acc: [YS], has: ["王立平"] }]),

  // Risks and money.
  conv(
    "zh",
    [
      "哪些客户款还没回 从大到小排",
      {
        acc: R1,
        has: ["动力", "180万|1,800,000|1800000|1.8M", "Bosphorus|BRS|博斯普鲁斯", "航宇|西航大"],
      },
    ],
    ["合计多少", { acc: R1, has: ["268万|2,680,000|2680000|2.68M"] }],
  ),
  conv("zh", ["渭宾还剩多少尾款 到期日几号", { acc: [WB], has: ["55万|550,000|550000|0.55M", "12月15|12-15"] }]),
  conv("zh", ["西岭车辆有啥风险没", { acc: [XLC], has: ["孙海鹏|赵宏伟", "Kestrel|凯斯卓"] }]),

  // Deals and forecast.
  conv(
    "zh",
    ["年底前能关的单有哪些", { tool: "forecast", acc: R1, has: ["动力", "燕山", "西岭轨道|西岭车辆", "沣渭", "绵阳"] }],
    ["这几单金额加起来多少", { acc: R1, has: ["1370万|13,700,000|13700000|13.7M"] }],
  ),
  conv(
    "zh",
    ["谈判阶段的单子给我列下", { acc: R1, has: ["动力", "西岭轨道|西岭车辆", "燕山"] }],
    ["金额最大那个跟谁在抢", { acc: [DLS], has: ["苏仪"] }],
  ),
  conv(
    "zh",
    ["今年丢了哪几个单", { acc: R1, has: ["西岭机车|西岭检修|机车检修", "华轨"] }],
    ["都输给谁了", { acc: [XLJ, HG], has: ["Kestrel|凯斯卓", "天衡"] }],
  ),
  conv("zh", [
    "沣谓试验场那个数采项目多少钱 啥时候定标",
    { acc: [FW], has: ["110万|1,100,000|1100000|1.1M", "12月15|12-15"] },
  ]),

  // Stale accounts, lists, comparisons, competitors, groups.
  conv(
    "zh",
    ["哪几个客户我好几个月没碰了", { tool: "stale_accounts", acc: R1, has: ["长城"] }],
    ["最后一次是去见的谁", { acc: [CC], has: ["吕光明"] }],
  ),
  conv(
    "zh",
    ["我手上四川的客户有哪几家", { tool: "find_accounts", acc: [XLC, XLJ, MY, FJ], has: ["西岭", "绵阳", "涪江"] }],
    ["涪江理工那个 最近一次联系是啥时候", { acc: [FJ], has: ["11月14|11-14"] }],
  ),
  conv("zh", [
    "苏仪试验现在在哪几个项目上跟我们对着干",
    { tool: "competitor_deals", acc: [QCJT, DLS, YS], has: ["动力", "燕山"] },
  ]),

  // Tenders.
  conv(
    "zh",
    ["最近有没有挂网的标跟我客户相关", { tool: "tender_matches", acc: R1, has: ["燕山"] }],
    ["保证金多少 几号开标", { acc: [YS], has: ["7万|70,000|70000", "12月10|12-10"] }],
  ),
  conv("zh", ["华轨那个校准服务最后谁中的 多少钱", { acc: [HG], has: ["天衡", "39.8万|398,000|398000"] }]),
  conv("zh", ["西航大那个采购意向买啥 预算多少", { acc: [XHD], has: ["试验箱", "75万|750,000|750000|0.75M"] }]),

  // My week, plans.
  conv("zh", ["接下来几天我重点跟哪些", { tool: "my_week" }]),
  conv("zh", ["燕山所的客户计划帮我生成一版", { tool: "generate_plan", acc: [YS] }]),

  // Writes: logs, future actions, deal updates, to-dos done.
  conv("zh", [
    "刚跟动力所王主任通了电话 技术协议基本敲定了",
    { tool: "log_interaction", card: "confirm", acc: [DLS], has: ["王建军"] },
  ]),
  conv("zh", [
    "11/20去绵阳所见了何静 她说三台箱子的参数表月底前给",
    { tool: "log_interaction", card: "confirm", acc: [MY], has: ["何静", "11月20|11-20"] },
  ]),
  conv("zh", [
    "昨天跟沣渭江经理打电话 他说评标推迟到12月18",
    { tool: "log_interaction", card: "confirm", acc: [FW], has: ["江涛", "11月21|11-21"] },
  ]),
  conv("zh", [
    "11.19 去前进机械见了马主任 聊校准框架 帮我记上",
    { tool: "log_interaction", card: "confirm", acc: [QJ], has: ["马晓红", "11月19|11-19"] },
  ]),
  conv("zh", [
    "明天要去西航大资产处 跟常处长当面催那31万 记个待办",
    { tool: "add_action", card: "confirm", acc: [XHD], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "26号约了渭滨康站长看盐雾箱需求 加个提醒",
    { tool: "add_action", card: "confirm", acc: [WB], has: ["11月26|11-26"] },
  ]),
  conv("zh", [
    "12.2 去酒泉测试拜访聂主任 到时候提醒我",
    { tool: "add_action", card: "confirm", acc: [JQ], has: ["12月2|12-02"] },
  ]),
  conv("zh", [
    "西岭车辆转向架那单金额调到295万",
    { tool: "update_opportunity", card: "confirm", acc: [XLC], has: ["295万|2,950,000|2950000|2.95M"] },
  ]),
  conv("zh", ["绵阳试验箱那单进到谈判了", { tool: "update_opportunity", card: "confirm", acc: [MY] }]),
  conv("zh", ["给强度所袁主任发均匀性报告那个待办做完了", { tool: ["update_action", "list_actions"], acc: [QDS] }]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["帮我看下洛阳北方试验中心的商机", { acc: [], has: [NF] }]),
  conv("zh", ["陇原车辆的单子进展到哪了", { acc: [], has: [NF], not: ["刘卫", "王海峰"] }]),
  conv("zh", ["帮我订张明天去兰州的机票", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("zh", ["咱部门现在超期没回的款有多少", { acc: MGR, has: ["296万|2,960,000|2960000|2.96M"] }])),
  asUser("manager", conv("zh", ["柯佳负责的清河材料院咋样了", { acc: [], has: [NF], not: ["冯雅"] }])),
  asUser("rep2", conv("zh", ["龙泉检测院蒋院长上回说了啥", { acc: [LQ], has: ["续签"] }])),
  asUser(
    "rep2",
    conv("zh", [
      "汉中航零黄部长 明天得打个电话问问振动台采购计划 帮我记下",
      { tool: "add_action", card: "confirm", acc: [HZ], has: ["11月23|11-23"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["陇原车辆那笔货款现在还挂着多少", { acc: [LY], has: ["90万|900,000|900000|0.9M"] }],
      ["清河材料院的呢 到期日是哪天", { acc: [QH], has: ["12月10|12-10"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["动力所的振动台项目谁在跟 进展如何", { acc: [], has: [NF], not: ["王建军", "杜宏"] }])),
]);
