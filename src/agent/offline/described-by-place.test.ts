import { describe, expect, it } from "vitest";
import { kindEnds } from "./book-words";
import { accountsByPlace } from "./described-by-place";
import type { AccountRef } from "./types";

const BOOK: AccountRef[] = [
  { id: "jn", name: "泉城热电有限公司", aliases: [], industry: "energy", region: "山东省济南市历下区", size: 2.6e9 },
  { id: "ta", name: "岱岳农村商业银行", aliases: [], industry: "finance", region: "山东省泰安市泰山区", size: 2.3e9 },
  { id: "gz", name: "南粤商业银行", aliases: [], industry: "finance", region: "广东省广州市天河区", size: 9e9 },
  { id: "sg", name: "Lion City Labs", aliases: [], industry: "testing", region: "Singapore", size: null },
  { id: "xa", name: "秦风零售", aliases: [], industry: "retail", region: "陕西省西安市雁塔区", size: 5e8 },
  { id: "cd", name: "Cairo Delta Farms", aliases: [], industry: "agriculture", region: "Cairo, Egypt", size: null },
];
const ids = (r: ReturnType<typeof accountsByPlace>) => r.flatMap((m) => [m.accountId, ...(m.rivals ?? [])]);

describe("accounts described by place and size", () => {
  it("reads one account in a place as a mention, several as rivals", () => {
    expect(ids(accountsByPlace("陕西那家最近怎么样", BOOK))).toEqual(["xa"]);
    expect(ids(accountsByPlace("那家西安的客户上次什么时候联系的", BOOK))).toEqual(["xa"]);
    expect(ids(accountsByPlace("山东那家谁说了算", BOOK)).sort()).toEqual(["jn", "ta"]);
    expect(ids(accountsByPlace("the Singapore one, any risk?", BOOK))).toEqual(["sg"]);
    expect(ids(accountsByPlace("the one in guangdong, how are they doing", BOOK))).toEqual(["gz"]);
  });

  it("reads a place stored in Latin letters when it is named in Chinese (开罗 for Cairo, 埃及 for Egypt)", () => {
    expect(ids(accountsByPlace("开罗那个客户 对手是谁", BOOK))).toEqual(["cd"]);
    expect(ids(accountsByPlace("埃及那家最近咋样", BOOK))).toEqual(["cd"]);
    expect(ids(accountsByPlace("新加坡那家谁负责", BOOK))).toEqual(["sg"]);
    expect(ids(accountsByPlace("河内那家最近咋样", BOOK))).toEqual([]);
  });

  it("picks by size when one is said, in either language", () => {
    expect(ids(accountsByPlace("山东最大的那个客户谁说了算", BOOK))).toEqual(["jn"]);
    expect(ids(accountsByPlace("山东小的那家上次联系是啥时候", BOOK))).toEqual(["ta"]);
    expect(ids(accountsByPlace("the small one in shandong, who's their chairman", BOOK))).toEqual(["ta"]);
    expect(ids(accountsByPlace("the biggest account in Shandong", BOOK))).toEqual(["jn"]);
  });

  it("looks in the last list first, and reads a bare size only right after a list of accounts", () => {
    const banks = { lastAccountIds: [], lastIntent: "find_accounts", lastListIds: ["gz", "ta"] };
    expect(ids(accountsByPlace("the one in shandong", BOOK, banks))).toEqual(["ta"]);
    expect(ids(accountsByPlace("the smaller one, who do I call", BOOK, banks))).toEqual(["ta"]);
    expect(ids(accountsByPlace("最大的那家谁负责采购", BOOK, banks))).toEqual(["gz"]);
    expect(accountsByPlace("最大的那家谁负责采购", BOOK, { ...banks, lastIntent: "forecast" })).toEqual([]);
    expect(accountsByPlace("the smaller one", BOOK)).toEqual([]);
  });

  it("is no reading for a list question, an event in a place, or a place with no account", () => {
    expect(accountsByPlace("山东的客户有哪些", BOOK)).toEqual([]);
    expect(accountsByPlace("accounts in shandong", BOOK)).toEqual([]);
    expect(accountsByPlace("济南那个展会我去了", BOOK)).toEqual([]);
    expect(accountsByPlace("湖北那家最近怎么样", BOOK)).toEqual([]);
  });
});

const KINDS: AccountRef[] = [
  {
    id: "jc",
    name: "成都市锦城区疾病预防控制中心",
    aliases: ["锦城疾控", "Jincheng CDC"],
    region: "四川省成都市锦城区",
  },
  { id: "tz", name: "驻马店市天中区疾病预防控制中心", aliases: ["天中疾控"], region: "河南省驻马店市天中区" },
  { id: "hb", name: "襄阳市汉北生态环境监测站", aliases: ["汉北监测站"], region: "湖北省襄阳市樊城区" },
  { id: "rc", name: "榕城置业有限公司", aliases: ["榕城置业"], region: "福建省福州市" },
  { id: "mr", name: "Meridian Analytical Laboratories", aliases: ["Meridian Labs"], region: "Singapore" },
];

describe("accounts described by the kind of organisation their short names end with", () => {
  it("reads a kind word pointed at (疾控那边, 那家监测站, the Singapore lab), narrowed by a place written with it", () => {
    expect(ids(accountsByPlace("疾控那边最近谁联系过", KINDS)).sort()).toEqual(["jc", "tz"]);
    expect(ids(accountsByPlace("成都疾控谁说了算", KINDS))).toEqual(["jc"]);
    expect(ids(accountsByPlace("那家监测站最近怎么样", KINDS))).toEqual(["hb"]);
    expect(ids(accountsByPlace("who decides at the Singapore lab", KINDS))).toEqual(["mr"]);
    expect(ids(accountsByPlace("the SG lab, any risk", KINDS))).toEqual(["mr"]);
  });

  it("reads a kind that is an industry as the sector unless one is picked or people are asked about", () => {
    expect(accountsByPlace("监测站那边最近怎么样", KINDS)).toEqual([]);
    expect(accountsByPlace("疾控那边最近怎么样", KINDS)).toEqual([]);
    expect(ids(accountsByPlace("疾控那边最近谁联系过", KINDS)).sort()).toEqual(["jc", "tz"]);
    expect(ids(accountsByPlace("那家监测站谁说了算", KINDS))).toEqual(["hb"]);
  });

  it("is no description for a list of a kind", () => {
    for (const m of ["疾控的客户有哪些", "这些疾控最近怎么样", "how are the labs doing", "show me the lab accounts"])
      expect(accountsByPlace(m, KINDS), m).toEqual([]);
  });

  it("is no description when the kind word ends another name or is not pointed at", () => {
    expect(accountsByPlace("汉唐置业那个商场项目进展如何", KINDS)).toEqual([]);
    expect(accountsByPlace("疾控中心的采购流程是什么", KINDS)).toEqual([]);
  });

  it("tells the understanding which kind words end names in this book", () => {
    expect([...kindEnds(KINDS)].sort()).toEqual(expect.arrayContaining(["疾控", "监测站", "置业"]));
  });
});
