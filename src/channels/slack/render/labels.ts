import type { Lang } from "../../../../prompts/labels";

export type { Lang };

/** Every label a Slack message shows besides the engine's codes (those come from prompts/labels.ts). */
const UI = {
  score: { zh: "客户评分", en: "Account score" },
  total: { zh: "总分", en: "Total" },
  tier: { zh: "级别", en: "Tier" },
  strategy: { zh: "策略", en: "Strategy" },
  nineBox: { zh: "九宫格（潜力-贡献）", en: "Nine-box (potential-contribution)" },
  quadrant: { zh: "象限", en: "Quadrant" },
  lifecycle: { zh: "合作阶段", en: "Lifecycle" },
  topReasons: { zh: "主要评分依据", en: "Top reasons" },
  points: { zh: "分", en: "pts" },
  weight: { zh: "权重", en: "weight" },
  risks: { zh: "风险预警", en: "Risk signals" },
  severity: { zh: "程度", en: "severity" },
  powerMap: { zh: "权力地图", en: "Power map" },
  coverage: { zh: "覆盖度", en: "Coverage" },
  champion: { zh: "内线", en: "champion" },
  blocker: { zh: "阻碍者", en: "blocker" },
  influence: { zh: "影响力", en: "influence" },
  ourStrength: { zh: "我方关系", en: "our relationship" },
  gaps: { zh: "缺口", en: "Gaps" },
  nextContact: { zh: "建议下一步联系", en: "Suggested next contact" },
  via: { zh: "通过", en: "via" },
  plan: { zh: "客户计划", en: "Account plan" },
  version: { zh: "版本", en: "version" },
  goal: { zh: "目标", en: "Goal" },
  actions: { zh: "行动清单", en: "Actions" },
  owner: { zh: "负责人", en: "owner" },
  due: { zh: "截止", en: "due" },
  overdue: { zh: "已逾期", en: "overdue" },
  tenders: { zh: "招标匹配", en: "Tender matches" },
  deadline: { zh: "截止时间", en: "deadline" },
  noDeadline: { zh: "暂无截止时间", en: "no deadline yet" },
  predictedValue: { zh: "预计金额", en: "predicted value" },
  winProbability: { zh: "赢率", en: "win probability" },
  window: { zh: "预计窗口", en: "window" },
  accounts: { zh: "客户", en: "Accounts" },
  empty: { zh: "暂无数据", en: "Nothing yet" },
  confirmTitle: { zh: "需要你确认", en: "Needs your approval" },
  approve: { zh: "确认", en: "Approve" },
  reject: { zh: "取消", en: "Reject" },
  approved: { zh: "已确认", en: "Approved" },
  rejected: { zh: "已取消", en: "Rejected" },
  working: { zh: "正在处理…", en: "Working on it…" },
  onlyAsker: {
    zh: "只有提出这个请求的人可以确认或取消。",
    en: "Only the person who asked can approve or reject this.",
  },
  alreadyDone: { zh: "这个请求已经处理过了。", en: "This request has already been handled." },
  choicesTitle: { zh: "你是指哪一个？", en: "Which one do you mean?" },
  more: { zh: "更多内容请在 Furrow 中查看", en: "More in Furrow" },
  moreNoLink: { zh: "内容较多，已截断；完整内容请在 Furrow 中查看。", en: "Shortened; the full answer is in Furrow." },
  unknownUser: {
    zh: "你好！我在 Furrow 里找不到与你的 Slack 邮箱对应的账号，所以暂时不能回答客户方面的问题。请联系 Furrow 管理员为你开通账号。",
    en: "Hi! I can't find a Furrow account with your Slack e-mail address, so I can't answer questions about accounts yet. Please ask your Furrow admin to set one up for you.",
  },
  failed: {
    zh: "抱歉，这次没能完成回答，请稍后再试。",
    en: "Sorry, I couldn't finish this answer; please try again in a moment.",
  },
  busy: {
    zh: "上一条消息还在处理中，请等它完成后再发。",
    en: "The previous message in this thread is still being answered; please send this one when it is done.",
  },
  askedBy: { zh: "提问", en: "asked" },
  emptyQuestion: {
    zh: "请在 /furrow 后面写上你的问题，例如：/furrow 华东医疗集团的客户评分是多少？",
    en: "Write your question after /furrow, e.g. /furrow What is the score of East China Medical Group?",
  },
  received: { zh: "收到，正在查询…", en: "Got it, looking that up…" },
} satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof UI;

export const ui = (lang: Lang, key: UiKey): string => UI[key][lang];
