// Unseen book, zh: written from evals/books/qinghe/*.csv by hand before any of it was played. rep1 唐宇's book.
// The clock is Sunday 2026-11-22: 今天 11-22, 昨天 11-21, 下周二 11-24, 下周三 11-25.
import { conv, named } from "../conversation-types";
import { BS, CJX, CT, DT, FDY, GEAR, GROUP, JC, JUT, LS, NEXT, notFound, RISKY, RO, SC, XJ, YZ } from "./qinghe-names";

export const QINGHE_ZH = named("qinghe-zh", [
  conv(
    "zh",
    ["楚天重工最近咋样", { tool: "account_overview", acc: [CT], has: [CT] }],
    ["下面有几个厂", { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["齿轮厂", "襄阳铸造"] }],
  ),
  conv(
    "zh",
    ["长江快运的决策链", { tool: "power_map", acc: [CJX], has: ["胡德胜"] }],
    ["严总是什么态度", { tool: "power_map", acc: [CJX], has: ["严冬梅"] }],
  ),
  conv("zh", ["江汉理工有招标吗", { tool: "tender_matches", acc: [JUT], has: ["一卡通"] }]),
  conv("zh", ["湘江精密的评分为啥这么高", { tool: "explain_score", acc: [XJ], has: [XJ] }]),
  conv("zh", ["对比下蓉欧和洞庭冷链", { tool: "compare_accounts", acc: [RO, DT], has: [RO, DT] }]),
  conv("zh", ["我在湖南有哪些客户", { tool: "find_accounts", has: [XJ, DT, LS], not: [CJX, JUT] }]),
  conv(
    "zh",
    ["教育行业的客户有哪些", { tool: "find_accounts", has: [JUT, LS, JC, SC], not: [CJX] }],
    ["第二个的关键人", { tool: "power_map", acc: [JUT, LS, JC, SC] }],
  ),
  conv("zh", [
    "记一下 今天跟长江快运的严冬梅通了电话 聊合同",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [CJX],
      has: ["严冬梅", CJX],
      args: { kind: "call", date: "2026-11-22" },
    },
  ]),
  conv("zh", [
    "下周三去拜访锦城外校柯校长",
    { tool: "add_action", card: "confirm", acc: [JC], has: ["柯雨", JC], args: { due: "2026-11-25" } },
  ]),
  conv(
    "zh",
    ["巴蜀电子", { tool: "account_overview", acc: [BS], has: [BS] }],
    [
      "昨天见了何总 聊了SMT车间",
      { tool: "log_interaction", card: "confirm", acc: [BS], has: ["何川"], args: { date: "2026-11-21" } },
    ],
  ),
  conv("zh", ["渝州汽配的情况", { tool: "none", acc: [], not: [YZ] }]),
  conv("zh", ["华为的决策人是谁", notFound("华为")]),
  conv(
    "zh",
    ["楚天齿轮怎么样", { tool: "account_overview", acc: [GEAR], has: [GEAR] }],
    ["那比亚迪呢", notFound("比亚迪")],
  ),
  conv(
    "zh",
    ["给麓山职院做个客户计划", { tool: ["generate_plan", "show_plan"], acc: [LS], has: [LS] }],
    ["保存", { tool: "save_plan", card: "confirm", acc: [LS], has: [LS] }],
  ),
  conv("zh", ["帮我订张去成都的机票", { tool: "none", acc: [] }]),
  conv("zh", ["襄阳铸造有啥风险", { tool: RISKY, acc: [FDY], has: ["彭刚|离职|鼎峰"] }]),
  conv("zh", ["洞庭冷链下一步咋推进", { tool: NEXT, acc: [DT], has: [DT] }]),
]);
