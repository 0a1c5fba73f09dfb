/**
 * Every label the widget shows, zh and en, keyed by the codes of docs/GLOSSARY.md.
 * Unknown codes fall back to a readable form of the code itself, never to an empty string.
 */
export type Lang = "zh" | "en";

type Pair = { zh: string; en: string };

const ui = {
  title: { zh: "Furrow 大客户助手", en: "Furrow account copilot" },
  open: { zh: "打开 Furrow 助手", en: "Open the Furrow copilot" },
  close: { zh: "关闭", en: "Close" },
  expand: { zh: "放大", en: "Expand" },
  shrink: { zh: "缩小", en: "Shrink" },
  placeholder: { zh: "问问你的客户…", en: "Ask about your accounts…" },
  inputHint: { zh: "Enter 发送，Shift+Enter 换行", en: "Enter sends, Shift+Enter adds a line" },
  send: { zh: "发送", en: "Send" },
  stop: { zh: "停止", en: "Stop" },
  newChat: { zh: "新对话", en: "New chat" },
  you: { zh: "你", en: "You" },
  assistant: { zh: "Furrow", en: "Furrow" },
  thinking: { zh: "正在思考…", en: "Thinking…" },
  welcome: {
    zh: "你好！我可以给客户打分、画权力地图、制定客户计划、匹配招标信息。试试问我一个客户。",
    en: "Hi! I can score accounts, draw power maps, write account plans and match tenders. Ask me about an account.",
  },
  error: { zh: "出错了", en: "Something went wrong" },
  networkError: { zh: "无法连接服务器", en: "Cannot reach the server" },
  requestId: { zh: "请求编号", en: "request id" },
  approve: { zh: "确认", en: "Approve" },
  reject: { zh: "取消", en: "Reject" },
  approved: { zh: "已确认", en: "Approved" },
  rejected: { zh: "已取消", en: "Rejected" },
  confirmTitle: { zh: "需要你确认", en: "Needs your approval" },
  choicesTitle: { zh: "你是指哪一个？", en: "Which one do you mean?" },
  score: { zh: "客户评分", en: "Account score" },
  total: { zh: "总分", en: "Total" },
  weight: { zh: "权重", en: "weight" },
  reasons: { zh: "评分依据", en: "Why these points" },
  nineBox: { zh: "九宫格", en: "Nine-box" },
  potential: { zh: "潜力", en: "Potential" },
  contribution: { zh: "贡献", en: "Contribution" },
  risks: { zh: "风险预警", en: "Risk signals" },
  noRisks: { zh: "暂无风险", en: "No risk signals" },
  lifecycle: { zh: "合作阶段", en: "Lifecycle" },
  quadrant: { zh: "象限", en: "Quadrant" },
  powerMap: { zh: "权力地图", en: "Power map" },
  coverage: { zh: "覆盖度", en: "Coverage" },
  champion: { zh: "内线", en: "Champion" },
  blocker: { zh: "阻碍者", en: "Blocker" },
  competitorStronger: { zh: "竞品关系更强", en: "Competitor closer" },
  gaps: { zh: "缺口", en: "Gaps" },
  suggestions: { zh: "建议", en: "Suggestions" },
  via: { zh: "通过", en: "via" },
  influence: { zh: "影响力", en: "influence" },
  ourStrength: { zh: "我方关系", en: "our relationship" },
  competitorStrength: { zh: "竞品关系", en: "competitor relationship" },
  plan: { zh: "客户计划", en: "Account plan" },
  version: { zh: "版本", en: "version" },
  goal: { zh: "目标", en: "Goal" },
  objectives: { zh: "分目标", en: "Objectives" },
  strategies: { zh: "策略", en: "Strategies" },
  actions: { zh: "行动", en: "Actions" },
  resources: { zh: "资源", en: "Resources" },
  kpis: { zh: "考核指标", en: "KPIs" },
  owner: { zh: "负责人", en: "owner" },
  due: { zh: "截止", en: "due" },
  overdue: { zh: "已逾期", en: "overdue" },
  tenders: { zh: "招标匹配", en: "Tender matches" },
  deadline: { zh: "截止", en: "Deadline" },
  daysLeft: { zh: "还剩 {n} 天", en: "{n} days left" },
  dueToday: { zh: "今天截止", en: "due today" },
  closed: { zh: "已截止", en: "closed" },
  predictedValue: { zh: "预计金额", en: "Predicted value" },
  winProbability: { zh: "赢率", en: "Win probability" },
  confidence: { zh: "匹配度", en: "confidence" },
  accounts: { zh: "客户", en: "Accounts" },
  account: { zh: "客户", en: "Account" },
  tier: { zh: "级别", en: "Tier" },
  strategy: { zh: "策略", en: "Strategy" },
  note: { zh: "备注", en: "Note" },
  empty: { zh: "暂无数据", en: "Nothing yet" },
  legend: { zh: "图例", en: "Legend" },
} satisfies Record<string, Pair>;

export type UiKey = keyof typeof ui;

export type { CodeGroup } from "../../../../prompts/labels";
export { label, normaliseCode, noteText } from "../../../../prompts/labels";

export function t(lang: Lang, key: UiKey, vars?: Record<string, string | number>): string {
  let text = ui[key][lang];
  for (const [name, value] of Object.entries(vars ?? {})) text = text.replace(`{${name}}`, String(value));
  return text;
}

export function langOf(value: string | null | undefined): Lang | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (v.startsWith("zh")) return "zh";
  if (v.startsWith("en")) return "en";
  return null;
}
