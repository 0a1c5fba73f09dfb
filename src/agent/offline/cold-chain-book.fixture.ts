// A small cold-chain book of its own for the reading tests of session 14 (read-chained-money-and-places.test.ts,
// read-shorthand-writes-and-places.test.ts): two accounts sharing a short name in different cities, a park and a hospital
// sharing a city's name, an overseas cold store whose alias has a kind word, a 台州 account, a chemical park.
import { readerOf } from "./book-fixture";
import type { AccountRef, ContactRef } from "./types";

export const NOW = "2026-11-22T09:00:00.000Z";

export const ACCOUNTS: AccountRef[] = [
  { id: "kyw", name: "湖南康元医药物流有限公司", aliases: ["康元物流"], industry: "pharma", region: "湖南省长沙市" },
  { id: "kyj", name: "江西康元医药连锁有限公司", aliases: ["康元连锁"], industry: "pharma", region: "江西省南昌市" },
  {
    id: "ezp",
    name: "鄂州临空冷链物流园有限公司",
    aliases: ["鄂州", "鄂州冷链园", "Ezhou Airport Cold Chain Park"],
    industry: "logistics",
    region: "湖北省鄂州市",
  },
  {
    id: "ezh",
    name: "鄂州市中心医院",
    aliases: ["鄂州中心医院", "Ezhou Central Hospital"],
    industry: "hospital",
    region: "湖北省鄂州市",
  },
  { id: "rj", name: "武汉江汉仁济医院", aliases: ["仁济"], industry: "hospital", region: "湖北省武汉市" },
  {
    id: "bmcs",
    name: "Bangkok Metro Cold Storage Co., Ltd.",
    aliases: ["BMCS", "曼谷冷库"],
    industry: "logistics",
    region: "Bangkok, Thailand",
  },
  { id: "tzx", name: "浙江台州星辰药业有限公司", aliases: ["星辰药业"], industry: "pharma", region: "浙江省台州市" },
  {
    id: "dyh",
    name: "东营河口化工园区运营有限公司",
    aliases: ["河口化工园"],
    industry: "chemical",
    region: "山东省东营市",
  },
  {
    id: "nc",
    name: "江西抚河药业集团南昌制药有限公司",
    aliases: ["南昌制药"],
    industry: "pharma",
    region: "江西省南昌市",
  },
];

export const CONTACTS: ContactRef[] = [
  { id: "zgq", accountId: "ezh", name: "张国庆", title: "设备科主任" },
  { id: "cy", accountId: "kyw", name: "陈毅", title: "总经理" },
  { id: "wm", accountId: "kyw", name: "吴敏", title: "财务部经理" },
  { id: "zyq", accountId: "kyw", name: "周雅琴", title: "门店工程部经理" },
  { id: "zlp", accountId: "rj", name: "张丽萍", title: "设备科主任" },
  { id: "xwj", accountId: "tzx", name: "许文静", title: "包材采购经理" },
];

export const COMPETITORS = [{ name: "秦川重装", aliases: ["秦川"] }];

export const { read, talk } = readerOf({ now: NOW, accounts: ACCOUNTS, contacts: CONTACTS, competitors: COMPETITORS });
