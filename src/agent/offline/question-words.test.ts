import { describe, expect, it } from "vitest";
import { questionWords } from "./question-words";

describe("the topic words of a question about an account", () => {
  it("keeps the words that say what is asked, in zh and en", () => {
    expect(questionWords("◆那边导管进院要过啥会")).toContain("导管");
    expect(questionWords("◆那个sample啥时候要")).toContain("sample");
    expect(questionWords("whats nordlager offering them")).toEqual(expect.arrayContaining(["nordlager", "offering"]));
    expect(questionWords("Why hasn't ◆ paid the logistics invoice yet?")).toEqual(
      expect.arrayContaining(["logistics", "invoice"]),
    );
  });

  it("leaves out asking, time and filler words, contractions, and anything when nothing is asked", () => {
    expect(questionWords("◆最近咋样")).toEqual([]);
    expect(questionWords("how is ◆ doing these days?")).toEqual([]);
    expect(questionWords("Why hasn't ◆ paid?")).not.toContain("hasn't");
    expect(questionWords("把◆的导管单子金额改成300万")).toEqual([]);
  });
});
