// Chinese conversations over the thirty-sixth book (evals/books/hengshan), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  BHJ,
  GLJ,
  JCF,
  JCL,
  JPY,
  LCQ,
  LSY,
  MLX,
  PBE,
  QBZ,
  SHGH,
  WLX,
  XDD,
  XDJ,
  XGC,
  XXJ,
  XYC,
  XYJ,
  YGT,
  YJD,
  YMZ,
  YYJ,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你的|没有这个客户|无权";
/** Every account rep1 (易小芸) owns. */
const R1 = [XXJ, XGC, XYC, JCL, JCF, XDJ, XDD, YYJ, YMZ, YGT, YJD, LCQ, XYJ, LSY, QBZ, SHGH];
/** Every account the manager (谭卫东) sees: rep1's and rep2's. */
const MGR = [...R1, PBE, WLX, JPY, BHJ];

export const HENGSHAN_ZH = named("hengshan-zh", [
  // A busy rep packs filters and sorts into one question, then narrows or re-sorts the list.
  conv(
    "zh",
    ["湖南的客户里 还在跟的100万以上的单子", { acc: R1, has: ["潇湘膳食|潇湘集团", "湘电机车"] }],
    ["只要工厂的", { acc: [XDJ], has: ["260万|2,600,000|2600000|2.6M"] }],
  ),
  conv(
    "zh",
    ["湖北的高校跟医院 还没签下来的 50万以上的", { acc: [JCL, JCF], has: ["江城理工", "江城医附一|江城医科|附一"] }],
    ["其中哪个最快签", { acc: [JCF], has: ["12月20|12-20"] }],
  ),
  conv(
    "zh",
    [
      "年底前要签的单子 按金额从大到小排下",
      {
        acc: R1,
        has: ["Straits Harbour|SHGH|海峡", "阳光", "江城医附一|江城医科|附一", "潇湘高校|高校餐饮", "岳阳"],
      },
    ],
    ["第三个的联系人都有谁", { acc: [JCF], has: ["程立新", "陈红梅", "韩雪"] }],
  ),
  conv(
    "zh",
    ["医院客户还开着的单子加起来多少钱", { acc: [JCF, LSY, SHGH], has: ["453万|4,530,000|4530000|4.53M"] }],
    ["哪个最大", { acc: [SHGH], has: ["230万|2,300,000|2300000|2.3M"] }],
  ),
  conv(
    "zh",
    ["广西那边我有几个客户", { acc: [YJD, LCQ], has: ["两|2", "邕江", "龙城"] }],
    ["他俩的单子各多少钱", { acc: [YJD, LCQ], has: ["72万|720,000|720000|0.72M", "24万|240,000|240000|0.24M"] }],
  ),
  conv(
    "zh",
    ["谈判阶段的单子几个", { acc: R1, has: ["4|四"] }],
    ["按签约日期排一下", { acc: [XGC, JCF, YGT, SHGH], has: ["12月15|12-15", "12月30|12-30"] }],
  ),
  conv("zh", ["在岳阳的客户都列出来", { acc: [YYJ, YMZ], has: ["机关事务", "云梦"] }]),
  conv("zh", ["这个月我跟客户沟通了几次 比上个月多还是少", { acc: R1, has: ["30", "11"] }]),

  // Short names that are places or words, near-duplicates, typos and pinyin.
  conv("zh", ["江城那个单子到哪一步了", { card: "choices", acc: [JCL, JCF] }]),
  conv("zh", ["湘电那边推进得咋样", { card: "choices", acc: [XDJ, XDD] }]),
  conv("zh", ["潇湘餐饮那边最近联系过没", { card: "choices", acc: [XGC, XYC, XXJ] }]),
  conv("zh", ["阳光那单啥时候能签下来", { acc: [YGT], has: ["12月28|12-28"] }]),
  conv("zh", ["潇湘高效餐饮那单 美厨报了多少", { acc: [XGC], has: ["88万|880,000|880000|0.88M"] }]),
  conv("zh", ["yongjiang daxue 手上还有没有在跟的项目", { acc: [YJD], has: ["72万|720,000|720000|0.72M"] }]),

  // People and the power map.
  conv(
    "zh",
    ["江城里工谁拍板", { tool: "power_map", acc: [JCL], has: ["宋国华"] }],
    ["许主任汇报给谁", { acc: [JCL], has: ["陈志刚"] }],
  ),
  conv("zh", ["陈处长电话多少", { card: "choices", acc: [JCL, JCF] }]),
  conv("zh", ["江城附一陈处长手机号发我", { acc: [JCF], has: ["027-555-0502"] }]),
  conv(
    "zh",
    ["湘电电机综合管理部现在谁管事", { acc: [XDD], has: ["杨光"] }],
    ["马晓东是几月份离职的", { acc: [XDD], has: ["9月|09-|2026-09"] }],
  ),
  conv("zh", ["邕江大学谁跟粤善走得近", { acc: [YJD], has: ["莫海"] }]),
  conv("zh", ["阳光的潘总监一直偏千味 谁能帮我们引荐说上话", { acc: [YGT], has: ["吴志勇"] }]),

  // Money, stale accounts, competitors, tenders, plans.
  conv(
    "zh",
    ["哪些客户的款逾期了", { acc: R1, has: ["襄阳", "65万|650,000|650000|0.65M", "潇湘高校|高校餐饮", "岳阳"] }],
    ["合计是多少钱", { acc: R1, has: ["186万|1,860,000|1860000|1.86M"] }],
  ),
  conv(
    "zh",
    ["好久没联系的客户有哪些", { tool: "stale_accounts", acc: R1, has: ["黔北"] }],
    ["上次去是几号 聊了啥", { acc: [QBZ], has: ["5月12|05-12"] }],
  ),
  conv("zh", [
    "美厨在哪几个单子上跟咱抢",
    {
      tool: "competitor_deals",
      acc: [XGC, JCF, XDD, LSY, XYC],
      has: ["高校餐饮|潇湘高校", "江城医附一|江城医科|附一", "麓山"],
    },
  ]),
  conv("zh", [
    "千味现在在哪几家跟咱竞争",
    { tool: "competitor_deals", acc: [XXJ, YGT], has: ["潇湘膳食|潇湘集团", "阳光"] },
  ]),
  conv(
    "zh",
    ["我的客户这段时间挂网的标书有没有", { tool: "tender_matches", acc: R1, has: ["江城理工"] }],
    ["投标截止哪天 保证金多少", { acc: [JCL], has: ["12月9|12-09", "4万|40,000|40000"] }],
  ),
  conv("zh", [
    "潇湘膳食集团跟下面两家子公司汇总看看",
    { tool: "group_overview", acc: [XXJ, XGC, XYC], has: ["高校餐饮", "医院餐饮"] },
  ]),

  // Writes: calls and visits that happened, future visits, deal updates, to-dos done.
  conv("zh", [
    "刚跟江城理工陈处长通完电话 他说粤膳在找方涛 让咱早点备好业绩材料",
    { tool: "log_interaction", card: "confirm", acc: [JCL], has: ["陈志刚"] },
  ]),
  conv("zh", [
    "昨天下午去湘电机车见了孙经理 看了洗碗线现场",
    { tool: "log_interaction", card: "confirm", acc: [XDJ], has: ["孙浩", "11月21|11-21"] },
  ]),
  conv("zh", [
    "11.20去麓山医院找廖科长聊了 他对美厨兴趣不大 帮我记一下",
    { tool: "log_interaction", card: "confirm", acc: [LSY], has: ["廖军", "11月20|11-20"] },
  ]),
  conv("zh", [
    "明天上午约了阳光吴总最后一轮商务谈判 提醒我",
    { tool: "add_action", card: "confirm", acc: [YGT], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "26号给江城附一韩科长发HIS对接方案 加个待办",
    { tool: "add_action", card: "confirm", acc: [JCF], has: ["11月26|11-26"] },
  ]),
  conv("zh", [
    "潇湘高校餐饮那单 金额改92万",
    { tool: "update_opportunity", card: "confirm", acc: [XGC], has: ["92万|920,000|920000|0.92M"] },
  ]),
  conv("zh", ["湘电机车厨房设备更新 阶段改成报价", { tool: "update_opportunity", card: "confirm", acc: [XDJ] }]),
  conv("zh", [
    "江城附一的单子签约时间往后挪到1月15号",
    { tool: "update_opportunity", card: "confirm", acc: [JCF], has: ["1月15|01-15"] },
  ]),
  conv("zh", ["给邓晓琳发数据迁移方案那条待办搞定了 标完成", { tool: ["update_action", "list_actions"], acc: [XGC] }]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["株洲二中食堂那边最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["凯里苗岭学院食堂设备那单咋样了", { acc: [], has: [NF], not: ["陈国庆"] }]),
  conv("zh", ["帮我订张明天去武汉的高铁票", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("zh", ["咱们部门现在超期应收总额是多少", { acc: MGR, has: ["198万|1,980,000|1980000|1.98M"] }]),
  ),
  asUser("manager", conv("zh", ["龙海燕的桂林机关局啥情况", { acc: [], has: [NF], not: ["唐志远"] }])),
  asUser("rep2", conv("zh", ["武陵学院文副处长上回说啥了", { acc: [WLX], has: ["12万|120,000|120000|0.12M"] }])),
  asUser(
    "rep2",
    conv("zh", [
      "后天去江畔医院找易科长聊明厨亮灶 帮我记个待办",
      { tool: "add_action", card: "confirm", acc: [JPY], has: ["11月24|11-24"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["苗岭学院那单多少钱 啥时候定", { acc: [MLX], has: ["160万|1,600,000|1600000|1.6M", "2月|02-10|2027-02"] }],
      ["桂林机关局的款呢", { acc: [GLJ], has: ["35万|350,000|350000|0.35M", "12月10|12-10"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["江城理工最近啥情况", { acc: [], has: [NF], not: ["陈志刚", "宋国华"] }])),
]);
