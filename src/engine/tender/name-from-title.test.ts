import { describe, expect, it } from "vitest";
import { nameFromTitle } from "./name-from-title";

describe("nameFromTitle", () => {
  it("drops a correction's or supplement's own sequence number with its notice words", () => {
    expect(nameFromTitle("关于某县中学食堂改造工程招标的更正公告(二)")).toBe("某县中学食堂改造工程");
    expect(nameFromTitle("某区供水管网改造工程(第一批)补充通知(一)")).toBe("某区供水管网改造工程(第一批)");
    expect(nameFromTitle("某镇道路工程终止公告(第2次)")).toBe("某镇道路工程");
  });

  it("keeps a bracket that belongs to the name", () => {
    expect(nameFromTitle("某医院设备采购项目(第二次)招标公告")).toBe("某医院设备采购项目(第二次)");
  });

  it("drops the evaluation-result words of a candidate publicity (评标结果公示, 定标公示)", () => {
    expect(nameFromTitle("某县2026年河道清淤工程评标结果公示")).toBe("某县2026年河道清淤工程");
    expect(nameFromTitle("某镇卫生院改造工程定标公示")).toBe("某镇卫生院改造工程");
  });
});
