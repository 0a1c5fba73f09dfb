// The fifth book in zh, as account managers type it: short names, typos, pinyin and English mixed in, descriptions
// instead of names, pronouns, corrections and picks. rep1 蒲俊峰's book (evals/books/jinsha); the clock is Sunday
// 2026-11-22: 今天 11-22, 昨天 11-21, 明天 11-23, 下周二 11-24, 下周三 11-25. Every expectation is written by hand from
// the book's CSV files: people, titles and reporting lines from contacts.csv, what was said from interactions.csv, deals
// from opportunities.csv, unpaid orders from orders.csv (楚衡 R10 180000 due 10-10, Meridian R19 240000 due 10-31).
import { asUser, conv, named } from "../conversation-types";
import {
  BINGPIN,
  CDCS,
  CHUHENG,
  DEAL,
  GROUP,
  HANBEI,
  HARBOURVIEW,
  HIDDEN,
  HONGYI,
  HUBEI,
  JINCHENG,
  JINFENG,
  LAST_SAID,
  MEISHAN,
  MERIDIAN,
  MINE,
  NEXT,
  notFound,
  RONGXUE,
  STATIONS,
  TIANZHONG,
  WHY_RISKY,
  XIANGWEI,
  XISHU,
  YUGUAN,
  ZHANG,
} from "./jinsha-names";

const XISHU_NOTICE = `这个公告帮我看看 跟我们有关系没
西蜀大学分析测试中心液相色谱-质谱联用仪采购项目公开招标公告
2026-11-21
项目编号：XSDX-2026-HW0318
项目名称：西蜀大学分析测试中心液相色谱-质谱联用仪采购项目
预算金额（元）：2600000
采购需求：三重四极杆液相色谱-质谱联用仪 1 台，含数据处理系统、方法开发培训及三年原厂维保
提交投标文件截止时间：2026年12月16日 09:30（北京时间）
采购人信息：西蜀大学，成都市郫都区学府大道 99 号，联系方式：廖老师 028-555-0517`;

