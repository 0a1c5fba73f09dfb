import { describe, expect, it } from "vitest";
import { competitorSaid } from "./competitor-said";
import { understandMessage } from "./understand-message";

const RIVALS = [
  { name: "谱瑞仪器", aliases: ["谱瑞仪器股份有限公司", "Purui Instruments"] },
  { name: "汇测环境", aliases: ["Huice Environmental"] },
];
const NOW = "2026-11-22T02:00:00Z";

describe("deals a competitor is in", () => {
  it("finds a competitor by name, alias or the name without its trade word", () => {
    expect(competitorSaid("谱瑞在跟我们抢哪些单", RIVALS)).toBe("谱瑞仪器");
    expect(competitorSaid("deals we lost to Huice this year", RIVALS)).toBe("汇测环境");
    expect(competitorSaid("purui instruments again?", RIVALS)).toBe("谱瑞仪器");
    expect(competitorSaid("我们的单子", RIVALS)).toBeUndefined();
  });

  it("reads which of its deals are asked about, in both languages", () => {
    const read = (message: string) => {
      const u = understandMessage({ message, now: NOW, accounts: [], competitors: RIVALS });
      return [u.intent, u.entities.competitor, u.entities.competitorStatus];
    };
    expect(read("谱瑞在跟我们抢哪些单")).toEqual(["competitor_deals", "谱瑞仪器", "open"]);
    expect(read("今年输给汇测的单子有哪些")).toEqual(["competitor_deals", "汇测环境", "lost"]);
    expect(read("deals we lost to Huice this year")).toEqual(["competitor_deals", "汇测环境", "lost"]);
    expect(read("which deals is Purui fighting us on")).toEqual(["competitor_deals", "谱瑞仪器", "open"]);
    // A rival named with no outcome and no fight said: every deal with it, open and closed.
    expect(read("deals where Purui is in the mix")).toEqual(["competitor_deals", "谱瑞仪器", "all"]);
    expect(read("谱瑞的单子")).toEqual(["competitor_deals", "谱瑞仪器", "all"]);
  });
});
