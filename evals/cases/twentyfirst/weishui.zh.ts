// Chinese conversations over the twenty-first book (evals/books/weishui), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  DETS,
  FN,
  FYS,
  HFC,
  HFI,
  JK,
  KFL,
  LYE,
  LYF,
  NYF,
  NYS,
  SJF,
  SXF,
  SYU,
  TYT,
  XXF,
  ZCT,
  ZFD,
  ZH,
  ZTC,
  ZYM,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有查到|无法查看|没有权限";
/** Every account rep1 (宋佳琪) owns. */
const R1 = [ZFD, ZTC, HFI, FN, NYF, XXF, ZYM, NYS, LYE, SYU, ZCT, SJF, ZH, TYT, KFL, HFC];
/** Every account the manager (聂振华) sees: rep1's and rep2's. */
const MGR = [...R1, FYS, DETS, LYF, JK];

export const WEISHUI_ZH = named("weishui-zh", [
  // Accounts, short names, near-duplicates, pinyin and typos.
  conv("zh", ["郑州那个检验的最近啥情况", { card: "choices", acc: [ZFD, ZTC] }]),
  conv(
    "zh",
    ["郑州食药检所谁拍板", { tool: "power_map", acc: [ZFD], has: ["陈卫东"] }],
    ["张海涛向谁汇报", { acc: [ZFD], has: ["陈卫东"] }],
  ),
  conv("zh", ["zhengzhou shiyaojiansuo 液质那单 啥阶段 多少钱", { acc: [ZFD], has: ["230万|2,300,000|2300000|2.3M"] }]),
  conv("zh", ["张主任电话多少", { card: "choices", acc: [ZFD, LYE] }]),
  conv("zh", ["洛阳监测中心张主任 上次联系啥时候", { acc: [LYE], has: ["11月12|11-12"] }]),
  conv(
    "zh",
    ["省食检院有啥风险没", { acc: [HFI], has: ["刘国华"] }],
    ["他走了以后谁管采购", { acc: [HFI], has: ["邓晓峰"] }],
    ["这人跟华析啥关系", { acc: [HFI], has: ["华析"] }],
  ),
  conv("zh", ["funiu jituan 董事长叫啥 电话多少", { acc: [FN], has: ["马国梁", "0371-555-0401"] }]),
  conv("zh", ["伏牛下面那俩厂 汇总下", { tool: "group_overview", acc: [FN, NYF, XXF], has: ["南阳", "新乡"] }]),
  conv("zh", ["新乡伏牛那个光谱仪咋丢的", { acc: [XXF], has: ["谱源"] }]),
  conv("zh", ["南阳那边都有哪些客户", { acc: [NYF, NYS], has: ["伏牛", "监测站"] }]),
  conv("zh", ["中原那边液相的单子 进展咋样", { acc: [ZYM], has: ["52万|520,000|520000|0.52M"] }]),
  conv("zh", [
    "nanyang jiancezhan 气相那单多少钱 啥时候关",
    { acc: [NYS], has: ["98万|980,000|980000|0.98M", "12月25|12-25"] },
  ]),
  conv("zh", ["嵩大找谁比较好 通过谁能见到曹校长", { tool: "power_map", acc: [SYU], has: ["林振宇"] }]),
  conv("zh", ["郑州海关欠咱钱没 谁管付款", { acc: [ZCT], has: ["36万|360,000|360000|0.36M", "钱伟"] }]),
  // Money.
  conv(
    "zh",
    ["逾期没回的款列一下 大的在前", { acc: R1, has: ["南阳伏牛", "45万|450,000|450000|0.45M"] }],
    ["一共多少", { acc: R1, has: ["135万|1,350,000|1350000|1.35M"] }],
  ),
  conv(
    "zh",
    ["太原检测中心还欠多少钱", { acc: [TYT], has: ["42万|420,000|420000|0.42M"] }],
    ["多久没去了", { acc: [TYT], has: ["5月12|05-12"] }],
  ),
  conv("zh", ["正衡那笔钱啥时候到期", { acc: [ZH], has: ["12月15|12-15", "30万|300,000|300000|0.3M"] }]),
  // Lists, stale, risks, competitors, forecast.
  conv("zh", ["哪些客户好久没跟了", { tool: "stale_accounts", acc: R1, has: ["太原"] }]),
  conv("zh", ["我手上哪些客户有风险", { tool: "at_risk_accounts", acc: R1, has: ["太原"] }]),
  conv("zh", ["河北的客户列一下", { tool: "find_accounts", acc: [SJF, ZH], has: ["石家庄", "正衡"] }]),
  conv("zh", [
    "检验所检测中心这类的客户有哪几家",
    { tool: "find_accounts", acc: [ZFD, ZTC, HFI, SJF, TYT, HFC], has: ["太原", "合肥"] },
  ]),
  conv("zh", [
    "谱源在我们哪些单子里",
    { tool: "competitor_deals", acc: R1, has: ["郑州检测中心|郑州市检验检测中心", "石家庄"] },
  ]),
  conv("zh", [
    "12月要关的单子有哪些",
    { acc: R1, has: ["郑州食药检所|郑州市食品药品检验所", "南阳监测站|南阳市生态环境监测站", "伏牛"] },
  ]),
  conv("zh", ["这季度预测多少", { tool: "forecast", acc: R1 }]),
  conv("zh", ["南阳伏牛和新乡伏牛比一比", { tool: "compare_accounts", acc: [NYF, XXF] }]),
  // Tenders.
  conv("zh", ["我的客户有招标没", { tool: "tender_matches", acc: R1, has: ["食检院|食品检验研究院"] }]),
  conv(
    "zh",
    ["省食检院那个ICP-MS招标 啥时候截止", { acc: [HFI], has: ["12月10|12-10"] }],
    ["要啥资质 业绩要几个", { acc: [HFI], has: ["3个|三个|3 个"] }],
  ),
  conv("zh", ["洛阳监测中心VOCs那标谁中了 多少钱", { acc: [LYE], has: ["华析", "158万|1,580,000|1580000|1.58M"] }]),
  conv("zh", ["嵩大原子吸收那个采购意向 预算多少 啥时候买", { acc: [SYU], has: ["88万|880,000|880000|0.88M", "1月"] }]),
  // My week and plans.
  conv("zh", ["这周我该干啥", { tool: "my_week" }]),
  conv("zh", ["帮我写个伏牛集团的客户计划", { tool: "generate_plan", acc: [FN] }]),
  conv("zh", ["看下郑州海关的计划", { tool: "show_plan", acc: [ZCT] }]),
  // Writes.
  conv("zh", [
    "刚给许娜打了电话 她说站里周四上会讨论气相 记一下",
    { tool: "log_interaction", card: "confirm", acc: [NYS] },
  ]),
  conv("zh", [
    "今天去伏牛集团见了周婷 框架合同她同意只降2个点 帮我记下来",
    { tool: "log_interaction", card: "confirm", acc: [FN] },
  ]),
  conv("zh", [
    "11月20号拜访了正衡贾总 聊了明年加光谱仪 补录一下",
    { tool: "log_interaction", card: "confirm", acc: [ZH], has: ["11月20|11-20"] },
  ]),
  conv("zh", [
    "明天提醒我给韩冬打电话催那45万尾款",
    { tool: "add_action", card: "confirm", acc: [NYF], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "12月3号去食检院找孙悦科长送投标资料 建个待办",
    { tool: "add_action", card: "confirm", acc: [HFI], has: ["12月3|12-03|12-3"] },
  ]),
  conv(
    "zh",
    [
      "明天给白雪发气质联用比对数据 记个待办",
      { tool: "add_action", card: "confirm", acc: [ZCT], has: ["11月23|11-23"] },
    ],
    ["刚发完了 那条直接标完成吧", { tool: ["add_action", "update_action"], card: "confirm", acc: [ZCT] }],
  ),
  conv("zh", [
    "郑州检测中心气相扩容那单金额改成82万",
    { tool: "update_opportunity", card: "confirm", acc: [ZTC], has: ["82万|820,000|820000"] },
  ]),
  conv("zh", ["中原面业液相那个推到谈判阶段", { tool: "update_opportunity", card: "confirm", acc: [ZYM] }]),
  // Not in the book, another team's accounts, out of scope.
  conv("zh", ["洛阳食药检所最近咋样", { acc: [], has: [NF], not: ["潘立新", "张建"] }]),
  conv("zh", ["山西食药检所卢所长电话给我下", { acc: [], has: [NF], not: ["卢志宏", "0351-555-2201"] }]),
  conv("zh", ["开封市疾控中心 联系人有谁", { acc: [], has: [NF] }]),
  conv("zh", ["明天郑州天气咋样", { acc: [] }]),
  // Other users.
  asUser("manager", conv("zh", ["团队这季度预测咋样", { tool: "forecast", acc: MGR }])),
  asUser(
    "manager",
    conv("zh", ["葛磊那边谁欠钱最多", { acc: [FYS, DETS, LYF, JK], has: ["Dhaka|达卡", "70万|700,000|700000|0.7M"] }]),
  ),
  asUser("manager", conv("zh", ["山西食药检所啥情况", { acc: [], has: [NF], not: ["卢志宏"] }])),
  asUser("rep2", conv("zh", ["洛阳药检所张建上次说啥了", { acc: [LYF], has: ["1月"] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["山西药检所还欠多少", { acc: [SXF], has: ["82万|820,000|820000|0.82M"] }],
      ["卢所长说啥时候付", { acc: [SXF], has: ["年底"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["郑州食药检所那边咋样了", { acc: [], has: [NF], not: ["陈卫东", "张海涛"] }])),
]);
