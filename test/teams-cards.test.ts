import { describe, expect, it } from "vitest";
import type { Card } from "../src/agent/cards";
import { renderCard, replyActivity } from "../src/channels/teams/render-reply";
import { sampleCards } from "../src/channels/web/sample-cards";

const TODAY = "2026-11-22";

/** Every text a person reads on the card, one string. */
function shown(content: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown, key = "") => {
    if (typeof v === "string" && ["text", "title", "value"].includes(key)) out.push(v);
    else if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (k !== "data") walk(x, k);
  };
  walk(content);
  return out.join("\n");
}

describe("Furrow cards as Adaptive Cards 1.5", () => {
  for (const lang of ["zh", "en"] as const)
    it(`renders every card kind in ${lang} with words, not codes or ISO times`, () => {
      const cards: Card[] = [
        ...sampleCards(new Date(`${TODAY}T02:00:00Z`)),
        {
          kind: "accounts",
          data: { items: [{ id: "a1", name: "华东医疗集团有限公司", tier: "S", total: 81.25, strategy: "grow" }] },
        },
        {
          kind: "choices",
          data: {
            question: "你是指哪一个？",
            options: [{ label: "华东医疗集团有限公司", message: "华东医疗集团有限公司的客户评分" }],
          },
        },
      ];
      const kinds = new Set(cards.map((c) => c.kind));
      for (const kind of ["score", "powerMap", "plan", "tenders", "accounts", "confirm", "choices"])
        expect(kinds.has(kind as Card["kind"]), kind).toBe(true);
      for (const c of cards) {
        const out = renderCard(c, lang, "4f1c2f0e-3b5d-4a8e-9a51-1f1f1f1f1f1f", TODAY);
        expect(out.version).toBe("1.5");
        const text = shown(out);
        expect(text, c.kind).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
        expect(text, c.kind).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        if (lang === "zh") expect(text, c.kind).toMatch(/[\u4e00-\u9fff]/);
        expect(out).toMatchSnapshot(`${c.kind}-${lang}`);
      }
    });

  it("puts Approve/Reject on a write, carrying only the decision and the conversation", () => {
    const reply = {
      text: "请确认：给华东医疗集团添加行动",
      language: "zh" as const,
      cards: [
        { kind: "confirm", data: { tool: "add_action", summary: "添加行动", args: { accountId: "a1" } } },
      ] as Card[],
    };
    const act = replyActivity(reply, "4f1c2f0e-3b5d-4a8e-9a51-1f1f1f1f1f1f", TODAY);
    const actions = act.attachments?.[0].content as { actions: { type: string; data: Record<string, unknown> }[] };
    expect(actions.actions.map((a) => [a.type, a.data.decision])).toEqual([
      ["Action.Submit", "approve"],
      ["Action.Submit", "reject"],
    ]);
    expect(JSON.stringify(actions)).not.toContain("add_action");
  });
});
