// Chinese conversations over the forty-seventh book (evals/books/wutai), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
// The voice is memory: what a customer said or did months back, narrowed by month or by person.
import { asUser, conv, named } from "../conversation-types";
import {
  ACP,
  BS,
  BTJD,
  CLC,
  GL,
  GY,
  HS,
  PY,
  QK,
  QQBZ,
  QQCY,
  QQJT,
  RF,
  SNS,
  TYJD,
  WC,
  WF,
  XQ,
  YANHU,
  YUNHE,
  ZHY,
} from "./names";

/** An honest "not found" (or no access) in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有查到|没有权限|无权";
/** Every account rep1 (温晓燕) owns. */
const R1 = [QQJT, QQBZ, QQCY, TYJD, BTJD, PY, GY, QK, RF, ZHY, GL, CLC, WF, ACP, YANHU, YUNHE, XQ];
/** Every account the manager (闫志伟) sees: rep1's and rep2's. */
const MGR = [...R1, SNS, BS, WC];

export const WUTAI_ZH = named("wutai-zh", [
  // What was said months back, and by whom.
  conv(
    "zh",
    ["清泉包装上回说上模切机预算多少来着", { acc: [QQBZ], has: ["120万|1,200,000|1200000|1.2M"] }],
    ["谁说的 啥时候", { acc: [QQBZ], has: ["乔立军", "3月25|03-25|3-25"] }],
  ),
  conv(
    "zh",
    ["清泉酒包六月那次去现场都聊了些啥", { acc: [QQBZ], has: ["糊盒"] }],
    ["那回都谁在", { acc: [QQBZ], has: ["张宏伟", "李宝山"] }],
    ["科印当时一台报多少", { acc: [QQBZ], has: ["78万|780,000|780000|0.78M"] }],
  ),
  conv(
    "zh",
    ["张主任那个号码多少来着 我要打过去问下", { card: "choices", acc: [QQBZ, QK] }],
    ["秦康的那个", { acc: [QK], has: ["029-555-0802"] }],
  ),
  conv(
    "zh",
    ["清泉包装张宏伟年初投诉的啥问题", { acc: [QQBZ], has: ["卡纸"] }],
    [
      "刚跟他通了电话 他要糊盒机12月25号前到厂 帮我记一下",
      { tool: "log_interaction", card: "confirm", acc: [QQBZ], has: ["张宏伟"] },
    ],
  ),
  conv("zh", [
    "“科印又降了价，但张主任还是倾向我们的机器” 这条是哪家的 啥时候记的",
    { acc: [QQBZ], has: ["清泉", "11月18|11-18"] },
  ]),
  conv(
    "zh",
    [
      "清泉包装那笔模切机的钱到底啥时候给 财务之前咋说的",
      { acc: [QQBZ], has: ["115万|1,150,000|1150000|1.15M", "冯雅琴"] },
    ],
    ["他们最后一次下单是啥时候 买的啥", { acc: [QQBZ], has: ["10月28|10-28", "维保"] }],
  ),

  // Two accounts with the same short word, last orders.
  conv(
    "zh",
    ["金鼎那边最近有啥动静", { card: "choices", acc: [TYJD, BTJD] }],
    ["太原那家", { acc: [TYJD], has: ["维保"] }],
    ["他们最后一次下单啥时候 多少钱", { acc: [TYJD], has: ["6月5|06-05", "118万|1,180,000|1180000|1.18M"] }],
  ),
  conv(
    "zh",
    ["包头金鼎那台模切机当初咋丢的 差了多少", { acc: [BTJD], has: ["科印", "15%"] }],
    ["后来他们还说过啥没", { acc: [BTJD], has: ["糊盒"] }],
  ),

  // Counting touches by month, last year's orders.
  conv(
    "zh",
    ["秦康药保这个月联系了几次", { acc: [QK], has: ["1次|一次|1 次|11月19|11-19"] }],
    ["去年他们从咱这买过啥", { acc: [QK], has: ["模切", "120万|1,200,000|1200000|1.2M"] }],
  ),
  conv(
    "zh",
    ["秦康那边最后谁签字说了算", { acc: [QK], has: ["杜国栋"] }],
    ["张主任跟他啥关系", { acc: [QK], has: ["张建平"] }],
    [
      "杜总六月份说的预算多少 当时赫尔瓦来过没",
      { acc: [QK], has: ["240万|2,400,000|2400000|2.4M", "Helvapack|赫尔瓦"] },
    ],
    [
      "那单金额改成235万",
      { tool: "update_opportunity", card: "confirm", acc: [QK], has: ["235万|2,350,000|2350000|2.35M"] },
    ],
  ),

  // A departed contact and the successor.
  conv(
    "zh",
    ["瑞丰纸箱马春生走了以后 采购换成谁了", { acc: [RF], has: ["白雪梅"] }],
    ["他哪个月走的 走前说想上啥设备", { acc: [RF], has: ["7月", "糊盒"] }],
    [
      "11.20给白经理打过电话 她要月底前出一份跟科印的比价表 记一笔",
      { tool: "log_interaction", card: "confirm", acc: [RF], has: ["白雪梅", "11月20|11-20"] },
    ],
  ),

  // A stale account.
  conv(
    "zh",
    ["有哪些客户从开春到现在一次都没去过", { tool: "stale_accounts", acc: R1, has: ["五峰|忻州"] }],
    ["上回去那家郝厂长说啥了", { acc: [WF], has: ["下滑|保修"] }],
  ),

  // Money.
  conv(
    "zh",
    [
      "哪几家的货款过了账期还没回 按金额排",
      { tool: "receivables", acc: R1, has: ["清泉", "115万|1,150,000|1150000|1.15M", "盐湖"] },
    ],
    ["逾期的加起来多少", { acc: R1, has: ["266.2万|2,662,000|2662000|2.662M|266万|2.66M"] }],
  ),
  conv(
    "zh",
    ["赤勒川那16万维保款咋还没到 之前他们咋解释的", { acc: [CLC], has: ["系统"] }],
    ["巴总去年冬天交代检修最晚哪天弄完", { acc: [CLC], has: ["12月15|12-15"] }],
    ["他们挂采购意向了没 预算多少 啥时候采", { acc: [CLC], has: ["210万|2,100,000|2100000|2.1M", "5月"] }],
  ),

  // The group and its two plants.
  conv(
    "zh",
    [
      "清泉集团整个盘子 连包装和彩印一起 给我捋一遍",
      { tool: "group_overview", acc: [QQJT, QQBZ, QQCY], has: ["包装", "彩印"] },
    ],
    ["集团采购任总监四月份说的供应商名录啥时候更新", { acc: [QQJT], has: ["3月"] }],
  ),

  // Tenders.
  conv(
    "zh",
    ["清泉彩印的胶印机招标 几号截止 保证金多少", { acc: [QQCY], has: ["12月11|12-11", "7万|70,000|70000"] }],
    ["最高限价呢 资格有啥要求", { acc: [QQCY], has: ["385万|3,850,000|3850000|3.85M", "3台|三台"] }],
    ["润通之前给他们报多少来着", { acc: [QQCY], has: ["370万|3,700,000|3700000|3.7M"] }],
  ),
  conv(
    "zh",
    ["古莲印刷那台胶印机最后谁拿了 多少钱", { acc: [GL], has: ["华印", "328万|3,280,000|3280000|3.28M"] }],
    ["田总年初说过为啥跟华印好", { acc: [GL], has: ["老关系|十几年|本地"] }],
  ),

  // Deals, competitors with aliases.
  conv(
    "zh",
    ["12月底之前有希望落袋的单子都列出来", { tool: ["forecast", "find_deals"], acc: R1, has: ["秦康", "运河"] }],
    ["赫尔瓦现在插手了咱哪些项目", { tool: "competitor_deals", acc: [QK], has: ["秦康"] }],
  ),
  conv(
    "zh",
    ["冠云那单华印报了多少", { acc: [GY], has: ["75万|750,000|750000|0.75M"] }],
    ["那单推到谈判阶段吧", { tool: "update_opportunity", card: "confirm", acc: [GY] }],
  ),

  // A short name that is a place.
  conv(
    "zh",
    ["平遥那边咱有几家客户", { acc: [PY, GY], has: ["平遥古城|平遥印务", "冠云"] }],
    [
      "12.3去平遥印务问雷总贷款进度 哦不对是12.4 加个待办",
      { tool: "add_action", card: "confirm", acc: [PY], has: ["12月4|12-04|12-4"] },
    ],
  ),
  conv(
    "zh",
    ["运河纸厢上个月去了几趟", { acc: [YUNHE], has: ["2次|两次|2 次|两趟|2趟"] }],
    ["刘总那次提了啥要求", { acc: [YUNHE], has: ["维保|10万|100,000"] }],
    ["明天去找刘总把合同定了 提醒我", { tool: "add_action", card: "confirm", acc: [YUNHE], has: ["11月23|11-23"] }],
  ),
  conv("zh", ["这两天先跑哪几家 给我排一下", { tool: "my_week" }]),

  // Not in the book, another rep's account, out of scope.
  conv(
    "zh",
    ["晋城兰花印务最近咋样", { acc: [], has: [NF] }],
    ["那狮脑山印务呢", { acc: [], has: [NF], not: ["康晓明", "350万"] }],
  ),
  conv("zh", ["太原明天下雪不", { acc: [] }], ["那帮我编个顺口溜夸夸咱家模切机", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv(
      "zh",
      ["我们部门现在压着多少逾期款没回来", { acc: MGR, has: ["284.2万|2,842,000|2842000|2.842M|284万|2.84M"] }],
      ["红山彩印是谁在跟 那边有啥进展", { acc: [], has: [NF], not: ["孟凡军"] }],
    ),
  ),
  asUser(
    "rep2",
    conv(
      "zh",
      ["狮脑山康总上回说润通报价多少", { acc: [SNS], has: ["350万|3,500,000|3500000|3.5M"] }],
      ["坝上张主任之前说啥东西坏得快", { acc: [BS], has: ["皮带"] }],
      ["清泉包装那边糊盒机谈到哪了", { acc: [], has: [NF], not: ["张宏伟", "乔立军"] }],
    ),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["红山彩印那86万啥时候到期", { acc: [HS], has: ["12月20|12-20"] }],
      ["秦康药包呢 最近咋样", { acc: [], has: [NF], not: ["杜国栋", "张建平"] }],
    ),
  ),
]);
