// Chinese conversations over the third book (evals/books/yunshan), written by hand from its CSV files before the book
// was ever played, by someone who had not read the understanding code. Measured only (see the book's README).
import { asUser, type Conversation, conv, named } from "../conversation-types";
import {
  BAIHUA,
  GANCHENG,
  GRAIN,
  GROUP,
  HEITU,
  HIDDEN,
  HUINONG,
  JINSUI,
  JXDA,
  KEQIN,
  MAIXIANG,
  MUGE,
  NENJIANG,
  NEXT,
  notFound,
  POHU,
  WHY_RISKY,
  WUCHANG,
  XILIN,
  YUFENG,
} from "./yunshan-names";

export const YUNSHAN_ZH: Conversation[] = named("yunshan-zh", [
  // 01
  conv(
    "zh",
    ["黑土集团最近啥情况", { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["黑土"] }],
    ["他们集团那个招标 啥时候开标", { tool: "tender_matches", acc: [HEITU], has: ["智慧农场"] }],
  ),
  // 02
  conv(
    "zh",
    ["金穗种业谁拍板 决策链拉一下", { tool: "power_map", acc: [JINSUI], has: ["宋玉林"] }],
    ["那个育种院的院长啥立场 是不是偏禾田", { tool: "power_map", acc: [JINSUI], has: ["刘建伟", "禾田"] }],
  ),
  // 03
  conv("zh", ["白桦乳业评分咋这么低，给我说说原因", { tool: "explain_score", acc: [BAIHUA], has: ["白桦"] }]),
  // 04
  conv("zh", ["内蒙那边的客户都列出来", { tool: "find_accounts", has: ["牧歌", "锡林"], not: HIDDEN }]),
  // 05
  conv("zh", [
    "哪几家两个多月没去跑了",
    { tool: ["stale_accounts", "find_accounts"], has: ["锡林", "豫丰", "鄱湖鲜"], not: HIDDEN },
  ]),
  // 06
  conv("zh", ["年底前能签下来的单子有哪些", { tool: "forecast", has: ["麦香", "金穗", "五常"], not: HIDDEN }]),
  // 07
  conv("zh", [
    "昨儿去了趟惠农合作社 张理事长亲自试飞了无人机 说续航不错 帮我记一笔",
    { tool: "log_interaction", acc: [HUINONG], card: "confirm", has: ["张富贵"], args: { kind: "visit" } },
  ]),
  // 08
  conv("zh", [
    "下周二给麦香的郝总监打个电话 把冷库点位再对一遍",
    { tool: "add_action", acc: [MAIXIANG], card: "confirm", has: ["郝静"] },
  ]),
  // 09
  conv("zh", [
    "嫩江源合作社那单农技服务谈到哪了",
    { tool: ["none", "find_accounts"], acc: [], not: [NENJIANG, "隋长河"] },
  ]),
  // 10
  conv("zh", ["北方粮仓集团最近有啥动静没", notFound("北方粮仓集团")]),
  // 11
  conv(
    "zh",
    ["在不", { tool: "none", acc: [] }],
    ["这礼拜我都有啥要跟进的", { tool: ["my_week", "list_actions"], not: HIDDEN }],
  ),
  // 12
  conv("zh", ["给我讲个笑话呗 累死了", { tool: "none", acc: [] }]),
  // 13
  conv(
    "zh",
    ["黑土集团连同下面两家一起看看", { tool: "group_overview", acc: GROUP, has: ["五常", "粮食加工|粮加工"] }],
    ["五常那边是不是有笔款还没收回来", { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["五常"] }],
  ),
  // 14
  conv("zh", ["牧歌跟白桦两家乳业对比下", { tool: "compare_accounts", acc: [MUGE, BAIHUA], has: ["牧歌", "白桦"] }]),
  // 15
  conv("zh", ["有风险的客户给我过一遍", { tool: "at_risk_accounts", has: ["锡林|鄱湖鲜|白桦"], not: HIDDEN }]),
  // 16
  conv(
    "zh",
    ["给牧歌乳业做个客户计划", { tool: "generate_plan", acc: [MUGE], has: ["牧歌"] }],
    ["行 存下来", { tool: "save_plan", acc: [MUGE], card: "confirm" }],
  ),
  // 17
  conv("zh", ["最近有没有跟咱们对得上的招标", { tool: "tender_matches", has: ["农业农村厅", "黑土"], not: HIDDEN }]),
  // 18
  conv("zh", [
    "江西农业厅那个监管平台 竞争对手是哪家",
    { tool: ["account_overview", "tender_matches", "power_map"], acc: [JXDA], has: ["禾田"] },
  ]),
  // 19
  conv(
    "zh",
    ["牧歌乳业管采购的是谁", { tool: ["power_map", "account_overview"], acc: [MUGE], has: ["苏日娜"] }],
    ["她对咱们啥态度", { tool: "power_map", acc: [MUGE], has: ["中立"] }],
  ),
  // 20
  conv("zh", [
    "豫丰那个牛经理还在不在",
    { tool: ["power_map", "account_overview"], acc: [YUFENG], has: ["牛建军", "离职|已离开|不在"] },
  ]),
  // 21
  conv("zh", [
    "maixiang食品上回联系是啥时候 跟谁",
    { tool: ["last_contact", "account_timeline", "account_overview"], acc: [MAIXIANG], has: ["郝静"] },
  ]),
  // 22
  conv("zh", ["做种业的客户有哪几家", { tool: "find_accounts", has: ["金穗", "豫丰"], not: HIDDEN }]),
  // 23
  conv("zh", ["河南的客户给我拉个单子", { tool: "find_accounts", has: ["麦香", "豫丰", "惠农"], not: HIDDEN }]),
  // 24
  conv("zh", ["我今年指标完成得咋样了", { tool: ["attainment", "portfolio_kpis"] }]),
  // 25
  conv("zh", ["这周的周报先给我预览一下", { tool: "briefing_preview" }]),
  // 26
  asUser(
    "manager",
    conv("zh", ["卜晓岚手上有哪些客户", { tool: "find_accounts", acc: [NENJIANG, KEQIN], has: ["嫩江源", "科沁"] }]),
  ),
  // 27
  conv("zh", ["金穗最近跟他们都有啥往来 按时间排一下", { tool: "account_timeline", acc: [JINSUI], has: ["陈思琪"] }]),
  // 28
  conv("zh", [
    "周五跟黑土粮加工吕经理通了电话 冷库误报那个问题解决了",
    { tool: "log_interaction", acc: [GRAIN], card: "confirm", has: ["吕晓楠"], args: { kind: "call" } },
  ]),
  // 29
  conv("zh", [
    "明天上午去省农业农村厅找欧阳主任 对一下技术条款 帮我排上",
    { tool: "add_action", acc: [JXDA], card: "confirm", has: ["欧阳敏"] },
  ]),
  // 30
  conv("zh", ["白桦乳业接下来该怎么推", { tool: NEXT, acc: [BAIHUA] }]),
  // 31
  conv("zh", ["金穗的刘院长不太待见咱们 找谁引荐比较好", { tool: "power_map", acc: [JINSUI], has: ["宋玉林|陈思琪"] }]),
  // 32
  conv("zh", ["帮忙查下绿野牧业", notFound("绿野牧业")]),
  // 33
  conv("zh", ["科沁牛业敖总电话多少 发我下", { tool: ["none", "find_accounts"], acc: [], not: [KEQIN, "0475"] }]),
  // 34
  conv(
    "zh",
    ["周口惠农飞防队的队长叫啥", { tool: ["power_map", "account_overview"], acc: [HUINONG], has: ["侯亮"] }],
    ["他是不是在看飞鹰的机子", { tool: ["power_map", "account_overview"], acc: [HUINONG], has: ["飞鹰"] }],
  ),
  // 35
  conv(
    "zh",
    ["鄱湖鲜为啥标成有风险", { tool: WHY_RISKY, acc: [POHU], has: ["鄱湖鲜"] }],
    ["好嘞 谢了", { tool: "none", acc: [] }],
  ),
  // 36
  conv(
    "zh",
    [
      "五常农场王场长上回见面聊了啥",
      { tool: ["last_contact", "account_timeline", "power_map"], acc: [WUCHANG], has: ["无人机"] },
    ],
    ["他上面是谁管", { tool: "power_map", acc: [WUCHANG, HEITU], has: ["冯雪梅"] }],
  ),
  // 37
  conv("zh", [
    "赣橙果业二期那个农技单子啥阶段了",
    { tool: ["account_overview", "forecast"], acc: [GANCHENG], has: ["农技"] },
  ]),
  // 38
  conv("zh", [
    "锡林合作社那单无人机咋丢的",
    { tool: ["account_overview", "explain_score"], acc: [XILIN], has: ["飞鹰"] },
  ]),
]);
