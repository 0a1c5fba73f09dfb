import { describe, expect, it } from "vitest";
import { unreadableReason, unsureFields } from "./notice-doubts";
import { parseNotice } from "./parse-notice";
import { emptyNotice } from "./schema";

describe("unsureFields", () => {
  it("flags fields that disagree with each other and leaves agreeing ones alone", () => {
    const n = { ...emptyNotice("zh"), type: "award" as const, buyer: "某某局", agency: "某某局" };
    n.winner = ["甲公司", "乙公司"];
    n.awardAmount = [
      { amount: 1, currency: "CNY" },
      { amount: 2, currency: "CNY" },
      { amount: 3, currency: "CNY" },
    ];
    expect(unsureFields(n)).toEqual(["buyer", "agency", "awardAmount"]);
    const ok = { ...emptyNotice("zh"), type: "tender" as const, buyer: "某某局", deadline: "2026-03-01T09:00" };
    expect(unsureFields({ ...ok, publishDate: "2026-02-01" })).toEqual([]);
    expect(unsureFields({ ...ok, publishDate: "2026-04-01" })).toEqual(["deadline"]);
  });

  it("is part of every parsed notice", () => {
    const p = parseNotice("某某项目招标公告\n项目名称：某某设备采购\n采购人：某某局\n投标截止时间：2026年3月1日9:00");
    expect(p.unsure).toEqual([]);
  });
});

describe("unreadableReason", () => {
  it("says so when not one field was read, and is null when anything was", () => {
    expect(unreadableReason(parseNotice("Thanks for the call, see you soon."))).toMatch(
      /^no tender fields could be read/,
    );
    expect(unreadableReason(parseNotice("采购人：某某局"))).toBeNull();
  });
});
