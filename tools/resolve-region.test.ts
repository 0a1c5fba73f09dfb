import { describe, expect, it } from "vitest";
import { inRegion, resolveRegion } from "./resolve-region";

describe("resolveRegion", () => {
  it("translates English and pinyin province names to the Chinese name stored in regions", () => {
    expect(resolveRegion("Jiangsu")).toEqual({ ok: true, names: ["江苏"] });
    expect(resolveRegion("  zhejiang province ")).toEqual({ ok: true, names: ["浙江"] });
    expect(resolveRegion("Shàndōng")).toEqual({ ok: true, names: ["山东"] });
    expect(resolveRegion("Inner Mongolia")).toEqual({ ok: true, names: ["内蒙古"] });
    expect(resolveRegion("Hangzhou City")).toEqual({ ok: true, names: ["杭州"] });
  });

  it("keeps Shanxi and Shaanxi apart", () => {
    expect(resolveRegion("Shanxi")).toEqual({ ok: true, names: ["山西"] });
    expect(resolveRegion("Shaanxi")).toEqual({ ok: true, names: ["陕西"] });
  });

  it("uses Chinese as written, without its administrative suffix, with the English names of a known place", () => {
    expect(resolveRegion("江苏省")).toEqual({ ok: true, names: ["江苏", "jiangsu", "kiangsu"] });
    expect(resolveRegion("杭州")).toEqual({ ok: true, names: ["杭州", "hangzhou"] });
    expect(resolveRegion("长安镇")).toEqual({ ok: true, names: ["长安镇"] });
  });

  it("reads a country in either language as both, and several places as any of them", () => {
    expect(resolveRegion("马来西亚")).toEqual({ ok: true, names: ["马来西亚", "malaysia"] });
    expect(resolveRegion("Malaysia")).toEqual({ ok: true, names: ["马来西亚", "malaysia"] });
    // A city outside China likewise: 开罗 finds "Cairo, Egypt", "Ho Chi Minh City" finds 胡志明市.
    expect(resolveRegion("开罗")).toEqual({ ok: true, names: ["开罗", "cairo"] });
    expect(resolveRegion("Cairo")).toEqual({ ok: true, names: ["开罗", "cairo"] });
    expect(
      resolveRegion("hcmc").ok && inRegion("越南胡志明市第一郡", (resolveRegion("hcmc") as { names: string[] }).names),
    ).toBe(true);
    expect(resolveRegion("香港、新加坡")).toEqual({
      ok: true,
      names: ["香港", "hong kong", "xianggang", "新加坡", "singapore"],
    });
    expect(inRegion("Penang, Malaysia", ["马来西亚", "malaysia"])).toBe(true);
    // 海外 / "overseas": any region outside China, stored in Latin letters or naming a country.
    for (const asked of ["海外", "overseas", "国外"]) {
      const r = resolveRegion(asked);
      expect(r.ok).toBe(true);
      const names = r.ok ? r.names : [];
      expect(inRegion("Dubai, United Arab Emirates", names)).toBe(true);
      expect(inRegion("新加坡", names)).toBe(true);
      expect(inRegion("四川省成都市", names)).toBe(false);
    }
    // Word by word: "UK" is not in "Ukraine".
    expect(inRegion("Kyiv, Ukraine", ["英国", "uk"])).toBe(false);
  });

  it("reads a macro-region as its provinces, in either language", () => {
    const east = ["上海", "江苏", "浙江", "安徽", "福建", "江西", "山东"];
    expect(resolveRegion("华东地区")).toEqual({ ok: true, names: east });
    expect(resolveRegion("East China")).toEqual({ ok: true, names: east });
  });

  it("reports an English name it does not know instead of matching it against Chinese text", () => {
    expect(resolveRegion("Atlantis")).toEqual({ ok: false, asked: "Atlantis" });
    expect(resolveRegion("su")).toEqual({ ok: false, asked: "su" });
  });

  it("finds the resolved name anywhere in a stored region", () => {
    expect(inRegion("江苏省苏州市", ["江苏"])).toBe(true);
    expect(inRegion("浙江省杭州市", ["江苏"])).toBe(false);
    expect(inRegion(null, ["江苏"])).toBe(false);
  });
});
