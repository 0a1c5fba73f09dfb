import { describe, expect, it } from "vitest";
import { cleanOrgName, looksLikeOrg } from "./clean-org-name";

describe("cleanOrgName", () => {
  it("cuts a name at the punctuation or stamp that ends it", () => {
    expect(cleanOrgName("重庆佳宏招标代理有限公司 2017年1月9日(单位公章)")).toBe("重庆佳宏招标代理有限公司");
    expect(cleanOrgName("南宁市公安局西乡塘分局;")).toBe("南宁市公安局西乡塘分局");
    expect(cleanOrgName("长兴县体育中心(长兴县少年儿童业余体校)")).toBe("长兴县体育中心(长兴县少年儿童业余体校)");
  });

  it("returns null for placeholders", () => {
    for (const v of ["/", "无", "见公告原文", "详见附件", "", null]) expect(cleanOrgName(v)).toBeNull();
  });

  it("keeps names that begin with a place starting with 无 (无锡, 无为, 无极, 无棣)", () => {
    for (const v of ["无锡江南梯控科技有限公司", "无为县人民医院", "无极县自来水公司", "无棣县城市管理局"])
      expect(cleanOrgName(v)).toBe(v);
  });
});

describe("looksLikeOrg", () => {
  it("accepts organisation endings and rejects labels and sentences", () => {
    expect(looksLikeOrg("山西饭店")).toBe(true);
    expect(looksLikeOrg("太原太重宾馆(有限公司)")).toBe(true);
    expect(looksLikeOrg("成交供应商")).toBe(false);
    expect(looksLikeOrg("其他事项")).toBe(false);
  });
});
