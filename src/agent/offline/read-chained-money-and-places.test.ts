// Kinds read for issue 18 in session 14, over the book in cold-chain-book.fixture.ts: choices picked by a place or a
// sound-alike, money won and lost asked as a total, a competitor's deals summed, the money longest past due, and people
// and money of the account just discussed.
import { describe, expect, it } from "vitest";
import { ACCOUNTS, CONTACTS, read, talk } from "./cold-chain-book.fixture";
import { pickChoice } from "./pick-choice";

describe("a choice picked by what the user types", () => {
  const accountChoices = [
    { label: "江西康元医药连锁有限公司", message: "江西康元医药连锁有限公司那单到哪步了" },
    { label: "湖南康元医药物流有限公司", message: "湖南康元医药物流有限公司那单到哪步了" },
  ];
  const personChoices = [
    { label: "张国庆（鄂州市中心医院，设备科主任）", message: "把鄂州市中心医院的张国庆号码发我" },
    { label: "张丽萍（武汉江汉仁济医院，设备科主任）", message: "把武汉江汉仁济医院的张丽萍号码发我" },
  ];

  it("picks the account in the place said ('长沙那个', 'the one in Changsha')", () => {
    expect(pickChoice("长沙那个", accountChoices, ACCOUNTS, CONTACTS)).toBe(accountChoices[1].message);
    expect(pickChoice("南昌的", accountChoices, ACCOUNTS, CONTACTS)).toBe(accountChoices[0].message);
    // A place both choices are in, or a new question with a place, picks nothing.
    expect(pickChoice("湖北那个", personChoices, ACCOUNTS, CONTACTS)).toBeNull();
    expect(pickChoice("长沙那个单子金额和对手都是啥情况", accountChoices, ACCOUNTS, CONTACTS)).toBeNull();
  });

  it("picks the person whose account is typed by its sound ('仁记的' for 仁济)", () => {
    expect(pickChoice("仁记的", personChoices, ACCOUNTS, CONTACTS)).toBe(personChoices[1].message);
    expect(pickChoice("饿州的", personChoices, ACCOUNTS, CONTACTS)).toBe(personChoices[0].message);
    expect(pickChoice("张主任", personChoices, ACCOUNTS, CONTACTS)).toBeNull();
  });
});

describe("money won, lost and summed", () => {
  it("lists the deals won this year with their total, then the lost ones on 'and lost?'", () => {
    const [won, lost] = talk("how much did i win this yr", "and lost?");
    expect(won.intent).toBe("find_deals");
    expect(won.entities.dealList?.status).toBe("won");
    expect(won.entities.dateRange).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
    expect(lost.intent).toBe("find_deals");
    expect(lost.entities.dealList?.status).toBe("lost");
    expect(lost.entities.dateRange).toMatchObject({ from: "2026-01-01" });
    expect(read("今年赢了哪些单").entities.dealList?.status).toBe("won");
    // Deals not yet signed are open ones, not won ones.
    expect(read("湖北的医院 还没签下来的 50万以上的单子").entities.dealList?.status).not.toBe("won");
  });

  it("sums the same competitor's deals when asked 'how much in all' right after them", () => {
    const [rival, total] = talk("秦川在跟我抢哪几单", "金额一共");
    expect(rival.intent).toBe("competitor_deals");
    expect(total.intent).toBe("competitor_deals");
    expect(total.entities).toMatchObject({ competitor: "秦川重装", competitorStatus: "open" });
    expect(talk("which deals is qinchuan on", "combined $?")[1].intent).toBe("competitor_deals");
  });

  it("reads 'what did X take off us' as the deals lost to X", () => {
    expect(read("what did Qinchuan take off us")).toMatchObject({
      intent: "competitor_deals",
      entities: { competitor: "秦川重装", competitorStatus: "lost" },
    });
  });

  it("asks for the money longest past due first, one account when one is asked for", () => {
    const u = read("超期最久的是哪家 从几号开始欠的");
    expect(u.intent).toBe("receivables");
    expect(u.entities.receivableOldest).toEqual({ limit: 1 });
    expect(read("who's been overdue the longest").entities.receivableOldest).toEqual({ limit: 1 });
    expect(read("哪家欠得最多").entities.receivableOldest).toBeUndefined();
  });

  it("asks for the one biggest open deal ('最大那单是哪个')", () => {
    expect(read("最大那单是哪个")).toMatchObject({ intent: "find_deals", entities: { dealList: { limit: 1 } } });
    expect(read("最大的几个单子").entities.dealList?.limit).toBeUndefined();
  });
});

describe("people and money of the account just discussed", () => {
  it("reads a person described by department and 那个 at the account just discussed", () => {
    const [, finance] = talk("康元物流最近咋样", "财务那个谁说啥时候给");
    expect(finance.entities).toMatchObject({ accountIds: ["kyw"], contactIds: ["wm"] });
    const [, works] = talk("康元物流最近咋样", "现在还有戏吗 门店工程那个经理咋说");
    expect(works.entities.contactIds).toEqual(["zyq"]);
    // A place before 那个 is no department: nobody's title holds it.
    expect(talk("康元物流最近咋样", "长沙那个呢")[1].entities.contactIds).toEqual([]);
  });

  it("asks how often a person was met this month and last as their last contact, which counts both", () => {
    expect(read("吴敏这个月联系几次了 跟上个月比呢")).toMatchObject({
      intent: "last_contact",
      entities: { contactIds: ["wm"] },
    });
    expect(read("how many times did we meet Zhang Guoqing this month")).toMatchObject({
      intent: "last_contact",
      entities: { contactIds: ["zgq"] },
    });
  });

  it("reads what a rival offers, asked right after one account, from that account's notes on the rival", () => {
    const [, cheaper] = talk("康元物流最近咋样", "秦川比咱低多少");
    expect(cheaper).toMatchObject({ intent: "account_overview", entities: { accountIds: ["kyw"] } });
    expect(cheaper.entities.notesAbout).toEqual(expect.arrayContaining(["秦川重装", "秦川"]));
    const [, pitch] = talk("how's BMCS doing", "what's qinchuan putting on the table");
    expect(pitch).toMatchObject({ intent: "account_overview", entities: { accountIds: ["bmcs"] } });
    // With no account just discussed, the rival's deals are asked about.
    expect(read("秦川在跟我抢哪几单").intent).toBe("competitor_deals");
  });

  it("reads '刚才那家' after moving on to another account as the one before it", () => {
    const [, , back] = talk("康元物流今年下了多少单", "那仁济呢", "刚才那家明年想加啥");
    expect(back.entities.accountIds).toEqual(["kyw"]);
    const [, again] = talk("那仁济呢", "刚才那家明年想加啥");
    expect(again.entities.accountIds).toEqual(["rj"]);
  });

  it("answers 'how much is still owed' right after one account with that account's receivables", () => {
    const [, owed] = talk("康元物流最近咋样", "欠款呢 还有多少没回");
    expect(owed).toMatchObject({ intent: "receivables", entities: { accountIds: ["kyw"] } });
    expect(read("欠款还有多少没回").entities.accountIds).toEqual([]);
  });
});
