// Chinese conversations over the forty-sixth book (evals/books/qingcheng), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  AK,
  DLCE,
  DQ,
  DS,
  FLRJ,
  GCH,
  GYRH,
  JR,
  JZ,
  KH,
  KVDC,
  LJ,
  LQ,
  MX,
  MY,
  NCJL,
  QL,
  VLH,
  XQ,
  YBCJ,
  ZYRH,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你的客户|没有这个客户|无权|没有权限";
/** Every account rep1 (谢雨桐) owns. */
const R1 = [JR, DQ, XQ, MX, MY, LQ, DS, GYRH, ZYRH, GCH, VLH, KVDC, YBCJ, NCJL, DLCE, AK];
/** Every account the manager (罗文斌) sees: rep1's and rep2's. */
const MGR = [...R1, LJ, FLRJ, KH, JZ];

export const QINGCHENG_ZH = named("qingcheng-zh", [
  // Reporting lines across the group: a hospital's head reports to the group's vice president.
  conv(
    "zh",
    ["锦荣东区医院张主任 他领导是谁", { acc: [DQ, JR], has: ["黄志诚"] }],
    ["他上面呢", { acc: [DQ, JR], has: ["吴海峰", "副总裁", "锦蓉医疗集团|锦蓉集团"] }],
    ["那这个人又归谁管", { acc: [JR, DQ], has: ["陈光耀", "董事长"] }],
    ["上回见陈董是哪天 聊的啥", { acc: [JR], has: ["9月24|09-24|9-24"] }],
  ),
  conv(
    "zh",
    ["西区医院苏院长头上是谁", { acc: [XQ, JR], has: ["吴海峰"] }],
    ["她上次跟咱联系是啥时候 说了啥", { acc: [XQ], has: ["6月15|06-15|6-15", "MR"] }],
    ["那王涛这人啥态度 背后站的是谁", { acc: [XQ], has: ["Heliomed|赫利"] }],
  ),
  // The leasing parent: the imaging centre's head reports to a director at the leasing company.
  conv(
    "zh",
    ["绵阳岷信影像孙主任直属领导是哪位", { acc: [MY, MX], has: ["江波", "医疗业务部", "岷信租赁|岷信融资租赁"] }],
    ["想见他老板钟总 谁能帮我搭个线", { acc: [MX, MY], has: ["江波"] }],
    ["钟总上回见是啥时候了", { acc: [MX], has: ["6月22|06-22|6-22"] }],
  ),
  // A contact who left for another customer, and his successor.
  conv(
    "zh",
    ["龙泉医院管设备的换人了吧 新来的叫啥", { acc: [LQ], has: ["何晓琳"] }],
    ["原来那个周建跑哪去了", { acc: [LQ, GYRH], has: ["贵阳仁和"] }],
    ["他在新单位啥职位 最近一次联系是啥时候", { acc: [GYRH, LQ], has: ["设备处", "11月17|11-17"] }],
    [
      "何科长那边 明天上午当面聊CT续签 帮我挂个提醒",
      { tool: "add_action", card: "confirm", acc: [LQ], has: ["何晓琳", "11月23|11-23"] },
    ],
  ),
  // Same surname and title at two accounts; near-duplicates in the group; one short word for two accounts.
  conv(
    "zh",
    ["张主任的联系方式有吗 等着打电话", { card: "choices", acc: [DQ, GYRH] }],
    ["贵阳那个 顺便说下上回跟她聊了啥", { acc: [GYRH], has: ["0851-555-0802", "球管"] }],
  ),
  conv(
    "zh",
    ["锦蓉医院那个项目推到哪了", { card: "choices", acc: [DQ, XQ, JR] }],
    ["东区的", { acc: [DQ], has: ["线圈|120万"] }],
  ),
  conv(
    "zh",
    ["仁和那边的单子跟到哪一步了", { card: "choices", acc: [GYRH, ZYRH] }],
    ["遵义那个 顺便看下欠款", { acc: [ZYRH], has: ["88万|880,000|880000|0.88M"] }],
    [
      "熊科长11.20来电 说尾款先打30万 其余明年 记到遵义仁和",
      { tool: "log_interaction", card: "confirm", acc: [ZYRH], has: ["熊亮", "11月20|11-20"] },
    ],
  ),
  // A short name that is also a place.
  conv(
    "zh",
    ["龙泉一带都有谁是咱客户", { acc: [LQ, DS], has: ["龙泉医院", "东山"] }],
    ["龙泉医院最近有人投诉没", { acc: [LQ], has: ["停机"] }],
  ),
  // The stale account, its procurement intention.
  conv(
    "zh",
    ["攀枝花钢成上回见的谁 哪天", { acc: [GCH], has: ["范德明", "4月23|04-23|4-23"] }],
    ["隔了这么久 他们最近有没有要采购的东西", { acc: [GCH], has: ["95万|950,000|950000|0.95M"] }],
    [
      "范副院长那 定12.3上门 提醒我别忘了",
      { tool: "add_action", card: "confirm", acc: [GCH], has: ["范德明", "12月3|12-03|12-3"] },
    ],
  ),
  // Money.
  conv(
    "zh",
    [
      "逾期没回的款 按金额从大到小排下",
      { acc: R1, has: ["岷信", "90万|900,000|900000|0.9M", "遵义|仁和骨科", "88万|880,000|880000|0.88M"] },
    ],
    ["加一块是多少钱", { acc: R1, has: ["267万|2,670,000|2670000|2.67M"] }],
    ["没到期的那几笔呢", { acc: R1, has: ["绵阳|岷信影像", "贵阳仁和", "长江"] }],
  ),
  // Deals and forecast.
  conv(
    "zh",
    ["年底前能落袋的单子列一下 有那些", { tool: "forecast", acc: R1, has: ["东区", "长江", "Lanxang|澜沧|万象"] }],
    ["不打折扣的话加起来多大", { acc: R1, has: ["821万|8,210,000|8210000|8.21M"] }],
  ),
  // Tenders: a pasted fragment, the award to a competitor.
  conv(
    "zh",
    [
      "粘一段：项目名称：四川锦蓉医疗集团有限公司2027—2028年度医学影像设备维保服务项目 这标啥时候截 保证金多少",
      { acc: [JR], has: ["12月11|12-11", "6万|60,000|60000|0.06M"] },
    ],
    ["业绩要求几个", { acc: [JR], has: ["3个|三个|3项"] }],
  ),
  conv("zh", ["南充嘉陵那个CT维保标谁拿了 多少钱中的", { acc: [NCJL], has: ["蓉科", "35.6万|356,000|356000|0.356M"] }]),
  // Competitors.
  conv(
    "zh",
    [
      "蓉科手上插了一脚的单子都有哪些",
      { tool: "competitor_deals", acc: [DQ, LQ, YBCJ, NCJL], has: ["东区", "龙泉", "长江"] },
    ],
    ["其中最大那单到啥阶段了", { acc: [DQ], has: ["东区", "谈判"] }],
  ),
  // Facts only in older notes.
  conv(
    "zh",
    ["岷信手上在租的CT MR一共多少台 分在几家医院", { acc: [MX], has: ["23", "9家|九家|9 家"] }],
    ["那90万啥时候能给 平台评审到哪一步了", { acc: [MX], has: ["12月", "150万|1,500,000|1500000|1.5M"] }],
  ),
  conv(
    "zh",
    ["锦蓉集团当初说住场工程师要多久到场来着", { acc: [JR], has: ["4小时|4个小时|四小时"] }],
    ["陈董对明年维保费用提过啥要求", { acc: [JR], has: ["10%|10％|一成|百分之十"] }],
  ),
  // A person asked about without the account.
  conv(
    "zh",
    ["上次见王总是什么时候", { acc: [DS], has: ["王建新", "11月6|11-06|11-6"] }],
    ["他那几台DR预算多少", { acc: [DS], has: ["18万|180,000|180000|0.18M"] }],
    ["这个商机阶段改到方案", { tool: "update_opportunity", card: "confirm", acc: [DS] }],
  ),
  // Lists with a filter; another team's account in the same province.
  conv(
    "zh",
    ["贵州的客户有几家 都列出来", { acc: [GYRH, ZYRH], has: ["贵阳仁和", "遵义仁和"], not: ["乌蒙"] }],
    ["毕节乌蒙医院那家呢", { acc: [], has: [NF], not: ["安俊"] }],
  ),
  conv(
    "zh",
    ["安康那边球管备件的单子进展咋样 跟谁在比价", { acc: [AK], has: ["西康"] }],
    ["魏院长之前说明年预算砍多少来着", { acc: [AK], has: ["20%|20％|两成|百分之二十"] }],
    [
      "刚从安康出来 傅主任说下月初出比价结果 帮我记一下",
      { tool: "log_interaction", card: "confirm", acc: [AK], has: ["傅晓燕"] },
    ],
  ),
  conv(
    "zh",
    ["绵阳翻新MR那单西康报了多少", { acc: [MY], has: ["235万|2,350,000|2350000|2.35M"] }],
    [
      "那咱报价调到248万 商机金额也跟着改",
      { tool: "update_opportunity", card: "confirm", acc: [MY], has: ["248万|2,480,000|2480000|2.48M"] },
    ],
  ),
  conv("zh", [
    "东区医院张主任说的线圈伪影 11.24带工程师过去看 哦不对 11.25 加个待办",
    { tool: "add_action", card: "confirm", acc: [DQ], has: ["11月25|11-25"] },
  ]),
  conv("zh", ["宜宾长江那单 谁跟咱竞挣 哪天出结果", { acc: [YBCJ], has: ["蓉科", "12月18|12-18"] }]),

  // Not in the book, another team's account, out of scope.
  conv(
    "zh",
    ["天府妇儿医院那边谁对接的 上次去是啥时候", { acc: [], has: [NF] }],
    ["那昆明翠湖医院张主任呢", { acc: [], has: [NF], not: ["张磊"] }],
  ),
  conv("zh", ["帮我订张明天去贵阳的机票", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv(
      "zh",
      ["组里超过账期还没收的钱 总共压了多少", { acc: MGR, has: ["319万|3,190,000|3190000|3.19M"] }],
      ["彭浩手上康华那笔回了没", { acc: [KH], has: ["52万|520,000|520000|0.52M"] }],
      ["翠湖医院MR维保谈到哪了", { acc: [], has: [NF], not: ["张磊", "李春华"] }],
    ),
  ),
  asUser(
    "rep2",
    conv(
      "zh",
      ["康华医院那52万谭主任咋说的", { acc: [KH], has: ["12月"] }],
      ["锦蓉东区医院张主任那边你帮我看看有啥新消息", { acc: [], has: [NF], not: ["张伟明"] }],
    ),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["麒麟医院那笔翻新尾款拖了多久了 金额多少", { acc: [QL], has: ["60万|600,000|600000|0.6M"] }],
      ["贵阳仁和翻新CT那单谁在跟 进度如何", { acc: [], has: [NF], not: ["周建", "杨国庆"] }],
    ),
  ),
]);
