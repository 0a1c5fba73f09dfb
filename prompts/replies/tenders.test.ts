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
