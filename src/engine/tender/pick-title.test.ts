import { describe, expect, it } from "vitest";
import { pickTitle } from "./pick-title";

describe("pickTitle", () => {
  it("joins heading lines up to the one that closes the title", () => {
    expect(pickTitle(["某某光伏发电项目", "设计采购施工总承包", "招标公告", "招标编号:X"])).toBe(
      "某某光伏发电项目设计采购施工总承包招标公告",
    );
  });

  it("skips breadcrumbs and a bare date but keeps a title that starts with a year", () => {
    expect(pickTitle(["首页--信息公告--正文", "2021-06-28", "2021年某某桥梁检测项目招标公告"])).toBe(
      "2021年某某桥梁检测项目招标公告",
    );
  });

  it("returns the first heading alone when nothing closes it", () => {
    expect(pickTitle(["某某工程施工监理", "标段名称 | 某某工程施工监理"])).toBe("某某工程施工监理");
  });

  it("returns null when the notice opens with a label or a sentence", () => {
    expect(pickTitle(["项目名称:某某项目"])).toBeNull();
    expect(pickTitle(["受某某局委托,某某公司对某某项目进行招标,现欢迎供应商参加。"])).toBeNull();
  });
});
