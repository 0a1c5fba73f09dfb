import { describe, expect, it } from "vitest";
import { stripLegalSuffix } from "./strip-legal-suffix";

describe("stripLegalSuffix", () => {
  it("drops legal forms in Chinese and English, keeping 集团", () => {
    expect(stripLegalSuffix("苏州康诺医疗器械有限公司")).toBe("苏州康诺医疗器械");
    expect(stripLegalSuffix("华东医疗集团有限公司")).toBe("华东医疗集团");
    expect(stripLegalSuffix("Meridian Health Co., Ltd.")).toBe("Meridian Health");
  });

  it("drops the forms of Malaysia, Singapore, Australia and the UK", () => {
    expect(stripLegalSuffix("Sentosa Resort Facilities Pte Ltd")).toBe("Sentosa Resort Facilities");
    expect(stripLegalSuffix("Penang Precision Moulding Sdn Bhd")).toBe("Penang Precision Moulding");
    expect(stripLegalSuffix("Southern Cross Dairy Trading Pty Ltd")).toBe("Southern Cross Dairy Trading");
    expect(stripLegalSuffix("Harrowgate Holdings PLC")).toBe("Harrowgate Holdings");
  });

  it("drops a Latin form only as a word of its own", () => {
    expect(stripLegalSuffix("Acme Zinc")).toBe("Acme Zinc");
    expect(stripLegalSuffix("Compte")).toBe("Compte");
  });
});
