import { describe, expect, it } from "vitest";
import { findAccountMentions } from "./find-account-mentions";
import { ACCOUNTS } from "./test-fixtures";

const ids = (message: string) => findAccountMentions(message, ACCOUNTS).map((m) => m.accountId);

describe("findAccountMentions", () => {
  it("finds a full name and an alias", () => {
    expect(ids("介绍一下华东医疗集团")).toEqual(["ecmg"]);
    expect(ids("浙大一院的计划")).toEqual(["fahzu"]);
  });

  it("reads a two-character short name typed with a sound-alike second character, never its near namesake", () => {
    const book = [
      { id: "qg", name: "青州青港冷库有限公司", aliases: ["青港"] },
      { id: "qd", name: "青州青岛果蔬有限公司", aliases: ["青岛果蔬"] },
    ];
    expect(findAccountMentions("青岗那笔钱还没回", book).map((m) => m.accountId)).toEqual(["qg"]);
  });

  it("reads a place's byname that heads two names and is no region of the book as both names, not as a place", () => {
    const book = [
      { id: "pcwy", name: "深圳鹏城物业服务集团有限公司", aliases: ["鹏城物业"], region: "广东省深圳市福田区" },
      { id: "pckj", name: "深圳鹏城科技园开发有限公司", aliases: ["鹏城科技园"], region: "广东省深圳市南山区" },
      { id: "szdz", name: "深圳大正电子有限公司", aliases: ["大正电子"], region: "广东省深圳市宝安区" },
    ];
    const [m] = findAccountMentions("鹏城那边有啥风险", book);
    expect([m.accountId, ...(m.rivals ?? [])].sort()).toEqual(["pckj", "pcwy"]);
    // 深圳, where the accounts are, stays a place: no account is named.
    expect(findAccountMentions("深圳那边有啥风险", book)).toEqual([]);
  });

  it("reads a name word typed in lower case when it is no English word, and a shared one as both accounts", () => {
    const book = [
      { id: "hdp", name: "东莞宏达精密电子有限公司", aliases: ["Hongda Precision"] },
      { id: "hds", name: "东莞宏达塑胶制品有限公司", aliases: ["Hongda Plastics"] },
      { id: "jebp", name: "Jurong Eastpoint Business Park Pte Ltd", aliases: ["Eastpoint Park"] },
      { id: "sum", name: "Summit Labs Ltd", aliases: [] },
    ];
    const of = (m: string) => findAccountMentions(m, book);
    expect(of("who's the decision maker at eastpoint").map((m) => m.accountId)).toEqual(["jebp"]);
    const [hongda] = of("what's going on with hongda");
    expect([hongda.accountId, ...(hongda.rivals ?? [])].sort()).toEqual(["hdp", "hds"]);
    // "summit" is an English word: in lower case it names nothing; capitalised it still does.
    expect(of("before the summit next week")).toEqual([]);
    expect(of("how is Summit doing").map((m) => m.accountId)).toEqual(["sum"]);
  });

  it("reads a second name said only by the part that differs from the first (松湖一期跟二期), never a guess", () => {
    const book = [
      { id: "sh1", name: "东莞松湖智谷一期运营管理有限公司", aliases: ["松湖一期"] },
      { id: "sh2", name: "东莞松湖智谷二期开发有限公司", aliases: ["松湖二期"] },
      { id: "hdp", name: "东莞宏达精密电子有限公司", aliases: ["宏达精密"] },
      { id: "hds", name: "东莞宏达塑胶制品有限公司", aliases: ["宏达塑胶"] },
    ];
    const of = (m: string) => findAccountMentions(m, book).map((x) => x.accountId);
    expect(of("松湖一期跟二期比比")).toEqual(["sh1", "sh2"]);
    expect(of("宏达精密和塑胶哪个好")).toEqual(["hdp", "hds"]);
    // 三期 names no account: nothing is added.
    expect(of("松湖一期跟三期比比")).toEqual(["sh1"]);
  });

  it("matches a name without its legal suffix", () => {
    expect(ids("苏州康诺医疗器械怎么样")).toEqual(["kangnuo"]);
  });

  it("prefers the longest match: the branch over the group it contains", () => {
    expect(ids("华东医疗集团第二分公司")).toEqual(["ecmg2"]);
  });

  it("reads a group member by its own name (第二分公司, 第一医院, the First Hospital), never a namesake elsewhere", () => {
    const book = [
      ...ACCOUNTS,
      { id: "ecmg1", name: "华东医疗集团第一医院", aliases: ["East China Medical Group First Hospital"] },
    ];
    const of = (m: string) => findAccountMentions(m, book).map((x) => x.accountId);
    expect(of("第二分公司的商机")).toEqual(["ecmg2"]);
    expect(of("那第一医院谁拍板")).toEqual(["ecmg1"]);
    expect(of("who decides at the first hospital?")).toEqual(["ecmg1"]);
    // 宁波第一医院 and 上海第一医院 are other hospitals: no account, so the caller reports the name as not found.
    expect(of("宁波第一医院谁说了算")).toEqual([]);
    expect(of("上海第一医院谁说了算")).toEqual([]);
  });

  it("calls a member by any of its group's names plus its own, and a numbered hospital with either numeral", () => {
    const book = [
      ...ACCOUNTS,
      { id: "ecmg1", name: "华东医疗集团第一医院", aliases: ["华东一院", "East China Medical Group First Hospital"] },
    ];
    const of = (m: string) => findAccountMentions(m, book).map((x) => x.accountId);
    expect(of("ECMG first hospital key people")).toEqual(["ecmg1"]);
    expect(of("华东1院的权力地图")).toEqual(["ecmg1"]);
    expect(of("华东医疗集团第1医院")).toEqual(["ecmg1"]);
    expect(of("ECMG overview")).toEqual(["ecmg"]);
  });

  it("reads the head shared by a group and all its members as the group", () => {
    const book = [
      { id: "dh", name: "东海康宁医疗集团", aliases: [] },
      { id: "dh1", name: "东海康宁医疗集团定海医院", aliases: [] },
      { id: "dh2", name: "东海康宁医疗集团岱山医院", aliases: [] },
      ...ACCOUNTS,
    ];
    const of = (m: string) => findAccountMentions(m, book).map((x) => x.accountId);
    expect(of("东海康宁 下面几家医院")).toEqual(["dh"]);
    expect(of("东海康宁定海医院谁拍板")).toEqual(["dh1"]);
  });

  it("reads a Chinese name typed in pinyin run together, in lower case, with a typo in a long one", () => {
    const book = [
      { id: "yxh", name: "优鲜汇超市连锁有限公司", aliases: ["Youxianhui Supermarkets"] },
      { id: "lw", name: "蓝湾物业服务有限公司", aliases: ["Blue Bay Property"] },
      { id: "sl", name: "丝路财产保险股份有限公司", aliases: ["Silk Road Insurance"] },
      { id: "pc", name: "鹏城电网有限公司", aliases: ["Pengcheng Power Grid"] },
      { id: "pc1", name: "鹏城电网南山供电局", aliases: ["鹏城南山"], parentId: "pc" },
      { id: "pc2", name: "鹏城综合能源服务有限公司", aliases: ["鹏城综能"], parentId: "pc" },
    ];
    const of = (m: string) => findAccountMentions(m, book).map((x) => x.accountId);
    expect(of("who's the decision maker at youxianhui")).toEqual(["yxh"]);
    expect(of("draft an account plan for lanwan")).toEqual(["lw"]);
    // A group's shortened name is the group, by its link, whatever the members are called.
    expect(of("who handles procurement at pengchen grid")).toEqual(["pc"]);
    expect(of("鹏城的采购是谁")).toEqual(["pc"]);
    expect(of("鹏城南山的情况")).toEqual(["pc1"]);
    // A word that is one account's own name word is never read as a typo of another's.
    const hospitals = [
      { id: "xh", name: "苏州工业园区星海医院", aliases: ["Suzhou Xinghai Hospital"] },
      { id: "dh", name: "东海康宁医疗集团定海医院", aliases: [] },
    ];
    expect(findAccountMentions("compare them with Xinghai", hospitals).map((x) => [x.accountId, x.rivals])).toEqual([
      ["xh", undefined],
    ]);
    // Of two readings with typos, the one with fewer wins: "dinghai hosptial" is 定海医院, not 星海医院.
    const group = [
      { id: "dhg", name: "东海康宁医疗集团", aliases: [] },
      { ...hospitals[1], parentId: "dhg" },
      hospitals[0],
    ];
    expect(findAccountMentions("dinghai hosptial", group).map((x) => x.accountId)).toEqual(["dh"]);
    // An English word of an alias is no name on its own.
    expect(of("show me insurance customers")).toEqual([]);
  });

  it("reads a head of a name as the account whose name it covers most", () => {
    expect(ids("华东医疗的商机")).toEqual(["ecmg"]);
  });

  it("reads a rare part of a long name as that account (仁济, 瑞康, 康诺)", () => {
    expect(ids("仁济和瑞康，还有康诺")).toEqual(["renji", "ruikang", "kangnuo"]);
  });

  it("derives abbreviations that keep the name's characters in order", () => {
    expect(ids("杭州一院")).toEqual(["hz1"]);
    expect(ids("杭一的评分")).toEqual(["hz1"]);
    expect(ids("浙一的评分")).toEqual(["fahzu"]);
  });

  it("does not read a longer name of another organisation as the account it starts like", () => {
    expect(ids("浙江大学医学院附属第二医院的决策人是谁")).toEqual([]);
    expect(ids("介绍一下华东医疗集团第三分公司")).toEqual([]);
    expect(ids("Tell me about East China Medical Group Second Branch")).toEqual([]);
    expect(ids("华东医疗集团下属医院有哪些")).toEqual(["ecmg"]);
    expect(ids("compare Renji Hospital And ECMG")).toEqual(["renji", "ecmg"]);
  });

  it("does not read a look-alike inside another organisation's name as the user's account", () => {
    const others = ["华东医疗集团第一医院", "温州市人民医院", "Kangning Medical Group"];
    const within = (m: string) => findAccountMentions(m, ACCOUNTS, others).map((x) => x.accountId);
    expect(within("华东医疗集团第一医院的决策人")).toEqual([]);
    expect(within("Who decides at Kangning Medical Group?")).toEqual([]);
    expect(within("华东医疗集团的决策人")).toEqual(["ecmg"]);
    expect(ids("湘湖医院的评分")).toEqual([]);
    expect(ids("Who decides at Kangning Medical Group?")).toEqual([]);
  });

  it("reads a place as a region, not as the account named after it", () => {
    expect(ids("浙江的客户")).toEqual([]);
    expect(ids("上海的医院")).toEqual([]);
    expect(ids("accounts in Zhejiang")).toEqual([]);
    expect(ids("Hangzhou accounts")).toEqual([]);
  });

  it("does not read common words shared by names as accounts", () => {
    expect(ids("第一次拜访医院")).toEqual([]);
    expect(ids("5万元人民币")).toEqual([]);
    expect(ids("医疗器械行业")).toEqual([]);
  });

  it("matches English aliases case-insensitively and with a typo", () => {
    expect(ids("tell me about renji hospital")).toEqual(["renji"]);
    expect(ids("Eats China Medical Group")).toEqual(["ecmg"]);
    expect(ids("Renjj Hospital")).toEqual(["renji"]);
  });

  it("finds an English alias inside Chinese text", () => {
    expect(ids("给FAHZU做计划")).toEqual(["fahzu"]);
  });

  it("returns mentions in message order with their text and score", () => {
    const mentions = findAccountMentions("compare FAHZU with 仁济", ACCOUNTS);
    expect(mentions.map((m) => [m.text, m.accountId])).toEqual([
      ["FAHZU", "fahzu"],
      ["仁济", "renji"],
    ]);
    expect(mentions[0].score).toBeGreaterThan(mentions[1].score);
  });
});
