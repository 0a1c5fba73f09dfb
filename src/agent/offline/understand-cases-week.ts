import type { UnderstandCase } from "./understand-cases";

/**
 * Monday-morning intents (issue 11). WEEK_DEV_CASES are the issue's own questions and their twins: the cue tables
 * were written against them. WEEK_MEASURED_CASES were written before those cues were first run on them and are
 * only measured (see understand-week.test.ts), never tuned on.
 */
export const WEEK_DEV_CASES: UnderstandCase[] = [
  { message: "我本周应该优先跟进哪些客户？", intent: "my_week", language: "zh" },
  { message: "What should I prioritise this week?", intent: "my_week", language: "en" },
  { message: "这周有哪些行动到期？", intent: "list_actions" },
  { message: "Which actions are due this week?", intent: "list_actions", language: "en" },
  { message: "哪些行动逾期了？", intent: "list_actions", entities: { week: { overdueOnly: true } } },
  { message: "Which actions are overdue?", intent: "list_actions", entities: { week: { overdueOnly: true } } },
  { message: "把第一项行动标记为完成", intent: "update_action", entities: { week: { position: 1, status: "done" } } },
  {
    message: "Mark the first action as done",
    intent: "update_action",
    entities: { week: { position: 1, status: "done" } },
  },
  {
    message: "把拜访王院长改到下周二",
    intent: "update_action",
    entities: { contactIds: ["c-wang"], date: "2026-11-24", week: { titleHint: "拜访王院长" } },
  },
  {
    message: "Push the demo at ECMG to next Tuesday",
    intent: "update_action",
    entities: { accountIds: ["ecmg"], date: "2026-11-24", week: { titleHint: "demo" } },
  },
  { message: "上次拜访王建国是什么时候", intent: "last_contact", entities: { contactIds: ["c-wang"] } },
  { message: "When did I last visit 陈静?", intent: "last_contact", entities: { contactIds: ["c-chen"] } },
  {
    message: "Which of my accounts haven't been contacted in the last month?",
    intent: "stale_accounts",
    entities: { week: { days: 30 } },
  },
  { message: "哪些客户一个月没联系了？", intent: "stale_accounts", entities: { week: { days: 30 } } },
  { message: "How are we doing against target this year?", intent: "attainment", language: "en" },
  { message: "今年目标完成得怎么样？", intent: "attainment" },
  { message: "张静的客户情况", intent: "my_week", entities: { week: { rep: "张静" } } },
  { message: "How are 张静's accounts this week?", intent: "my_week", entities: { week: { rep: "张静" } } },
  { message: "华东医疗集团这个月发生了什么？", intent: "account_timeline", entities: { accountIds: ["ecmg"] } },
  // The account's own state is not a rep's book.
  { message: "华东医疗集团的客户情况", intent: "account_overview", entities: { accountIds: ["ecmg"] } },
];

export const WEEK_MEASURED_CASES: UnderstandCase[] = [
  { message: "这周我该先跟进谁？", intent: "my_week" },
  { message: "本周有什么需要我优先处理的？", intent: "my_week" },
  { message: "What's on my plate this week?", intent: "my_week" },
  { message: "Anything overdue on my to-do list?", intent: "list_actions" },
  { message: "我有哪些待办快到期了", intent: "list_actions" },
  { message: "第二项已经做完了", intent: "update_action" },
  { message: "把给仁济发报价那项推迟到下周五", intent: "update_action" },
  { message: "Reschedule the QBR with Renji to next Friday", intent: "update_action" },
  { message: "我们多久没联系仁济了", intent: "last_contact" },
  { message: "When was our last meeting with Renji?", intent: "last_contact" },
  { message: "哪些客户两个月没拜访了", intent: "stale_accounts" },
  { message: "Show accounts nobody has visited in 60 days", intent: "stale_accounts" },
  { message: "今年业绩完成多少了", intent: "attainment" },
  { message: "Are we on track for our quota this year?", intent: "attainment" },
  { message: "仁济这个月有什么动态", intent: "account_timeline" },
  { message: "What happened at Renji this month?", intent: "account_timeline" },
];
