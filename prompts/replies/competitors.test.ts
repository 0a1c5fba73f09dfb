import { describe, expect, it } from "vitest";
import type { CompetitorDealsResult } from "../../tools/competitor-deals";
import { competitorDealsReply } from "./competitors";

const deal = {
  opportunityId: "o1",
  name: "锦城疾控ICP-MS",
  accountId: "a1",
  accountName: "成都市锦城区疾病预防控制中心",
  competitor: "谱瑞仪器",
  status: "open" as const,
  stage: "proposal",
  amount: 1_750_000,
  expectedClose: "2026-12-18",
  closedAt: null,
};

describe("the deals a competitor is in, as words", () => {
  it("names the competitor, each deal's account, amount, stage and day, in both languages", () => {
    const r: CompetitorDealsResult = {
      competitor: "谱瑞仪器",
      status: "open",
      total: 1,
      amount: 1_750_000,
      items: [deal],
    };
    expect(competitorDealsReply(r, "zh")).toBe(
      "谱瑞仪器在跟我们抢的单子（1笔）：\n1. 成都市锦城区疾病预防控制中心 — 锦城疾控ICP-MS（175万元，报价/投标，预计2026年12月18日签）",
    );
    expect(competitorDealsReply(r, "en")).toContain("Deals open against 谱瑞仪器 (1):");
    expect(competitorDealsReply(r, "en")).not.toContain("proposal_");
  });

  it("says each competitor beside its deal when none was asked about, and says so when there are none", () => {
    const lost = { ...deal, status: "lost" as const, closedAt: "2026-08-20" };
    const all: CompetitorDealsResult = { competitor: null, status: "lost", total: 1, amount: 1_750_000, items: [lost] };
    expect(competitorDealsReply(all, "zh")).toContain("2026年8月20日丢单，对手谱瑞仪器");
    const none: CompetitorDealsResult = { competitor: "汇测环境", status: "lost", total: 0, amount: 0, items: [] };
    expect(competitorDealsReply(none, "zh")).toBe("你的客户里没有丢给汇测环境的单子记录。");
    expect(competitorDealsReply(none, "en")).toBe("No deals lost to 汇测环境 on your accounts.");
  });

  it('adds up several deals in the first line ("一共多少" next reads it)', () => {
    const two = [deal, { ...deal, opportunityId: "o2", name: "锦城疾控GC-MS", amount: 650_000 }];
    const r: CompetitorDealsResult = {
      competitor: "谱瑞仪器",
      status: "open",
      total: 2,
      amount: 2_400_000,
      items: two,
    };
    expect(competitorDealsReply(r, "zh")).toContain("谱瑞仪器在跟我们抢的单子（2笔，合计240万元）：");
    expect(competitorDealsReply(r, "en")).toContain("Deals open against 谱瑞仪器 (2, CNY 2.4M in all):");
  });
});
