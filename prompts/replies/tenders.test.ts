import { describe, expect, it } from "vitest";
import type { TenderMatchesResult } from "../../tools/tender-matches";
import { tenderMatchesReply } from "./tenders";

const match = (requirements: string[]) =>
  ({
    total: 1,
    items: [
      {
        kind: "open_tender",
        accountName: "南粤商业银行股份有限公司",
        projectName: "网点能耗监测平台采购项目",
        deadline: "2026-12-10T09:30",
        winner: null,
        requirements,
        predicted: { value: 2_500_000, winProbability: 0.46, window: { from: "2026-12-10", to: "2026-12-10" } },
      },
    ],
  }) as unknown as TenderMatchesResult;

describe("an open tender's requirements in a reply", () => {
  it("quotes the notice's own words in a reply of their language", () => {
    expect(tenderMatchesReply(match(["所投平台须通过国产化（信创）环境适配"]), "zh")).toContain(
      "资格要求：“所投平台须通过国产化（信创）环境适配”",
    );
  });

  it("gives a count, not a foreign sentence, in a reply of the other language", () => {
    const zh = tenderMatchesReply(match(["Bidders must hold a valid NMPA registration certificate"]), "zh");
    expect(zh).toContain("资格要求：公告列有1条（英文原文）");
    expect(zh).not.toContain("Bidders must");
    const en = tenderMatchesReply(match(["所投平台须通过国产化（信创）环境适配"]), "en");
    expect(en).toContain("Requirements: 1 in the notice (written in Chinese)");
  });
});

describe("a competitor's win in a reply", () => {
  const win = {
    total: 1,
    items: [
      {
        kind: "competitor_win",
        accountName: "江门新会海湾冷链物流园有限公司",
        projectName: "冷库屋顶分布式光伏项目",
        deadline: null,
        winner: "绿擎能源科技(东莞)有限公司",
        awardAmount: 1_420_000,
        requirements: [],
        predicted: { value: 1_500_000, winProbability: 0.1, window: { from: "2027-07-12", to: "2027-11-12" } },
      },
    ],
  } as unknown as TenderMatchesResult;

  it("says who won and for how much, in words, in either language", () => {
    expect(tenderMatchesReply(win, "zh")).toContain("中标方：绿擎能源科技(东莞)有限公司，中标金额142万元，");
    expect(tenderMatchesReply(win, "en")).toContain("won by 绿擎能源科技(东莞)有限公司 for CNY 1.42M, ");
  });
});
