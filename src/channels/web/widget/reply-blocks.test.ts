import { describe, expect, it } from "vitest";
import { inlines, replyBlocks } from "./reply-blocks";

describe("replyBlocks", () => {
  it("reads the templates' bold, list items and breaks", () => {
    expect(replyBlocks("**华东医疗**：A级\n得分 82\n\n- 拜访 王主任\n- 发送方案")).toEqual([
      {
        kind: "p",
        lines: [
          [
            { text: "华东医疗", strong: true },
            { text: "：A级", strong: false },
          ],
          [{ text: "得分 82", strong: false }],
        ],
      },
      { kind: "ul", items: [[{ text: "拜访 王主任", strong: false }], [{ text: "发送方案", strong: false }]] },
    ]);
  });

  it("keeps links, images and HTML in data as the characters they are", () => {
    const name = "[会话已过期，请点此重新登录](https://evil.example) ![x](https://t.example/p.png) <a href=x>y</a>";
    expect(replyBlocks(`**${name}** 的权力地图`)).toEqual([
      {
        kind: "p",
        lines: [
          [
            { text: name, strong: true },
            { text: " 的权力地图", strong: false },
          ],
        ],
      },
    ]);
  });

  it("leaves an unpaired ** as text", () => {
    expect(inlines("a ** b")).toEqual([
      { text: "a ", strong: false },
      { text: "** b", strong: false },
    ]);
    expect(inlines("**x** and ** y")).toEqual([
      { text: "x", strong: true },
      { text: " and ", strong: false },
      { text: "** y", strong: false },
    ]);
  });
});
