// Chinese conversations over the forty-eighth book (evals/books/jiuhua), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  CT,
  HHY,
  HXAH,
  HXJS,
  JC,
  JHG,
  JHNJ,
  JHWH,
  KC,
  KH,
  KN,
  LB,
  OJ,
  QTB,
  QTDH,
  SHB,
  WJ,
  WZ,
  XC,
  YJ,
  ZC,
} from "./names";

/** An honest "not found" (or "not yours to see") in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你|没有权限|无权|看不到|没有这个";
/** Every account rep1 (储文静) owns. */
const R1 = [JHG, JHWH, JHNJ, WJ, QTB, QTDH, HXAH, HXJS, WZ, KH, XC, KN, CT, OJ, LB, KC];
/** Every account the manager (彭立群) sees: rep1's and rep2's. */
const MGR = [...R1, SHB, HHY, ZC, YJ];

export const JIUHUA_ZH = named("jiuhua-zh", [
  // The manager: a list with a filter or an order, then a pick from it, then questions about the pick.
  asUser(
    "manager",
    conv(
      "zh",
      [
        "海外客户都有哪些 拉个单子",
        {
          tool: "find_accounts",
          acc: MGR,
          has: ["Lionbay|狮湾", "Kelana|凯拉纳", "Straits Harbour|海峡港湾|SHB"],
          not: ["Nusantara"],
        },
      ],
      ["新加坡那俩 哪家还有钱没收回来", { acc: [LB, SHB], has: ["Lionbay|狮湾", "38万|380,000|380000|0.38M"] }],
      ["它手上最大那单走到哪一步了", { acc: [LB], has: ["620万|6,200,000|6200000|6.2M", "谈判"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      ["安徽的客户按地市给我分一下", { tool: "find_accounts", acc: MGR, has: ["芜湖", "宣城", "蚌埠|珠城"] }],
      ["宣城那家医院最近啥情况", { acc: [KN], has: ["柯敏|维保"] }],
      ["她们欠的那26万几号到期", { acc: [KN], has: ["12月31|12-31"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      [
        "300w以上的商机 金额从高到低排",
        { tool: "find_deals", acc: MGR, has: ["江淮云", "Lionbay|狮湾", "华信", "860万|8,600,000|8600000|8.6M"] },
      ],
      ["第三个是在招标吧 几号截标 保证金多少钱", { acc: [HXAH], has: ["12月9|12-09|12-9", "8万|80,000|80000"] }],
      [
        "预算跟最高限价各是多少",
        { acc: [HXAH], has: ["560万|5,600,000|5600000|5.6M", "548万|5,480,000|5480000|5.48M"] },
      ],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      [
        "本季度能落袋的单子 大的放前面",
        { tool: ["forecast", "find_deals"], acc: MGR, has: ["Lionbay|狮湾", "华信", "芜湖"] },
      ],
      ["加一块多少钱", { acc: MGR, has: ["2064万|20,640,000|20640000|20.64M"] }],
      ["其中月底前就得签的是哪单", { acc: [QTB], has: ["钱塘", "68万|680,000|680000|0.68M"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      [
        "哪些客户款逾期了 按金额排个序",
        { tool: "receivables", acc: MGR, has: ["数据港", "165万|1,650,000|1650000|1.65M", "濠河"] },
      ],
      ["逾期的总额呢", { acc: MGR, has: ["407万|4,070,000|4070000|4.07M"] }],
      ["欠得最多那家 付款卡在谁手上 上回他咋说", { acc: [QTDH], has: ["胡斌", "验收"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      ["医院类的客户有几家", { tool: "find_accounts", acc: MGR, has: ["康和", "康宁", "濠河"], not: ["Nusantara"] }],
      ["里面有单子在跟的是哪几家", { acc: [KH, KN, HHY], has: ["康和", "康宁"] }],
      ["省康和那单对手是谁", { acc: [KH], has: ["冷擎"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      [
        "两个多月没联系过的客户有哪些",
        { tool: "stale_accounts", acc: MGR, has: ["瓯江", "华信通信集团江苏|华信江苏|江苏华信"] },
      ],
      ["瓯江大学最后一次谁对接的 聊了啥", { acc: [OJ], has: ["林国平", "冷擎"] }],
      ["他们新校区机房的事以前提过没有", { acc: [OJ], has: ["2027"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      [
        "银行客户现在都啥情况",
        { acc: [WJ, QTB, SHB], has: ["皖江", "钱塘", "Straits Harbour|海峡港湾|SHB"], not: ["荆楚"] },
      ],
      ["合肥那家是不是换了数据中心主任 新来的什么来头", { acc: [WJ], has: ["沈立", "冷擎"] }],
      ["前任吴国栋走之前帮咱们说过话没", { acc: [WJ], has: ["推荐"] }],
      ["湖北有没有银行客户", { acc: MGR, has: ["没有|0家|找不到|没找到"], not: ["荆楚"] }],
    ),
  ),
  asUser("manager", conv("zh", ["把战略级和重点客户筛出来看看", { tool: "find_accounts", acc: MGR }])),

  // rep1: near-duplicates in a group, a shared short word, 张主任 twice, a place, two 华信.
  conv(
    "zh",
    ["江淮云最近咋样", { card: "choices", acc: [JHG, JHWH, JHNJ] }],
    ["南京那个", { acc: [JHNJ], has: ["云岚|145万|1,450,000|1450000|1.45M|严志斌|韦婷"] }],
    ["严总以前对咱们有啥不满意的", { acc: [JHNJ], has: ["4小时|驻点"] }],
  ),
  conv(
    "zh",
    ["钱塘那边最近有啥动静", { card: "choices", acc: [QTB, QTDH] }],
    ["数据岗那家", { acc: [QTDH], has: ["液冷|450万|4,500,000|4500000|4.5M"] }],
    ["arktis报价比咱高多少", { acc: [QTDH], has: ["20%"] }],
  ),
  conv(
    "zh",
    ["张主任上回找我说啥来着", { card: "choices", acc: [WZ, KH] }],
    ["医院的张主任", { acc: [KH], has: ["张卫民"] }],
    ["他对维保到场时间有啥要求", { acc: [KH], has: ["2小时|两小时|2个小时"] }],
  ),
  conv(
    "zh",
    ["宣城那边咱有几个客户", { acc: [XC, KN], has: ["政务云", "康宁"] }],
    ["政务云那家 邱主任上面是谁", { acc: [XC], has: ["宋明哲"] }],
  ),
  conv(
    "zh",
    [
      "华信的单子全列出来 丢了的也算上",
      { acc: [HXAH, HXJS], has: ["560万|5,600,000|5600000|5.6M", "410万|4,100,000|4100000|4.1M"] },
    ],
    ["江苏那单输给谁了 中标价多少", { acc: [HXJS], has: ["云岚", "396万|3,960,000|3960000|3.96M"] }],
  ),

  // rep1: people, older notes, money, competitors, tenders.
  conv(
    "zh",
    ["楚天云那边付款的事谁说了算", { acc: [CT], has: ["夏志国"] }],
    ["二期啥时候签的 签了多少", { acc: [CT], has: ["270万|2,700,000|2700000|2.7M", "2月|02-20|2-20"] }],
  ),
  conv(
    "zh",
    ["芜湖园区冷站 孟凡上回反馈了啥", { acc: [JHWH], has: ["11年|4台|4月"] }],
    ["对了皖江农商行灾备空调预算多少 公告大概啥时候出", { acc: [WJ], has: ["210万|2,100,000|2100000|2.1M", "12月中"] }],
  ),
  conv(
    "zh",
    [
      "冷擎那帮人跟咱撞单的都有哪几个",
      { tool: "competitor_deals", acc: [JHG, WJ, KH, OJ], has: ["江淮云", "皖江", "康和"] },
    ],
    ["江淮云集团那个 想约陶董见一面 谁能帮忙引荐", { acc: [JHG], has: ["顾明轩"] }],
  ),
  conv(
    "zh",
    ["我那些客户最近挂网的标 有没有", { tool: "tender_matches", acc: R1, has: ["华信"] }],
    ["那个采购意向是哪个学校的 预计几月采", { acc: [WZ], has: ["皖中理工", "3月|2027-03"] }],
  ),

  // rep1 writes: logs, reminders, deal updates.
  conv(
    "zh",
    [
      "今天上午去芜湖找了孟经理 拿到二号楼冷站图纸了 帮我记一笔",
      { tool: "log_interaction", card: "confirm", acc: [JHWH], has: ["孟凡"] },
    ],
    [
      "还有11.20跟钱塘银行俞佳通过电话 她说法务意见这两天出",
      { tool: "log_interaction", card: "confirm", acc: [QTB], has: ["俞佳", "11月20|11-20"] },
    ],
  ),
  conv(
    "zh",
    [
      "明天下午打给康和戚处长 把报价构成讲清楚 加个提醒",
      { tool: "add_action", card: "confirm", acc: [KH], has: ["11月23|11-23"] },
    ],
    [
      "12/3去武汉见楚天云熊总 提醒我带上备件库方案",
      { tool: "add_action", card: "confirm", acc: [CT], has: ["12月3|12-03|12-3"] },
    ],
  ),
  conv(
    "zh",
    [
      "芜湖冷机替换那单 金额改成305万",
      { tool: "update_opportunity", card: "confirm", acc: [JHWH], has: ["305万|3,050,000|3050000|3.05M"] },
    ],
    ["皖中理功超算液冷推进到报价阶段了", { tool: "update_opportunity", card: "confirm", acc: [WZ] }],
  ),

  // Not in the book, another rep's account, out of scope.
  conv(
    "zh",
    ["合肥滨湖医院最近咋样", { acc: [], has: [NF], not: ["张卫民"] }],
    ["那珠城云的冷机单子啥时候签", { acc: [], has: [NF], not: ["陈浩"] }],
  ),
  conv("zh", ["明天合肥下雨不", { acc: [] }], ["帮我写段年会开场白 讲节能降耗的", { acc: [] }]),

  // rep2, rep3 and the manager on accounts they may or may not see.
  asUser("rep2", conv("zh", ["濠河医院那42万啥时候能到账", { acc: [HHY], has: ["审计"] }])),
  asUser(
    "rep3",
    conv("zh", ["荆楚银行还欠咱多少 张主任咋说的", { acc: [JC], has: ["120万|1,200,000|1200000|1.2M", "一季度"] }]),
  ),
  asUser("rep3", conv("zh", ["江淮云芜湖二号楼冷机那单进展如何", { acc: [], has: [NF], not: ["钟海涛", "孟凡"] }])),
  asUser("manager", conv("zh", ["戴安琪手上的荆楚银行咋样了", { acc: [], has: [NF], not: ["张志远"] }])),
]);
