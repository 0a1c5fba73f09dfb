import { describe, expect, it } from "vitest";
import { contractEnd } from "./contract-end";
import { emptyNotice } from "./schema";

const notice = (o: { contractPeriod?: string; contractEnd?: string; projectName?: string }) => ({
  ...emptyNotice("zh"),
  ...o,
});

describe("contractEnd", () => {
  it("uses an explicit end date", () => {
    expect(contractEnd(notice({ contractEnd: "2027-12-13" }), "2025-01-01")).toBe("2027-12-13");
    expect(contractEnd(notice({ contractPeriod: "2021年7月1日至2022年6月30日" }), "2021-06-01")).toBe("2022-06-30");
  });

  it("adds a printed duration to the start", () => {
    expect(contractEnd(notice({ contractPeriod: "服务期1年" }), "2021-07-01")).toBe("2022-06-30");
    expect(contractEnd(notice({ contractPeriod: "服务期限:三年" }), "2021-07-01")).toBe("2024-06-30");
    expect(contractEnd(notice({ contractPeriod: "合同签订之日起60日内完成" }), "2021-05-01")).toBe("2021-06-30");
  });

  it("reads a service year from the project name", () => {
    expect(contractEnd(notice({ projectName: "2021年度物业管理服务采购" }), "2021-03-01")).toBe("2021-12-31");
  });

  it("returns null when the notice says nothing about the term", () => {
    expect(contractEnd(notice({ projectName: "空调采购" }), "2021-03-01")).toBeNull();
  });
});
