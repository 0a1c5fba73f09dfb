import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";
import { isPinyinSentence, isPinyinWord } from "./pinyin-sentence";

describe("Chinese typed in pinyin, without a character", () => {
  it("reads a message of lowercase pinyin words as Chinese, so the reply is in Chinese", () => {
    for (const m of ["tianmu jituan zenme yang", "wo de kehu you naxie", "Hongda zuijin qingkuang"]) {
      expect(isPinyinSentence(m), m).toBe(true);
      expect(detectLanguage(m, m), m).toBe("zh");
    }
  });

  it("keeps English with pinyin names in it English (names are capitalised; short English words are English)", () => {
    for (const m of ["Bao Li status", "how is Tianmu doing", "any news", "Zhang Wei phone", "pls chk tianmu"]) {
      expect(isPinyinSentence(m), m).toBe(false);
      expect(detectLanguage(m, m), m).toBe("en");
    }
  });

  it("splits a word into pinyin syllables, four at most", () => {
    expect(isPinyinWord("zenmeyang")).toBe(true);
    expect(isPinyinWord("status")).toBe(false);
    expect(isPinyinWord("zhonghuarenmingonghe")).toBe(false);
  });
});
