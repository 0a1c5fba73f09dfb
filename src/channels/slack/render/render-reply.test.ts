import { describe, expect, it } from "vitest";
import type { Card, Reply } from "../../../agent/cards";
import { sampleCards, samplePowerMapCard } from "../../web/sample-cards";
import { renderReply } from "./render-reply";
import { when } from "./text";

const TODAY = new Date(2026, 10, 22);
const OPTS = { threadId: "thread-1", today: "2026-11-22" };

/** Everything a person reads in the blocks. */
function shown(blocks: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.text === "string") out.push(o.text);
      for (const [k, x] of Object.entries(o)) if (k !== "value" && typeof x === "object") walk(x);
    }
  };
  walk(blocks);
  return out.join("\n");
}

const reply = (language: "zh" | "en", cards: Card[], text = "**华东精密制造有限公司** 的情况如下"): Reply => ({
  text,
  language,
  cards,
});

describe("renderReply (Block Kit)", () => {
  for (const lang of ["zh", "en"] as const)
    it(`renders every card kind in ${lang}`, () => {
      const choices: Card = {
        kind: "choices",
        data: { question: "“华东”", options: [{ label: "华东医疗集团", message: "华东医疗集团的评分" }] },
      };
      const accounts: Card = {
        kind: "accounts",
        data: { items: [{ id: "a1", name: "华东医疗集团有限公司", tier: "S", total: 81.25, strategy: "retain" }] },
      };
      const table: Card = {
        kind: "table",
        title: "逾期回款",
        data: { columns: ["客户", "金额", "到期"], rows: [["华东医疗集团有限公司", 860000, "2026-10-14"]] },
      };
      const msg = renderReply(reply(lang, [...sampleCards(TODAY), accounts, table, choices]), OPTS);
      expect(msg.blocks.length).toBeLessThanOrEqual(50);
      expect(msg.blocks).toMatchSnapshot();
    });

  it("shows labels, not codes, and dates in words", () => {
    const zh = shown(renderReply(reply("zh", sampleCards(TODAY)), OPTS).blocks);
    expect(zh).not.toMatch(/\b(late_payment|competitor_stronger|shareOfWallet|decision_maker|open_tender|grow)\b/);
    expect(zh).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(zh).toContain("截止时间 11月26日 09:30（还剩 4 天）");
    expect(zh).toContain("回款逾期");
    const en = shown(renderReply(reply("en", sampleCards(TODAY)), OPTS).blocks);
    expect(en).toContain("deadline Nov 26, 09:30 (4 days left)");
    expect(en).toContain("late payment");
    expect(en).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Another year's day carries its year.
    expect(when("2027-01-05", "zh", "2026-11-22")).toBe("2027年1月5日");
    expect(when("2027-01-05T09:30", "en", "2026-11-22")).toBe("Jan 5, 2027, 09:30");
  });

  it("lists the power map by reporting line, with stance and the suggested next contact", () => {
    const text = shown(renderReply(reply("zh", [samplePowerMapCard()], ""), OPTS).blocks);
    const lines = text.split("\n");
    const at = (name: string) => lines.findIndex((l) => l.includes(`*${name}*`));
    expect(at("张总")).toBeLessThan(at("李明"));
    expect(at("李明")).toBeLessThan(at("赵工"));
    expect(lines[at("赵工")]).toMatch(/^\s*↳/);
    expect(lines[at("王磊")]).toContain("🔴 反对");
    expect(lines[at("王磊")]).toContain("阻碍者");
    expect(text).toContain("建议下一步联系");
    expect(text).toContain("*张总*（通过 李明）");
  });

  it("stays within Slack's limits, keeps the buttons and links to the rest in Furrow", () => {
    const big = samplePowerMapCard() as Extract<Card, { kind: "powerMap" }>;
    const contacts = Array.from({ length: 400 }, (_, i) => ({
      ...big.data.contacts[0],
      id: `c${i}`,
      name: `联系人${i}`,
    }));
    const huge: Card = { ...big, data: { ...big.data, contacts, edges: [] } };
    const confirm = sampleCards(TODAY).find((c) => c.kind === "confirm") as Card;
    const cards = [huge, ...Array.from({ length: 20 }, () => sampleCards(TODAY)[0]), confirm];
    const msg = renderReply(reply("zh", cards, "很长的回答。".repeat(2000)), {
      ...OPTS,
      publicUrl: "https://furrow.example.com",
    });
    expect(msg.blocks).toHaveLength(50);
    for (const b of msg.blocks as { type: string; text?: { text: string } }[])
      if (b.type === "section" && b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(msg.blocks.at(-1)).toMatchObject({ type: "actions" });
    expect(shown(msg.blocks.slice(-3))).toContain("<https://furrow.example.com|更多内容请在 Furrow 中查看>");
    expect(msg.text.length).toBeLessThanOrEqual(3000);
    const noLink = renderReply(reply("en", cards), OPTS);
    expect(shown(noLink.blocks)).toContain("Shortened; the full answer is in Furrow.");
  });

  it("shows outside text as text: no channel-wide pings or links from data", () => {
    const card: Card = {
      kind: "accounts",
      data: { items: [{ id: "x", name: "<!channel> <https://evil.example|点我>", tier: "B", total: 50 }] },
    };
    const text = shown(renderReply(reply("zh", [card], "<!here> 请看"), OPTS).blocks);
    expect(text).not.toContain("<!channel>");
    expect(text).not.toContain("<!here>");
    expect(text).not.toContain("<https://evil.example");
    expect(text).toContain("&lt;!channel&gt;");
  });
});
