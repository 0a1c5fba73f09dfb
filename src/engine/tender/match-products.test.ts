import { describe, expect, it } from "vitest";
import type { Product } from "../types";
import { matchProducts } from "./match-products";
import { emptyNotice, type ParsedNotice } from "./schema";

const product = (
  sku: string,
  name: string,
  category: string | null = null,
  description: string | null = null,
): Product => ({
  sku,
  name,
  category,
  description,
  listPrice: null,
});

function notice(projectName: string, items: string[] = []): ParsedNotice {
  return { ...emptyNotice("zh"), type: "tender", projectName, items };
}

const catalogue = [
  product("AC-1", "变频分体空调", "暖通空调", "商用变频壁挂式空调及安装"),
  product("AQ-1", "便携式挥发性有机物分析仪", "环境监测", "VOC 气体检测"),
  product("FU-1", "办公家具", "家具", "办公桌椅、文件柜"),
];

describe("matchProducts", () => {
  it("finds the product whose words the notice uses", () => {
    const m = matchProducts(notice("深圳市某中学空调采购", ["3 匹冷暖变频壁挂式分体空调"]), catalogue);
    expect(m[0].sku).toBe("AC-1");
    expect(m[0].reasons[0]).toMatchObject({ code: "term_overlap" });
    expect(m.map((x) => x.sku)).not.toContain("FU-1");
  });

  it("does not return unrelated products", () => {
    expect(matchProducts(notice("某某街道绿化养护服务采购项目"), catalogue)).toEqual([]);
  });

  it("ignores procurement boilerplate words", () => {
    const boiler = [product("X", "采购项目服务", "服务", "项目公告")];
    expect(matchProducts(notice("某某采购项目公告服务"), boiler)).toEqual([]);
  });

  it("blends in the caller's vector similarity", () => {
    const lexical = matchProducts(notice("空气检测设备采购", ["便携式挥发性有机物气体分析仪"]), catalogue);
    const blended = matchProducts(notice("空气检测设备采购", ["便携式挥发性有机物气体分析仪"]), catalogue, {
      similarity: { "AQ-1": 0.9 },
    });
    const a = lexical.find((m) => m.sku === "AQ-1")!;
    const b = blended.find((m) => m.sku === "AQ-1")!;
    expect(b.reasons.map((r) => r.code)).toContain("vector_similarity");
    expect(b.score).not.toBe(a.score);
  });

  it("lets a very close vector alone through, but not a weak one", () => {
    const n = notice("Website redesign and maintenance");
    expect(matchProducts(n, catalogue, { similarity: { "FU-1": 0.95 } }).map((m) => m.sku)).toEqual(["FU-1"]);
    expect(matchProducts(n, catalogue, { similarity: { "FU-1": 0.5 } })).toEqual([]);
  });

  it("works for English notices", () => {
    const en = [product("MIC", "Confocal microscope", "Lab equipment", "Spinning-disc confocal microscopy system")];
    const n = { ...emptyNotice("en"), projectName: "Purchase a custom-built spinning-disc confocal microscope" };
    expect(matchProducts(n, en)[0]?.sku).toBe("MIC");
  });

  it("scores between 0 and 1 and does not depend on the catalogue's order", () => {
    const n = notice("空调及办公家具采购", ["变频空调", "办公桌椅"]);
    const a = matchProducts(n, catalogue);
    expect(a.map((m) => m.sku).sort()).toEqual(["AC-1", "FU-1"]);
    expect(a.every((m) => m.score > 0 && m.score <= 1)).toBe(true);
    expect(JSON.stringify(matchProducts(n, [...catalogue].reverse()))).toBe(JSON.stringify(a));
  });
});
