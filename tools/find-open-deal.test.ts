import { describe, expect, it } from "vitest";
import { type DealRow, pickDeal } from "./find-open-deal";

const deal = (id: string, name: string, amount: number | null, status = "open") =>
  ({ id, name, amount, status }) as unknown as DealRow;

describe("pickDeal", () => {
  const two = [deal("a", "泓屹医药GLP合规LIMS", 1_200_000), deal("b", "泓屹医药生物分析液质联用仪", 2_800_000)];

  it("asks among several open deals when nothing tells them apart", () => {
    expect(pickDeal(two, {})).toMatchObject({ kind: "several" });
    expect(pickDeal(two, { amount: 2_400_000 })).toMatchObject({ kind: "several" });
  });

  it("picks the only deal an amount said to go down (or up) can be", () => {
    expect(pickDeal(two, { amount: 2_400_000, amountChange: "down" })).toMatchObject({
      kind: "one",
      deal: { id: "b" },
    });
    expect(pickDeal(two, { amount: 2_000_000, amountChange: "up" })).toMatchObject({ kind: "one", deal: { id: "a" } });
    // Both could come down to 100万: still asked.
    expect(pickDeal(two, { amount: 1_000_000, amountChange: "down" })).toMatchObject({ kind: "several" });
  });

  it("reads the deal's own word under filler words, and takes the only open deal", () => {
    const book = [deal("t", "星沙云仓蜂窝纸托盘", 750_000), deal("w", "星沙云仓纸箱", 300_000, "won")];
    expect(pickDeal(book, { dealHint: "那个托盘" })).toMatchObject({ kind: "one", deal: { id: "t" } });
    expect(pickDeal(book, { dealHint: "冷库" })).toMatchObject({ kind: "one", deal: { id: "t" } });
    expect(pickDeal([...two, ...book], { dealHint: "那个托盘" })).toMatchObject({ kind: "one", deal: { id: "t" } });
  });

  it("fits a Chinese word of three characters by its first two ('烘干机' said of 烘干中心)", () => {
    const farm = [deal("d", "沙洋农场植保无人机10台", 900_000), deal("h", "沙洋农场烘干中心8台", 2_100_000)];
    expect(pickDeal(farm, { dealHint: "烘干机" })).toMatchObject({ kind: "one", deal: { id: "h" } });
    expect(pickDeal(farm, { dealHint: "插秧机" })).toMatchObject({ kind: "several" });
  });
});
