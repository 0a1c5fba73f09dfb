/**
 * One reply's worth of realistic cards (zh demo data), for the widget's browser harness and for
 * looking at the cards while changing them. Dates are relative to `today` so "overdue" stays true.
 */
import type { Card } from "../../agent/cards";

const day = (today: Date, offset: number, time = "") => {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}${time}`;
};

const ACCOUNT = { accountId: "acc-hd", accountName: "华东精密制造有限公司" };

export function sampleScoreCard(): Card {
  const dims: [string, number, number, string][] = [
    ["revenue", 0.2, 82, "近 12 个月销售额 1,860 万元，位列前 10%"],
    ["growth", 0.15, 64, "同比增长 12%"],
    ["shareOfWallet", 0.15, 38, "钱包份额 24%，仍有空间"],
    ["purchaseDuration", 0.1, 90, "合作 4 年"],
    ["strategicValue", 0.1, 80, "行业标杆，示范作用强"],
    ["winnability", 0.1, 70, "能赢能做"],
    ["margin", 0.1, 55, "毛利率 23%"],
    ["paymentPunctuality", 0.05, 30, "两笔回款逾期超过 60 天"],
    ["relationship", 0.05, 60, "覆盖 5 位关键人"],
  ];
  const breakdown = dims.map(([dimension, weight, points, reason]) => ({
    dimension,
    weight,
    raw: null,
    points,
    reason,
  }));
  const total = Math.round(breakdown.reduce((s, d) => s + d.weight * d.points, 0) * 10) / 10;
  return {
    kind: "score",
    ...ACCOUNT,
    data: {
      accountId: ACCOUNT.accountId,
      total,
      tier: "A",
      scorecard: "default",
      breakdown,
      segment: { nineBox: "high-mid", quadrant: "potential", strategy: "grow" },
      rfm: { r: 5, f: 4, m: 4 },
      lifecycle: "symbiotic",
      risks: [
        { code: "late_payment", severity: "high", reason: "两笔应收逾期 60 天以上，合计 86 万元" },
        { code: "competitor_stronger", severity: "medium", reason: "采购部王磊与竞品西门子关系更近" },
        { code: "no_touch", severity: "low", reason: "技术部 45 天未拜访" },
      ],
    },
  };
}

export function samplePowerMapCard(): Card {
  const c = (
    id: string,
    name: string,
    title: string,
    role: string,
    influence: number,
    attitude: string,
    ourStrength: number,
    competitor: string | null = null,
    competitorStrength: number | null = null,
  ) => ({ id, name, title, role, influence, attitude, ourStrength, competitor, competitorStrength });
  return {
    kind: "powerMap",
    ...ACCOUNT,
    data: {
      contacts: [
        c("c1", "张总", "总经理", "decision_maker", 5, "neutral", 2),
        c("c2", "李明", "技术副总", "technical_evaluator", 4, "supporter", 4),
        c("c3", "王磊", "采购经理", "procurement", 4, "opponent", 1, "西门子", 4),
        c("c4", "赵工", "设备部主管", "user", 3, "supporter", 3),
        c("c5", "陈静", "财务总监", "approver", 4, "neutral", 2),
        c("c6", "刘洋", "工艺工程师", "coach", 2, "supporter", 5),
        c("c7", "孙丽", "采购专员", "procurement", 2, "neutral", 1, "ABB", 3),
      ],
      edges: [
        { from: "c2", to: "c1", kind: "reports_to" },
        { from: "c3", to: "c1", kind: "reports_to" },
        { from: "c5", to: "c1", kind: "reports_to" },
        { from: "c4", to: "c2", kind: "reports_to" },
        { from: "c6", to: "c2", kind: "reports_to" },
        { from: "c7", to: "c3", kind: "reports_to" },
      ],
      analysis: { coverage: 0.71, gaps: ["decision_maker"], champion: "c2", blockers: ["c3"] },
      suggestions: [
        {
          contactId: "c1",
          action: "meet",
          via: "c2",
          message: "请李明引荐，安排与张总的高层拜访",
          reason: "决策者态度中立，我方关系仅 2/5",
        },
        {
          contactId: "c3",
          action: "neutralise",
          via: null,
          message: "准备 TCO 对比，回应王磊对价格的顾虑",
          reason: "反对且影响力 4，竞品西门子关系更强",
        },
        {
          contactId: "c7",
          action: "build",
          via: "c6",
          message: "邀请孙丽参加工厂开放日",
          reason: "ABB 关系 3/5 高于我方 1/5",
        },
      ],
    },
  };
}

export function samplePlanCard(today: Date): Card {
  return {
    kind: "plan",
    ...ACCOUNT,
    data: {
      accountId: ACCOUNT.accountId,
      version: 3,
      strategy: "grow",
      goal: "12 个月内钱包份额从 24% 提升到 35%",
      objectives: ["拿下二期产线自动化改造项目（约 600 万元）", "回款逾期清零"],
      strategies: ["以技术副总为支点，打通总经理决策链"],
      actions: [
        { title: "与财务总监对账，确认逾期回款计划", owner: "周丹", due: day(today, -3) },
        { title: "李明引荐，拜访张总", owner: "周丹", due: day(today, 5), contactId: "c1" },
        { title: "提交二期产线方案与 TCO 对比", owner: "吴工", due: day(today, 14) },
        { title: "邀请采购部参加工厂开放日", owner: "周丹", due: day(today, 30), contactId: "c7" },
        { title: "季度业务回顾（QBR）", owner: "周丹", due: day(today, -10), done: true },
      ],
      resources: ["解决方案工程师 1 名", "样机 1 台"],
      kpis: [
        { metric: "钱包份额", target: "35%" },
        { metric: "逾期回款", target: "0 元" },
      ],
      risks: ["竞品西门子在采购部关系更强"],
      generatedAt: `${day(today, 0)}T08:00:00.000Z`,
    },
  };
}

export function sampleTendersCard(today: Date): Card {
  return {
    kind: "tenders",
    data: {
      items: [
        {
          noticeId: "n1",
          accountId: ACCOUNT.accountId,
          accountName: ACCOUNT.accountName,
          projectName: "二期产线自动化改造设备采购",
          kind: "open_tender",
          deadline: day(today, 4, "T09:30"),
          confidence: 0.86,
          predicted: { value: 6_000_000, winProbability: 0.42, window: { from: day(today, 4), to: day(today, 30) } },
        },
        {
          noticeId: "n2",
          accountId: "acc-js",
          accountName: "江苏新能源集团",
          projectName: "2026 年度智能仓储系统采购意向",
          kind: "upcoming",
          deadline: null,
          confidence: 0.64,
          predicted: { value: 12_500_000, winProbability: 0.28, window: { from: day(today, 60), to: day(today, 120) } },
        },
        {
          noticeId: "n3",
          accountId: "acc-zj",
          accountName: "浙江海港物流",
          projectName: "输送线维保服务",
          kind: "renewal",
          deadline: day(today, 21, "T17:00"),
          confidence: 0.91,
          predicted: { value: 850_000, winProbability: 0.75, window: { from: day(today, 21), to: day(today, 40) } },
        },
      ],
    },
  };
}

export function sampleConfirmCard(): Card {
  return {
    kind: "confirm",
    data: {
      tool: "save_plan",
      summary: "保存「华东精密制造有限公司」的客户计划第 3 版，并为周丹创建 4 项待办。",
      args: { accountId: ACCOUNT.accountId, version: 3 },
    },
  };
}

export function sampleCards(today: Date = new Date()): Card[] {
  return [
    sampleScoreCard(),
    samplePowerMapCard(),
    samplePlanCard(today),
    sampleTendersCard(today),
    sampleConfirmCard(),
  ];
}
