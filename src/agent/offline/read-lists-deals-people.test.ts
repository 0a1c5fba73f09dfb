import { describe, expect, it } from "vitest";
import { planOfflineCalls } from "../plan-offline";
import { ACCOUNTS } from "./test-fixtures";
import type { ContactRef } from "./types";
import { understandMessage } from "./understand-message";

const NOW = "2026-11-22T02:00:00Z";
const read = (message: string, contacts: ContactRef[] = []) =>
  understandMessage({
    message,
    now: NOW,
    accounts: ACCOUNTS,
    contacts,
    competitors: [{ name: "谱瑞仪器", aliases: ["谱瑞"] }],
  });

describe("how one names what is asked, read as the kind it is", () => {
  it("says back an organisation asked about by how it is doing or its news, when it is none of the user's", () => {
    expect(read("天一机床最近咋样").entities.unresolvedAccountText).toBe("天一机床");
    const news = read("Bursa Machine Tools - any news");
    expect([news.intent, news.entities.unresolvedAccountText]).toEqual(["account_timeline", "Bursa Machine Tools"]);
  });

  it("reads industries said in words (rail depots, 轨交, 私立医院) and the accounts most at risk", () => {
    expect(read("rail depots in my book").entities.industry).toBe("rail_transit");
    expect(read("轨交的客户").entities.industry).toBe("rail_transit");
    expect(read("我的私立医院客户有哪些").entities.industry).toBe("private_hospital");
    for (const m of ["Which accounts in the team are most at risk right now?", "哪几家风险最高"])
      expect(read(m).intent, m).toBe("at_risk_accounts");
  });

  it("lists a rival's deals when asked where it fights us (在哪几家跟我们抢, where are we up against X)", () => {
    for (const m of ["谱瑞在哪几家跟我们抢", "where are we up against purui"])
      expect(read(m).intent, m).toBe("competitor_deals");
    // A Chinese rival named by its head in pinyin, with an English trade word: the rival, no unknown account.
    const pinyin = read("Which deals are we fighting Purui Instruments on?");
    expect([pinyin.intent, pinyin.entities.competitor, pinyin.entities.unresolvedNames]).toEqual([
      "competitor_deals",
      "谱瑞仪器",
      undefined,
    ]);
  });

  it("asks which one when two contacts share surname and a three-character title (王护士长)", () => {
    const contacts: ContactRef[] = [
      { id: "w1", accountId: "renji", name: "王晓燕", title: "手术室护士长" },
      { id: "w2", accountId: "jsph", name: "王丽娟", title: "手术室护士长" },
    ];
    expect(read("王护士长电话多少", contacts).entities.ambiguousPerson?.contactIds).toEqual(["w1", "w2"]);
  });

  it("reads English titles against Chinese ones: a head nurse is a 护士长, Director Zhang a 主任 as well", () => {
    const contacts: ContactRef[] = [
      { id: "n1", accountId: "renji", name: "王晓燕", title: "手术室护士长" },
      { id: "z1", accountId: "renji", name: "张建国", title: "运维检修部主任" },
      { id: "z2", accountId: "jsph", name: "张海燕", title: "运维检修部主任" },
    ];
    expect(read("who is the operating-room head nurse at Renji", contacts).entities.contactIds).toEqual(["n1"]);
    expect(read("phone no. for Director Zhang, the O&M head", contacts).entities.ambiguousPerson?.contactIds).toEqual([
      "z1",
      "z2",
    ]);
  });

  it("reads surname + title typed in pinyin as the people of that title, never a typo of an account's name", () => {
    const contacts: ContactRef[] = [
      { id: "l1", accountId: "renji", name: "刘建明", title: "总工程师" },
      { id: "l2", accountId: "jsph", name: "刘晓东", title: "总工程师" },
    ];
    const accounts = [...ACCOUNTS, { id: "lm", name: "洛阳龙门重工机械有限公司", aliases: ["龙门重工"] }];
    const u = understandMessage({ message: "liu zonggong's number", now: NOW, accounts, contacts });
    expect([u.entities.accountIds, u.entities.ambiguousPerson?.contactIds]).toEqual([[], ["l1", "l2"]]);
  });

  it("reads a deal's new amount written without a unit (金额改300 is 300万; amount to 600,000) or after it (2.05M now)", () => {
    const amount = (m: string) => {
      const u = read(m);
      return [u.intent, u.entities.deal?.amount];
    };
    expect(amount("仁济那单金额改300")).toEqual(["update_opportunity", 3_000_000]);
    expect(amount("update the Renji deal amount to 600,000")).toEqual(["update_opportunity", 600_000]);
    expect(amount("Renji deal amount is 2.05M now")).toEqual(["update_opportunity", 2_050_000]);
  });

  it("reads a group and its hospitals as the group as a whole", () => {
    const message = "Give me an overview of the ECMG group and its hospitals.";
    const plan = planOfflineCalls(read(message), "t", "2026-11-22", { accounts: ACCOUNTS, contacts: [], message });
    expect(plan.calls[0]?.name).toBe("group_overview");
  });
});

describe("a list ranked by a figure", () => {
  it("reads the figure asked for the top of (战略价值最高的几家, top accounts by revenue, easiest to win)", () => {
    for (const [m, field] of [
      ["战略价值最高的几家", "strategic_value"],
      ["top accounts by revenue", "annual_revenue"],
      ["营收最大的客户排个序", "annual_revenue"],
      ["which accounts are easiest to win, top 5", "winnability"],
    ]) {
      const u = read(m);
      expect([u.intent, u.entities.sortBy], m).toEqual(["find_accounts", field]);
    }
  });

  it("asks no ranking where none is asked, and leaves a KPI question alone", () => {
    expect(read("我的客户有哪些").entities.sortBy).toBeUndefined();
    expect(read("what is our revenue by tier").intent).not.toBe("find_accounts");
  });
});
