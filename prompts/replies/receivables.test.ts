import { describe, expect, it } from "vitest";
import type { ReceivablesResult } from "../../tools/receivables";
import { receivablesReply } from "./receivables";

const item = (name: string, overdue: number, overdueSince: string | null, overdueDays: number) => ({
  accountId: name,
  name,
  unpaid: overdue + 100_000,
  overdue,
  notDue: 100_000,
  nextDueAt: "2026-12-10",
  nextDueAmount: 100_000,
  overdueSince,
  overdueDays,
});

const owed: ReceivablesResult = {
  due: "all",
  total: 2,
  totals: { unpaid: 2_000_000, overdue: 1_800_000, notDue: 200_000 },
  items: [item("德州粮库", 1_800_000, "2026-10-15", 38), item("聊城物流园", 0, null, 0)],
  more: 0,
};

describe("receivablesReply", () => {
  it("says since when each account's overdue money has been owed, in words, in either language", () => {
    const zh = receivablesReply(owed, "zh");
    expect(zh).toContain(
      "1. 德州粮库 — 未回款190万元，逾期180万元（最早2026年10月15日到期，已逾期38天），下一笔10万元于2026年12月10日到期",
    );
    expect(zh).toContain("2. 聊城物流园 — 未回款10万元，下一笔");
    expect(zh).not.toContain("2026-10-15");
    const en = receivablesReply(owed, "en");
    expect(en).toContain("CNY 1.8M overdue (oldest due Oct 15, 2026, 38 days late)");
    expect(en).not.toMatch(/聊城物流园 — [^\n]*overdue/);
  });

  it("says how many accounts are left out when only the first is shown", () => {
    const first: ReceivablesResult = { ...owed, items: owed.items.slice(0, 1), more: 1 };
    expect(receivablesReply(first, "zh")).toMatch(/1\. 德州粮库[^\n]*\n……另有1家$/);
    expect(receivablesReply(first, "en")).toMatch(/\n… and 1 more$/);
    expect(receivablesReply(owed, "zh")).not.toContain("另有");
  });
});
