import { describe, expect, it } from "vitest";
import { normaliseOrgName, orgBaseName } from "./normalise-org-name";

describe("normaliseOrgName", () => {
  it.each([
    ["浙江长兴市政建设有限公司", "浙江长兴市政建设"],
    ["航天信息股份有限公司", "航天信息"],
    ["湖北安永信工程咨询管理有限责任公司", "湖北安永信工程咨询管理"],
    ["Acme Co., Ltd.", "acme"],
    ["Siemens GmbH", "siemens"],
    ["Lexis Nexis Limited", "lexisnexis"],
    ["Example Holdings plc", "exampleholdings"],
    ["ＡＢＣ Inc.", "abc"],
  ])("normalises %s to %s", (name, want) => {
    expect(normaliseOrgName(name)).toBe(want);
  });

  it("drops the bracketed campus for the base name only", () => {
    expect(normaliseOrgName("某某医院（东院区）")).toBe("某某医院东院区");
    expect(orgBaseName("某某医院（东院区）")).toBe("某某医院");
  });
});
