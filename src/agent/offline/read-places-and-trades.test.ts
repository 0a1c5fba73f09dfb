import { describe, expect, it } from "vitest";
import type { AccountRef } from "./types";
import { understandMessage } from "./understand-message";

// A small book of its own: a place that begins an account's name, a seafood account abroad, a dairy at home.
const BOOK: AccountRef[] = [
  { id: "zt", name: "漳台远洋渔业有限公司", aliases: ["漳台渔业"], industry: "seafood", region: "福建省漳州市" },
  { id: "sm", name: "三明青山乳业有限公司", aliases: ["青山乳业"], industry: "dairy", region: "福建省三明市" },
  {
    id: "ot",
    name: "Otago Mussel Co Ltd",
    aliases: ["Otago Mussel"],
    industry: "seafood",
    region: "Dunedin, New Zealand",
  },
];
const NOW = "2026-11-22T09:00:00+08:00";
const read = (message: string, lastAccountIds: string[] = []) =>
  understandMessage({ message, now: NOW, accounts: BOOK, context: { lastAccountIds } });

describe("places, kinds and trade-named companies", () => {
  it("reads a place that also begins an account's name, asked as a list, as the list's region", () => {
    const u = read("三明都有哪些客户");
    expect(u.intent).toBe("find_accounts");
    expect(u.entities.region).toBe("三明");
  });
  it("reads a kind of account with 类 as an industry list, in both languages", () => {
    expect(read("海鲜水产类的客户")).toMatchObject({ intent: "find_accounts", entities: { industry: "seafood" } });
    expect(read("show me the seafood customers")).toMatchObject({
      intent: "find_accounts",
      entities: { industry: "seafood" },
    });
  });
  it("reads a country's short form as the region stored in Latin letters", () => {
    // The tool looks for a country under its Chinese and English names (tools/resolve-region.ts).
    expect(read("any nz accounts?")).toMatchObject({ intent: "find_accounts", entities: { region: "新西兰" } });
  });
  it("says a trade-named company that is none of the user's back as not found, never the account before", () => {
    const first = read("霞浦冻品最近怎么样");
    expect(first.entities.unresolvedNames).toEqual(["霞浦冻品"]);
    const after = read("那霞浦冻品呢", ["sm"]);
    expect(after.entities.unresolvedNames).toEqual(["霞浦冻品"]);
    expect(after.entities.accountIds).not.toContain("sm");
  });

  it("reads a shared short name with a place said beside it as the account in that place", () => {
    const book = [
      { id: "zs", name: "中山市城市管理和综合执法局", aliases: ["中山城管局"], region: "广东省中山市" },
      { id: "zz", name: "株洲市城市管理和综合执法局", aliases: ["株洲城管局"], region: "湖南省株洲市" },
    ];
    const said = (message: string) =>
      understandMessage({ message, now: NOW, accounts: book, context: { lastAccountIds: [] } });
    expect(said("我们之前去的那个株洲的城管局 路灯项目到哪一步了").entities.accountIds).toEqual(["zz"]);
    expect(said("城管局怎么样").entities.ambiguousAccount?.accountIds.sort()).toEqual(["zs", "zz"]);
  });

  it("reads venues and visitor trades as industries (博物馆, stadiums, 酒店)", () => {
    const book = [{ id: "m", name: "Pasig River Museum", aliases: [], industry: "museum" }];
    const list = (message: string) =>
      understandMessage({ message, now: NOW, accounts: book, context: { lastAccountIds: [] } });
    expect(list("我的客户里哪些是博物馆")).toMatchObject({ intent: "find_accounts", entities: { industry: "museum" } });
    expect(list("体育馆的客户")).toMatchObject({ intent: "find_accounts", entities: { industry: "stadium" } });
  });
});