export const JINSHA_ZH = named("jinsha-zh", [
  // The group 蓉雪乳业集团 and its members 眉山蓉雪乳品, 重庆蓉雪冰品.
  conv(
    "zh",
    ["蓉雪集团最近咋样", { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["蓉雪"] }],
    ["底下几家公司都列一下", { tool: "group_overview", acc: GROUP, has: ["眉山", "冰品"] }],
  ),
  conv(
    "zh",
    ["做乳制品的那个集团 连同下面的厂一起看看", { tool: "group_overview", acc: GROUP, has: ["眉山", "冰品"] }],
    ["眉山那家谁拍板", { tool: "power_map", acc: [MEISHAN], has: ["牟德明"] }],
    ["他向谁汇报", { tool: "power_map", acc: [MEISHAN, RONGXUE], has: ["罗文斌"] }],
  ),
  conv("zh", [
    "重庆那家做冰品的 最近联系过没",
    { tool: [...LAST_SAID, "account_overview"], acc: [BINGPIN], has: ["11月10日|11-10|秦露"] },
  ]),
  // People: who decides, who reports to whom, who left.
  conv(
    "zh",
    ["成都疾控谁说了算", { tool: "power_map", acc: [JINCHENG], has: ["曾国栋"], not: ["马文军"] }],
    ["理化科现在谁管", { tool: "power_map", acc: [JINCHENG], has: ["覃晓"] }],
    ["那之前的邬海呢", { tool: "power_map", acc: [JINCHENG], has: ["邬海", "离职"] }],
  ),
  // Two 疾控: 锦城 (成都) and 天中 (驻马店).
  conv(
    "zh",
    ["疾控那边最近谁联系过", { card: "choices", acc: CDCS, has: ["锦城", "天中"] }],
    ["驻马店那个", { tool: LAST_SAID, acc: [TIANZHONG], has: ["田甜|马文军"], not: ["曾国栋"] }],
  ),
  // Two 张总: 楚衡检测's 张立新 and 湘味坊's 张美华, both 总经理.
  conv(
    "zh",
    ["张总上次聊的啥", { card: "choices", acc: ZHANG, has: ["张立新|楚衡", "张美华|湘味"] }],
    ["湖南那个", { tool: LAST_SAID, acc: [XIANGWEI], has: ["张美华"], not: ["张立新"] }],
  ),
  conv("zh", ["汉北监测站谁在跟我们唱反调", { tool: "power_map", acc: [HANBEI], has: ["郝莉"] }]),
  conv(
    "zh",
    ["眉山乳品的雷刚是干嘛的", { tool: "power_map", acc: [MEISHAN], has: ["雷刚", "设备科"] }],
    ["他为啥不站我们这边", { tool: LAST_SAID, acc: [MEISHAN], has: ["谱瑞"] }],
  ),
  conv("zh", ["豫关下一步该找谁", { tool: NEXT, acc: [YUGUAN], has: ["郑国华|侯静|翟明|娄晓燕"] }]),
  // Last contact and timeline.
  conv(
    "zh",
    ["薛婷婷上回说啥了", { tool: LAST_SAID, acc: [HONGYI], has: ["12月10日|灵敏度"] }],
    ["那付晨呢", { tool: LAST_SAID, acc: [HONGYI], has: ["3%"] }],
  ),
  conv(
    "zh",
    ["西蜀大学最近啥进展", { tool: ["account_overview", "account_timeline"], acc: [XISHU], has: ["蔡志远"] }],
    [
      "他们经费啥时候必须花完",
      { tool: ["account_timeline", "last_contact", "account_overview"], acc: [XISHU], has: ["12月"] },
    ],
  ),
  conv("zh", [
    "锦城疾控的动态按时间给我过一遍",
    { tool: "account_timeline", acc: [JINCHENG], has: ["曾国栋|黎敏|覃晓"] },
  ]),
  conv(
    "zh",
    ["天中疾控的田甜上次聊的啥", { tool: LAST_SAID, acc: [TIANZHONG], has: ["顶空"] }],
    ["不对 我说的是锦城疾控的覃晓", { tool: LAST_SAID, acc: [JINCHENG], has: ["覃晓"], not: ["顶空"] }],
  ),
  // Deals: pipeline, stage, lost and why, forecast, an update.
  conv("zh", ["帮我看下 chuheng 的 pipeline", { tool: DEAL, acc: [CHUHENG], has: ["LIMS"] }]),
  conv("zh", ["泓亿医药那单到哪步了", { tool: DEAL, acc: [HONGYI], has: ["泓屹", "谈判"] }]),
  conv("zh", [
    "楚衡的GC单子当时为啥丢了",
    { tool: ["account_overview", "account_timeline"], acc: [CHUHENG], has: ["谱瑞"] },
  ]),
  conv("zh", ["今年输给汇测的单子有哪些", { has: ["汉北", "渌江"], not: HIDDEN }]),
  conv("zh", ["谱瑞在跟我们抢哪些单", { has: ["泓屹", "眉山"], not: HIDDEN }]),
  conv("zh", ["年底前能签哪些单", { tool: "forecast", has: ["泓屹", "眉山"], not: HIDDEN }]),
  conv("zh", ["泓屹那单谈下来了 金额降到240万 下周签", { card: "confirm", acc: [HONGYI], has: ["泓屹"] }]),
  // Lists: regions, industries, descriptions.
  conv(
    "zh",
    ["湖北的客户有哪些", { tool: "find_accounts", has: ["楚衡", "汉北", "泓屹"], not: HIDDEN }],
    ["第二个展开说说", { tool: "account_overview", acc: HUBEI }],
  ),
  conv("zh", ["河南那边几个客户", { tool: "find_accounts", has: ["豫关", "天中"], not: HIDDEN }]),
  conv("zh", ["环境监测站的客户列一下", { tool: "find_accounts", has: ["汉北", "渌江"], not: HIDDEN }]),
  conv("zh", [
    "湖北最大的那个客户最近咋样",
    { tool: ["account_overview", "find_accounts"], acc: [CHUHENG], has: ["楚衡"] },
  ]),
  // Risk, staleness, unpaid orders.
  conv(
    "zh",
    ["哪些客户有流失风险", { tool: "at_risk_accounts", not: HIDDEN }],
    ["第一个咋回事", { tool: WHY_RISKY, acc: MINE }],
  ),
  conv("zh", ["好久没跟进的客户", { tool: "stale_accounts", has: ["渌江", "湘味", "Harbourview"], not: HIDDEN }]),
  conv("zh", [
    "哪些客户回款逾期了",
    // "receivables" added in session 11: the tool did not exist when this was written, and it lists the same money.
    {
      tool: ["at_risk_accounts", "portfolio_kpis", "find_accounts", "receivables"],
      has: ["楚衡", "Meridian"],
      not: HIDDEN,
    },
  ]),
  conv("zh", [
    "湖南那家食品公司是不是快丢了",
    { tool: [...WHY_RISKY, "account_timeline"], acc: [XIANGWEI], has: ["湘味"] },
  ]),
  // Two monitoring stations: 汉北 (襄阳) and 渌江 (株洲).
  conv(
    "zh",
    ["监测站那边最近怎么样", { card: "choices", acc: STATIONS, has: ["汉北", "渌江"] }],
    ["第二个", { tool: ["account_overview", "account_timeline"], acc: STATIONS }],
  ),
  // Tenders.
  conv("zh", ["最近有啥招标", { tool: "tender_matches", has: ["锦城", "豫关"] }]),
  conv("zh", [
    "锦城疾控那个ICP-MS哪天截标",
    { tool: ["tender_matches", "account_overview"], acc: [JINCHENG], has: ["12月9日|12-09"] },
  ]),
  conv("zh", [
    "豫关那个项目有啥资质要求",
    { tool: ["tender_matches", "account_overview"], acc: [YUGUAN], has: ["国产"] },
  ]),
  conv("zh", [
    "汉北水质站的标最后谁拿了",
    { tool: ["tender_matches", "account_overview", "account_timeline"], acc: [HANBEI], has: ["汇测"] },
  ]),
  conv("zh", [XISHU_NOTICE, { tool: "parse_notice", has: ["西蜀", "12月16日|12-16"] }]),
  // Writes.
  conv("zh", [
    "昨天去泓屹见了薛婷婷 聊合同条款",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [HONGYI],
      has: ["薛婷婷", HONGYI],
      args: { kind: "visit", date: "2026-11-21" },
    },
  ]),
  conv("zh", [
    "提醒我明天给覃晓发ICP-MS检出限对比",
    { tool: "add_action", card: "confirm", acc: [JINCHENG], has: ["覃晓"], args: { due: "2026-11-23" } },
  ]),
  conv(
    "zh",
    ["豫关的翟明上次说了啥", { tool: LAST_SAID, acc: [YUGUAN], has: ["国产"] }],
    [
      "下周三约他过一下技术方案",
      { tool: "add_action", card: "confirm", acc: [YUGUAN], has: ["翟明"], args: { due: "2026-11-25" } },
    ],
  ),
  conv(
    "zh",
    ["记一下 今天跟张总开了个会", { card: "choices", acc: ZHANG, has: ["楚衡|张立新", "湘味|张美华"] }],
    [
      "楚衡的",
      {
        tool: "log_interaction",
        card: "confirm",
        acc: [CHUHENG],
        has: ["张立新"],
        args: { kind: "meeting", date: "2026-11-22" },
      },
    ],
  ),
  conv("zh", [
    "今天跟税琳通了个电话 说培训的事 记一下",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [MEISHAN],
      has: ["税琳"],
      args: { kind: "call", date: "2026-11-22" },
    },
  ]),
  conv("zh", ["我这周该干点啥", { tool: "my_week", not: HIDDEN }]),
  // English accounts asked in zh.
  conv(
    "zh",
    ["Meridian 最近咋样", { tool: "account_overview", acc: [MERIDIAN], has: ["Meridian"] }],
    [
      "他们那笔维保款付了吗",
      { tool: ["account_overview", "account_timeline"], acc: [MERIDIAN], has: ["24万|240,000|240000"] },
    ],
  ),
  conv(
    "zh",
    ["harbourview 多久没联系了", { tool: "last_contact", acc: [HARBOURVIEW], has: ["9月2日|09-02"] }],
    ["Alan Ho 还在吗", { tool: "power_map", acc: [HARBOURVIEW], has: ["Alan Ho", "离职"] }],
  ),
  // Not in the book, not rep1's, out of scope.
  conv("zh", ["荆门药检所最近咋样", notFound("荆门药检所")]),
  conv("zh", ["湘江乳业什么情况", notFound("湘江乳业")]),
  conv("zh", [
    "缙峰大学那个ICP-MS单子啥情况",
    { tool: ["none", "find_accounts"], acc: [], has: ["缙峰"], not: ["杨柏林", "龙晓", "160万", "1,600,000"] },
  ]),
  conv("zh", [
    "伏牛检测的韩振最近联系过没",
    { tool: ["none", "find_accounts"], acc: [], has: ["伏牛|韩振"], not: ["柴丽", "实施周期", "10月27日", "10-27"] },
  ]),
  conv("zh", ["帮我订张去武汉的高铁票", { tool: "none", acc: [] }]),
  // rep2 向怡: 缙峰大学 and 伏牛检测 only.
  asUser(
    "rep2",
    conv(
      "zh",
      ["缙峰大学谁拍板", { tool: "power_map", acc: [JINFENG], has: ["杨柏林"] }],
      ["楚衡的张总呢", { tool: ["none", "find_accounts"], acc: [], not: [CHUHENG, "张立新", "熊艳", "万强"] }],
    ),
  ),
]);
