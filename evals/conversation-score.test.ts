import { describe, expect, it } from "vitest";
import type { TurnResponse } from "../src/agent/runtime";
import { gradeTurn } from "./conversation-score";

const ids = new Map([
  ["甲公司", "a"],
  ["乙公司", "b"],
]);

function reply(text: string, extra: Partial<TurnResponse["reply"]> = {}, calls: TurnResponse["toolCalls"] = []) {
  return { reply: { text, language: "zh", cards: [], ...extra }, toolCalls: calls } as unknown as TurnResponse;
}

describe("grading a conversation turn", () => {
  it("reads English data shown as recorded as data, and a lone lowercase word as a leaked code", () => {
    const source = JSON.stringify({ deal: "Meridian LC-MS/MS capacity expansion", stage: "dormant" });
    const data = gradeTurn(reply("商机「Meridian LC-MS/MS capacity expansion」在报价阶段"), {}, "zh", ids, [source]);
    expect(data.codesFree).toBe(true);
    const code = gradeTurn(reply("合作阶段「dormant」"), {}, "zh", ids, [source]);
    expect(code.codesFree).toBe(false);
    // A note quoted whole as recorded is the record, its lone lowercase words too; the same word outside it is not.
    const recorded = JSON.stringify({ summary: "刘工说下周要看demo" });
    expect(gradeTurn(reply("最近动态: 拜访：“刘工说下周要看demo”"), {}, "zh", ids, [recorded]).codesFree).toBe(true);
    expect(gradeTurn(reply("最近动态: 拜访：“刘工说要看demo”"), {}, "zh", ids, [recorded]).codesFree).toBe(false);
    // The same money written another way than the case lists is the same fact; another sum is not.
    const money = gradeTurn(
      reply("1 account, CNY 900k overdue in all", { language: "en" }),
      { has: ["900,000|0.9M|90万|900000"] },
      "en",
      ids,
      [],
    );
    expect(money.problems).toEqual([]);
    const other = gradeTurn(
      reply("1 account, CNY 800k overdue", { language: "en" }),
      { has: ["900,000|0.9M|90万|900000"] },
      "en",
      ids,
      [],
    );
    expect(other.problems).toEqual(['missing "900,000|0.9M|90万|900000"']);
    expect(gradeTurn(reply("12月8日截止"), { has: ["12|December"] }, "zh", ids, []).problems).toEqual([]);
    // A note recorded in English, quoted whole, names and all: data shown as recorded.
    const note = "Park Ji-woo says Fjordmarin Coatings offered a 5% rebate and free technical service";
    const quotedNote = gradeTurn(reply(`记录里关于价格：“${note}”`), {}, "zh", ids, [
      "Park Ji-woo",
      `{"summary":"${note}"}`,
    ]);
    expect(quotedNote.codesFree).toBe(true);
    // The user's own lowercase word said back is theirs; the same word unasked is a leak.
    const typed = reply("请确认：添加行动「给何静怡打电话约demo」");
    expect(gradeTurn(typed, {}, "zh", ids, [source], "明天给何静怡打电话约demo").codesFree).toBe(true);
    expect(gradeTurn(typed, {}, "zh", ids, [source], "明天给何静怡打电话").codesFree).toBe(false);
    const sentence = gradeTurn(reply("没有找到 No accounts match your filters"), {}, "zh", ids, [source]);
    expect(sentence.codesFree).toBe(false);
  });

  it("takes a question back as the answer when the turn wants choices, and misses it otherwise", () => {
    const choices = reply("你指的是哪一个？", { cards: [{ kind: "choices", data: { options: [] } }] as never });
    const want = { acc: ["甲公司", "乙公司"], has: ["哪一个"] };
    expect(gradeTurn(choices, { ...want, card: "choices" }, "zh", ids, []).problems).toEqual([]);
    expect(gradeTurn(choices, want, "zh", ids, []).problems).toEqual(["no account used"]);
  });

  it("compares wanted and forbidden text without case", () => {
    const r = reply("Receivables: CNY 300k unpaid; Not found elsewhere", { language: "en" } as never);
    expect(gradeTurn(r, { has: ["300K|0.3M"], not: ["NOT FOUND"] }, "en", ids, []).problems).toEqual([
      'contains "NOT FOUND"',
    ]);
  });

  it("wants one of a few named accounts used, and reads a longer list as the scope a list may show", () => {
    const many = new Map([...ids, ["丙公司", "c"], ["丁公司", "d"], ["戊公司", "e"]]);
    const list = reply("共5个客户");
    expect(gradeTurn(list, { acc: ["甲公司"] }, "zh", many, []).problems).toEqual(["no account used"]);
    // A list that shows a subject answers about it; the others it shows are its scope, not a wrong account.
    const shown = reply("共2个客户", {}, [
      { name: "find_accounts", args: {}, result: { items: [{ id: "a" }, { id: "c" }] } },
    ]);
    const graded = gradeTurn(shown, { acc: ["甲公司", "乙公司"] }, "zh", many, []);
    expect([graded.problems, graded.wrongAccount]).toEqual([[], false]);
    const elsewhere = reply("共1个客户", {}, [{ name: "find_accounts", args: {}, result: { items: [{ id: "c" }] } }]);
    expect(gradeTurn(elsewhere, { acc: ["甲公司"] }, "zh", many, []).problems).toEqual(["no account used"]);
    expect(
      gradeTurn(list, { acc: ["甲公司", "乙公司", "丙公司", "丁公司", "戊公司"] }, "zh", many, []).problems,
    ).toEqual([]);
  });

  it("counts a list of a rival's deals that shows the account asked about as using it", () => {
    const many = new Map([
      ["甲公司", "a1"],
      ["乙公司", "a2"],
    ]);
    const deals = reply("对手在抢的单子", {}, [
      { name: "competitor_deals", args: {}, result: { items: [{ accountId: "a1", name: "甲项目" }] } },
    ] as never);
    expect(gradeTurn(deals, { acc: ["甲公司"] }, "zh", many, []).problems).toEqual([]);
    expect(gradeTurn(deals, { acc: ["乙公司"] }, "zh", many, []).problems).toEqual(["no account used"]);
    // A list of deals by stage, size or owner shows its deals' accounts the same way.
    const listed = reply("黄伟健手上的单子", {}, [
      { name: "find_deals", args: {}, result: { items: [{ accountId: "a2", name: "乙项目" }] } },
    ] as never);
    expect(gradeTurn(listed, { acc: ["乙公司"] }, "zh", many, []).problems).toEqual([]);
    expect(gradeTurn(listed, { acc: ["甲公司"] }, "zh", many, []).problems).toEqual(["no account used"]);
  });

  it("counts a forecast's deals closing in the period asked about as showing their accounts, and nothing else of it", () => {
    const many = new Map([
      ["甲公司", "a1"],
      ["乙公司", "a2"],
    ]);
    const closing = { closing: [{ accountId: "a1", name: "甲项目" }], forecast: {} };
    const forecast = reply("年底前能签的单子", {}, [{ name: "forecast", args: {}, result: closing }] as never);
    expect(gradeTurn(forecast, { acc: ["甲公司", "乙公司"] }, "zh", many, []).problems).toEqual([]);
    expect(gradeTurn(forecast, { acc: ["乙公司"] }, "zh", many, []).problems).toEqual(["no account used"]);
    const bare = reply("预测", {}, [{ name: "forecast", args: {}, result: { forecast: {} } }] as never);
    expect(gradeTurn(bare, { acc: ["甲公司"] }, "zh", many, []).problems).toEqual(["no account used"]);
  });
});
