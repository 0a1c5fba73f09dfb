import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";

describe("detectLanguage", () => {
  it("reads a message with Chinese words as zh even with an English product name", () => {
    expect(detectLanguage("谈了PACS升级", "谈了PACS升级")).toBe("zh");
  });

  it("reads an English sentence with a Chinese place as en", () => {
    expect(detectLanguage("show my key accounts in 浙江", "show my key accounts in 浙江")).toBe("en");
  });

  it("keeps the conversation's language when the message is only an account name", () => {
    expect(detectLanguage("华东医疗集团", "", "en")).toBe("en");
    expect(detectLanguage("FAHZU", "", "zh")).toBe("zh");
  });

  it("falls back to the script of the name when there is no conversation yet", () => {
    expect(detectLanguage("华东医疗集团", "")).toBe("zh");
    expect(detectLanguage("FAHZU", "")).toBe("en");
  });
});
