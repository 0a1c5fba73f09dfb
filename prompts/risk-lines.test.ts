// Risk lines say what a risk is about (who, how much, how long) in the reader's language, wherever a list of risks is
// shown: the at-risk list, the briefing preview in chat, the weekly briefing's new risks; card notes show words.
import { describe, expect, it } from "vitest";
import type { AccountState, BookState } from "../src/briefing/book-state";
import { diffBook } from "../src/briefing/diff-book";
import type { Briefing } from "../src/services/briefing";
import { noteText } from "./labels";
import { atRiskReply } from "./replies/accounts";
import { briefingReply } from "./replies/book";

const risks = [
  { code: "late_payment", severity: "high", facts: { overdueUnpaidAmount: 95_000, maxOverdueDays: 7 }, people: [] },
  { code: "main_contact_left", severity: "medium", facts: { contactIds: ["c10"] }, people: ["彭刚"] },
];

describe("risk lines in words", () => {
  it("the at-risk list says the amount overdue and who left, in zh and en", () => {
    const r = {
      total: 1,
      items: [{ id: "a1", name: "襄阳铸造", tier: "B", churnScore: 61, churnLevel: "high", risks }],
    };
    const zh = atRiskReply(r, "zh");
    expect(zh).toContain("回款逾期（逾期未回款9.5万元，最长逾期7天）");
    expect(zh).toContain("关键联系人离职（彭刚）");
    const en = atRiskReply(r, "en");
    expect(en).toContain("late payment (CNY 95k overdue, oldest 7 days)");
    expect(en).toContain("main contact left (彭刚)");
    expect(en).not.toMatch(/late_payment|main_contact_left/);
  });

  it("the briefing preview's risk lines carry the same detail; an old briefing without it still reads", () => {
    const b: Briefing = {
      user: { id: "u", name: "唐宇", locale: "zh" },
      weekOf: "2026-11-16",
      atRisk: [
        {
          id: "a1",
          name: "襄阳铸造",
          churnScore: 61,
          churnLevel: "high",
          risks: risks.map((r) => r.code),
          riskDetails: risks.map(({ code, facts, people }) => ({ code, facts, people })),
        },
        { id: "a2", name: "洞庭冷链", churnScore: 40, churnLevel: "medium", risks: ["no_touch"] },
      ],
      tierChanges: [],
      tenders: [],
      actionsDue: [],
    };
    const zh = briefingReply(b, "zh");
    expect(zh).toContain("逾期未回款9.5万元");
    expect(zh).toContain("彭刚");
    expect(zh).toContain("长期未联系");
    expect(briefingReply(b, "en")).toContain("CNY 95k overdue");
  });

  it("a new risk in the weekly briefing keeps its figures and people from the current book", () => {
    const acc = (withRisk: boolean): AccountState => ({
      name: "A",
      ownerId: "u1",
      tier: "B",
      total: 60,
      dims: {},
      risks: withRisk ? { main_contact_left: "medium" } : {},
      riskDetails: withRisk ? { main_contact_left: { facts: { contactIds: ["c10"] }, people: ["彭刚"] } } : {},
    });
    const state = (withRisk: boolean): BookState => ({
      asOf: "2026-11-16T00:00:00.000Z",
      accounts: { a1: acc(withRisk) },
      deals: {},
      tenders: [],
      left: {},
    });
    const changes = diffBook(state(false), state(true));
    expect(changes.newRisks).toEqual([
      {
        accountId: "a1",
        code: "main_contact_left",
        severity: "medium",
        facts: { contactIds: ["c10"] },
        people: ["彭刚"],
      },
    ]);
  });

  it("an at-risk card's note of risk codes reads as labels; any other note as written", () => {
    expect(noteText("late_payment, no_touch", "zh")).toBe("回款逾期、长期未联系");
    expect(noteText("late_payment, no_touch", "en")).toBe("late payment, no recent touch");
    expect(noteText("第一次合作", "en")).toBe("第一次合作");
    expect(noteText(undefined, "zh")).toBe("");
  });
});
