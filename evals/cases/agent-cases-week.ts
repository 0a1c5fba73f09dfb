import type { AgentCase, FactExpect } from "./agent-case-types";
import { acc, ask, c, decide, ECMG, eq } from "./case-builders";

const fact = (tool: string, path: string, kind: FactExpect["kind"] = "text"): FactExpect => ({ tool, path, kind });

/**
 * Monday morning (issue 11), written from the questions: my week, actions due and overdue, completing an
 * action behind the confirmation, last contact, accounts not contacted, what happened, attainment, a manager on a
 * rep's book. Each write case adds its own action first so it stands alone, and rejects the change.
 */
export const WEEK_CASES: AgentCase[] = [
  c(
    "zh",
    "rep1",
    ["my_week"],
    ask("zh", "我本周应该优先跟进哪些客户？", ["my_week"], { facts: [fact("my_week", "items.0.accountName")] }),
  ),
  c(
    "en",
    "rep1",
    ["my_week"],
    ask("en", "What should I prioritise this week?", ["my_week"], { facts: [fact("my_week", "items.0.accountName")] }),
  ),
  c(
    "zh",
    "rep1",
    ["list_actions"],
    ask("zh", "哪些行动逾期了？", ["list_actions"], { args: { overdueOnly: eq(true) } }),
  ),
  c("en", "rep1", ["list_actions"], ask("en", "Which actions are due this week?", ["list_actions"])),
  c(
    "zh",
    "rep1",
    ["update_action", "write", "multi-turn"],
    ask("zh", "给华东医疗集团加一个行动：明天给程刚打电话", ["add_action"], { confirm: true }),
    decide("zh", "approve", "add_action"),
    ask("zh", "把第一项行动标记为完成", ["update_action"], {
      confirm: true,
      args: { position: eq(1), status: eq("done") },
    }),
    decide("zh", "reject", "update_action"),
  ),
  c(
    "en",
    "rep1",
    ["update_action", "write", "multi-turn"],
    ask("en", "Add an action for ECMG: call 程刚 tomorrow", ["add_action"], { confirm: true }),
    decide("en", "approve", "add_action"),
    ask("en", "Mark the first action as done", ["update_action"], {
      confirm: true,
      args: { position: eq(1), status: eq("done") },
    }),
    decide("en", "reject", "update_action"),
  ),
  c(
    "zh",
    "rep1",
    ["last_contact", "contacts"],
    ask("zh", "上次拜访程刚是什么时候", ["last_contact"], { facts: [fact("last_contact", "last.at")] }),
  ),
  c(
    "en",
    "rep1",
    ["last_contact", "contacts"],
    ask("en", "When did I last visit 程刚?", ["last_contact"], { facts: [fact("last_contact", "last.at")] }),
  ),
  c(
    "zh",
    "rep1",
    ["competitor_deals"],
    ask("zh", "联创在跟我们抢哪些单？", ["competitor_deals"], {
      args: { competitor: eq("联创影像"), status: eq("open") },
    }),
  ),
  c(
    "en",
    "rep1",
    ["competitor_deals"],
    ask("en", "Which deals did we lose to Orbis?", ["competitor_deals"], {
      args: { competitor: eq("寰宇医疗"), status: eq("lost") },
    }),
  ),
  c(
    "zh",
    "rep1",
    ["stale_accounts"],
    ask("zh", "哪些客户一个月没联系了？", ["stale_accounts"], {
      args: { days: eq(30) },
      facts: [fact("stale_accounts", "total", "number")],
    }),
  ),
  c(
    "en",
    "rep1",
    ["stale_accounts"],
    ask("en", "Which of my accounts haven't been contacted in the last month?", ["stale_accounts"], {
      args: { days: eq(30) },
      facts: [fact("stale_accounts", "total", "number")],
    }),
  ),
  c(
    "zh",
    "rep1",
    ["receivables"],
    ask("zh", "哪些款还没到期？", ["receivables"], {
      args: { due: eq("not_due") },
      facts: [fact("receivables", "totals.notDue", "number")],
    }),
  ),
  c(
    "en",
    "rep1",
    ["receivables"],
    ask("en", "How much are we owed across my accounts?", ["receivables"], {
      args: { due: eq("all") },
      facts: [fact("receivables", "totals.unpaid", "number")],
    }),
  ),
  c(
    "zh",
    "rep1",
    ["find_deals"],
    ask("zh", "谈判阶段的单子有哪些 按金额排一下", ["find_deals"], {
      args: { stages: eq(["negotiation"]), sortBy: eq("amount") },
      facts: [fact("find_deals", "totalAmount", "number")],
    }),
  ),
  c(
    "en",
    "rep1",
    ["find_deals"],
    ask("en", "deals over 1M still open?", ["find_deals"], {
      args: { minAmount: eq(1_000_000), status: eq("open") },
      facts: [fact("find_deals", "total", "number")],
    }),
  ),
  c(
    "zh",
    "rep1",
    ["account_timeline", "dates"],
    ask("zh", "华东医疗集团这个月发生了什么？", ["account_timeline"], { args: { accountId: acc(ECMG) } }),
  ),
  c(
    "en",
    "rep1",
    ["account_timeline", "dates"],
    ask("en", "What happened at ECMG this month?", ["account_timeline"], { args: { accountId: acc(ECMG) } }),
  ),
  c(
    "zh",
    "rep1",
    ["attainment"],
    ask("zh", "今年目标完成得怎么样？", ["attainment"], { facts: [fact("attainment", "total.won", "money")] }),
  ),
  c(
    "en",
    "rep1",
    ["attainment"],
    ask("en", "How are we doing against target this year?", ["attainment"], {
      facts: [fact("attainment", "total.won", "money")],
    }),
  ),
  c("zh", "manager", ["my_week", "manager"], ask("zh", "张静的客户情况", ["my_week"], { args: { rep: eq("张静") } })),
  c(
    "en",
    "manager",
    ["my_week", "manager"],
    ask("en", "How are 张静's accounts this week?", ["my_week"], { args: { rep: eq("张静") } }),
  ),
];
