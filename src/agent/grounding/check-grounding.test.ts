import { describe, expect, it } from "vitest";
import { checkGrounding } from "./check-grounding";

const result = {
  account: { name: "华东医疗集团", revenue12m: 12_345_678, shareOfWallet: 0.324 },
  score: { total: 82.46, tier: "A" },
  actions: [{ title: "拜访王院长", due: "2026-12-03" }],
};

describe("checkGrounding", () => {
  it("accepts numbers shown rounded, in 万 and as percentages, and dates in either form", () => {
    const text =
      "华东医疗集团近12个月收入1,234.6万元（约12,345,678元），钱包份额32.4%，得分82.5，12月3日拜访王院长（2026-12-03）。";
    expect(checkGrounding(text, [result], ["华东医疗集团"])).toEqual({ ok: true, ungrounded: [] });
  });

  it("reads a strength out of five by its score, the scale being the template's, in both languages", () => {
    const r = { contact: { ourStrength: 1, competitorStrength: 4 } };
    expect(checkGrounding("我方关系 1/5；竞品关系 4/5", [r]).ok).toBe(true);
    expect(checkGrounding("our relationship 1/5", [r]).ok).toBe(true);
    expect(checkGrounding("our relationship 3/5", [r])).toEqual({ ok: false, ungrounded: ["3"] });
  });

  it("flags a number no tool returned", () => {
    const out = checkGrounding("得分90分，收入1,234.6万元", [result]);
    expect(out.ok).toBe(false);
    expect(out.ungrounded).toContain("90");
  });

  it("flags a date and a known name that are not in the results", () => {
    const out = checkGrounding(
      "Meet 李主任 at 杭州市第一人民医院 on 2026-12-09.",
      [result],
      ["杭州市第一人民医院", "华东医疗集团"],
    );
    expect(out.ungrounded.sort()).toEqual(["2026-12-09", "杭州市第一人民医院"].sort());
  });

  it("does not mistake list markers for facts, but does count list lengths as facts", () => {
    expect(checkGrounding("1. 拜访王院长\n共1项行动", [result]).ok).toBe(true);
    expect(checkGrounding("共7项行动", [result]).ok).toBe(false);
  });
});

describe("checkGrounding with names that carry digits", () => {
  const tenders = { matches: [{ title: "钱塘儿童医院4K荧光内镜系统采购项目", budget: 5_200_000 }] };

  it("takes a title copied from a result as it is, digits included", () => {
    expect(checkGrounding("招标中：钱塘儿童医院4K荧光内镜系统采购项目，预计520万元", [tenders]).ok).toBe(true);
  });

  it("still flags the same figure said outside the title", () => {
    const out = checkGrounding("钱塘儿童医院4K荧光内镜系统采购项目，共4K台", [tenders]);
    expect(out.ungrounded).toEqual(["4K"]);
  });

  it("takes a date inside a note copied from a result as part of the note, and flags it said on its own", () => {
    const note = { lastInteraction: { date: "2026-11-20", summary: "薛婷婷确认测试达标，希望12月10日前签约" } };
    expect(checkGrounding("上次接触：2026年11月20日：薛婷婷确认测试达标，希望12月10日前签约", [note]).ok).toBe(true);
    expect(checkGrounding("她说12月10日前签约", [note]).ungrounded).toEqual(["12月10日"]);
  });
});
